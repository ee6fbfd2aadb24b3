package lactracker.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Access written into the audit trail beside the changes (issue 21): who opened a child's record, who
 * exported what and where to, who signed in (and how many tries before failed). Each entry is one short
 * transaction of its own, sealed as any other.
 */
public final class AccessLog {
    private final DSLContext dsl;
    private final AuditTrail audit;

    public AccessLog(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** A child's record was opened (shown on a screen). */
    public void opened(long childId) {
        dsl.transaction(() -> audit.accessed("child_record", childId, childId, Map.of("opened", true)));
    }

    /** A document about a child was made ({@code kind}: "care-leaver-summary") and written to {@code where}. */
    public void documented(String kind, long childId, String where) {
        documented(kind, childId, null, where);
    }

    /**
     * As {@link #documented(String, long, String)}, for a letter about one escalation step ({@code stepId},
     * or null): the entry names the step, so the letter is found again beside it.
     */
    public void documented(String kind, long childId, Long stepId, String where) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("document", kind);
        if (stepId != null) {
            details.put("step", stepId);
        }
        details.put("where", where);
        dsl.transaction(() -> audit.accessed("document", childId, childId, details));
    }

    /** The letters made for the steps of the child's escalations, oldest first. */
    public java.util.List<lactracker.domain.LetterMade> letters(long childId) {
        var log = lactracker.store.jooq.Tables.AUDIT_LOG;
        java.util.List<lactracker.domain.LetterMade> letters = new java.util.ArrayList<>();
        for (var r : dsl.select(log.CHANGED_AT, log.USERNAME, log.NEW_VALUES).from(log)
                .where(log.ACTION.eq("access").and(log.TABLE_NAME.eq("document")).and(log.CHILD_ID.eq(childId)))
                .orderBy(log.ID).fetch()) {
            try {
                var details = AuditTrail.Json.MAPPER.readTree(r.value3());
                if (details.hasNonNull("step")) {
                    letters.add(new lactracker.domain.LetterMade(details.get("step").asLong(), r.value1().toInstant(),
                            r.value2(), details.path("where").asText()));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("an access entry of the trail is not JSON", e); // the trail writes JSON alone
            }
        }
        return letters;
    }

    /**
     * Figures or lines left the tracker: {@code what} ("audit_sheet") of {@code period} (its label, or null),
     * in {@code format}, to {@code where} (a file's path, or "stdout").
     */
    public void exported(String what, String period, String format, String where) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("what", what);
        details.put("period", period);
        details.put("format", format);
        details.put("where", where);
        dsl.transaction(() -> audit.accessed("export", what, null, details));
    }

    /**
     * The person signed in, with their password or with the recovery key; {@code failedBefore} tries for this
     * username had failed in this process since its last sign-in (a failed try cannot be written: without the
     * password the database does not open).
     */
    public void signedIn(int failedBefore, boolean withRecoveryKey) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("failedTriesBefore", failedBefore);
        details.put("recoveryKey", withRecoveryKey);
        // Which computer: on a team's server several desks sign in to one database (issue 23); what the
        // account does afterwards, until its next sign-in, was done there.
        details.put("workstation", workstation());
        dsl.transaction(() -> audit.accessed("sign_in", audit.username(), null, details));
    }

    /**
     * This computer's name, as the operating system gives it (no network lookup): Windows' COMPUTERNAME,
     * else the host name the kernel keeps, else HOSTNAME; "unknown" when none says.
     */
    public static String workstation() {
        String windows = System.getenv("COMPUTERNAME");
        if (windows != null && !windows.isBlank()) {
            return windows.strip();
        }
        try {
            java.nio.file.Path kernel = java.nio.file.Path.of("/proc/sys/kernel/hostname");
            if (java.nio.file.Files.isReadable(kernel)) {
                String name = java.nio.file.Files.readString(kernel).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // fall through to the environment
        }
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "unknown" : host.strip();
    }

    /** The window was locked: by the person ({@code idleMinutes} null) or after that many minutes without use. */
    public void locked(Integer idleMinutes) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("idleMinutes", idleMinutes);
        dsl.transaction(() -> audit.accessed("lock", audit.username(), null, details));
    }

    /** The window was unlocked with the signed-in person's password, after {@code failedBefore} wrong tries. */
    public void unlocked(int failedBefore) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("failedTriesBefore", failedBefore);
        dsl.transaction(() -> audit.accessed("unlock", audit.username(), null, details));
    }

    /** A wrong password was typed to unlock the window (the database is open, so this one can be written). */
    public void unlockRefused() {
        dsl.transaction(() -> audit.accessed("unlock_refused", audit.username(), null, Map.of()));
    }
}
