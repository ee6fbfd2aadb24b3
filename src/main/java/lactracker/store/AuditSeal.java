package lactracker.store;

import static lactracker.store.jooq.Tables.AUDIT_LOG;
import static lactracker.store.jooq.Tables.AUDIT_SEAL;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import lactracker.store.jooq.tables.records.AuditLogRecord;
import org.jooq.DSLContext;

/**
 * The audit trail's seal (migration V6): each committed entry gets the next number and a hash over itself
 * and the hash before it, so an entry altered or removed in the database breaks the chain from there on.
 * Sealed straight after each transaction that wrote entries commits ({@link Database}'s listener), in a
 * transaction of its own that holds the seal row only while it seals.
 */
public final class AuditSeal {
    private static final int BATCH = 2_000;
    /** Whether this thread's transaction wrote audit entries, to be sealed once it commits. */
    private static final ThreadLocal<Boolean> WROTE = ThreadLocal.withInitial(() -> false);

    private AuditSeal() {
    }

    static void wrote() {
        WROTE.set(true);
    }

    static boolean takeWrote() {
        boolean wrote = WROTE.get();
        WROTE.set(false);
        return wrote;
    }

    static void forget() {
        WROTE.set(false);
    }

    /** Seals every committed entry not yet sealed, in id order; returns how many. */
    public static int seal(DSLContext dsl) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            var seal = tx.selectFrom(AUDIT_SEAL).where(AUDIT_SEAL.ID.eq(1)).forUpdate().fetchOne();
            long seq = seal.getLastSeq();
            String hash = seal.getLastHash();
            int sealed = 0;
            while (true) {
                List<AuditLogRecord> open = tx.selectFrom(AUDIT_LOG).where(AUDIT_LOG.SEAL_SEQ.isNull())
                        .orderBy(AUDIT_LOG.ID).limit(BATCH).fetch();
                if (open.isEmpty()) {
                    break;
                }
                var update = tx.batch(tx.update(AUDIT_LOG).set(AUDIT_LOG.SEAL_SEQ, (Long) null)
                        .set(AUDIT_LOG.SEAL_HASH, (String) null).where(AUDIT_LOG.ID.eq((Long) null)));
                for (AuditLogRecord r : open) {
                    seq++;
                    hash = hash(hash, seq, r);
                    update = update.bind(seq, hash, r.getId());
                }
                update.execute();
                sealed += open.size();
            }
            if (sealed > 0) {
                tx.update(AUDIT_SEAL).set(AUDIT_SEAL.LAST_SEQ, seq).set(AUDIT_SEAL.LAST_HASH, hash)
                        .where(AUDIT_SEAL.ID.eq(1)).execute();
            }
            return sealed;
        });
    }

    /**
     * What the check of the chain found.
     *
     * @param sealed    entries sealed and read
     * @param brokenAt  the id of the first entry whose seal does not hold (altered, or one before it removed), or null
     * @param unsealed  entries not sealed yet (a transaction that has just committed)
     */
    public record Check(long sealed, Long brokenAt, long unsealed) {
        public boolean unbroken() {
            return brokenAt == null;
        }
    }

    /** Reads every sealed entry in seal order and works each hash out again. */
    public static Check check(DSLContext dsl) {
        var seal = dsl.selectFrom(AUDIT_SEAL).where(AUDIT_SEAL.ID.eq(1)).fetchOne();
        String hash = "0".repeat(64);
        long expected = 0;
        Long broken = null;
        long after = 0;
        while (true) {
            List<AuditLogRecord> batch = dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.SEAL_SEQ.gt(after))
                    .orderBy(AUDIT_LOG.SEAL_SEQ).limit(BATCH).fetch();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditLogRecord r : batch) {
                expected++;
                String own = hash(hash, expected, r);
                if (broken == null && (r.getSealSeq() != expected || !own.equals(r.getSealHash()))) {
                    broken = r.getId();
                }
                hash = r.getSealHash();
                after = r.getSealSeq();
            }
        }
        if (broken == null && (expected != seal.getLastSeq() || !hash.equals(seal.getLastHash()))) {
            broken = -1L; // the last entries sealed are gone
        }
        long unsealed = dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.SEAL_SEQ.isNull());
        return new Check(expected, broken, unsealed);
    }

    private static String hash(String before, long seq, AuditLogRecord r) {
        List<String> fields = new ArrayList<>(List.of(before, String.valueOf(seq), String.valueOf(r.getId()),
                String.valueOf(r.getChangedAt().toInstant()), r.getUsername(), r.getAction(), r.getTableName(),
                r.getRecordId(), String.valueOf(r.getChildId()), String.valueOf(r.getOldValues()),
                String.valueOf(r.getNewValues())));
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
        for (String f : fields) {
            byte[] b = f.getBytes(StandardCharsets.UTF_8);
            sha.update(String.valueOf(b.length).getBytes(StandardCharsets.US_ASCII)); // lengths first: no two
            sha.update((byte) ':');                                                   // entries read the same
            sha.update(b);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
