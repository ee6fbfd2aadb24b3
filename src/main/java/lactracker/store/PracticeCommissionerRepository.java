package lactracker.store;

import static lactracker.store.jooq.Tables.PRACTICE_COMMISSIONER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lactracker.domain.PracticeCommissioner;
import org.jooq.DSLContext;

/** The team's dated table of its area's GP practices and their commissioners (issue 24). */
public final class PracticeCommissionerRepository {
    static final String TABLE = "practice_commissioner";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public PracticeCommissionerRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** What an import changed: lines added, lines whose commissioner changed, lines already so. */
    public record Saved(int added, int changed, int unchanged) {
    }

    /**
     * Adds the lines in one transaction, each replacing the line of the same practice and date; every line
     * added or changed goes into the audit trail (one already so is left alone, so a file imported twice
     * changes nothing).
     */
    public Saved save(List<PracticeCommissioner> lines) {
        return dsl.transactionResult(() -> {
            Map<String, PracticeCommissioner> before = new HashMap<>();
            for (PracticeCommissioner p : findAll()) {
                before.put(key(p), p);
            }
            int added = 0;
            int changed = 0;
            int unchanged = 0;
            for (PracticeCommissioner line : lines) {
                PracticeCommissioner old = before.get(key(line));
                if (old == null) {
                    dsl.insertInto(PRACTICE_COMMISSIONER)
                            .set(PRACTICE_COMMISSIONER.PRACTICE_CODE, line.practiceCode())
                            .set(PRACTICE_COMMISSIONER.VALID_FROM, line.validFrom())
                            .set(PRACTICE_COMMISSIONER.COMMISSIONER_CODE, line.commissionerCode())
                            .execute();
                    audit.inserted(TABLE, key(line), null, line);
                    added++;
                } else if (!old.commissionerCode().equals(line.commissionerCode())) {
                    dsl.update(PRACTICE_COMMISSIONER).set(PRACTICE_COMMISSIONER.COMMISSIONER_CODE, line.commissionerCode())
                            .where(PRACTICE_COMMISSIONER.PRACTICE_CODE.eq(line.practiceCode())
                                    .and(PRACTICE_COMMISSIONER.VALID_FROM.eq(line.validFrom())))
                            .execute();
                    audit.updated(TABLE, key(line), null, old, line);
                    changed++;
                } else {
                    unchanged++;
                }
                before.put(key(line), line);
            }
            return new Saved(added, changed, unchanged);
        });
    }

    public void delete(PracticeCommissioner line) {
        dsl.transaction(() -> {
            int deleted = dsl.deleteFrom(PRACTICE_COMMISSIONER)
                    .where(PRACTICE_COMMISSIONER.PRACTICE_CODE.eq(line.practiceCode())
                            .and(PRACTICE_COMMISSIONER.VALID_FROM.eq(line.validFrom())))
                    .execute();
            if (deleted > 0) {
                audit.deleted(TABLE, key(line), null, line);
            }
        });
    }

    /** Every line, by practice and then date. */
    public List<PracticeCommissioner> findAll() {
        return dsl.selectFrom(PRACTICE_COMMISSIONER)
                .orderBy(PRACTICE_COMMISSIONER.PRACTICE_CODE, PRACTICE_COMMISSIONER.VALID_FROM)
                .fetch(r -> new PracticeCommissioner(r.getPracticeCode(), r.getValidFrom(), r.getCommissionerCode()));
    }

    private static String key(PracticeCommissioner p) {
        return p.practiceCode() + "@" + p.validFrom();
    }
}
