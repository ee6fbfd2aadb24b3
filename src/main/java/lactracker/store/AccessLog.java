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
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("document", kind);
        details.put("where", where);
        dsl.transaction(() -> audit.accessed("document", childId, childId, details));
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
