package lactracker.store;

import static lactracker.store.jooq.Tables.OC2_OUTCOME;

import java.util.Optional;
import lactracker.domain.Oc2Outcome;
import lactracker.store.jooq.tables.records.Oc2OutcomeRecord;
import org.jooq.DSLContext;

/** The 903 OC2 row of each child, replaced whole by each import. */
public final class Oc2Repository {
    static final String TABLE = "oc2_outcome";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public Oc2Repository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** Inserts or replaces the child's OC2 row. */
    public void save(Oc2Outcome outcome) {
        dsl.transaction(() -> {
            Optional<Oc2Outcome> before = find(outcome.childId());
            Oc2OutcomeRecord row = toRow(outcome);
            if (before.isPresent()) {
                dsl.update(OC2_OUTCOME).set(row).where(OC2_OUTCOME.CHILD_ID.eq(outcome.childId())).execute();
                audit.updated(TABLE, outcome.childId(), outcome.childId(), before.get(), outcome);
            } else {
                dsl.insertInto(OC2_OUTCOME).set(row).execute();
                audit.inserted(TABLE, outcome.childId(), outcome.childId(), outcome);
            }
        });
    }

    /** The children who have an OC2 row. */
    public java.util.Set<Long> childIds() {
        return new java.util.HashSet<>(dsl.select(OC2_OUTCOME.CHILD_ID).from(OC2_OUTCOME).fetch(OC2_OUTCOME.CHILD_ID));
    }

    /** Every child's OC2 row: one query for bulk work. */
    public java.util.List<Oc2Outcome> findAll() {
        return dsl.selectFrom(OC2_OUTCOME).fetch(Oc2Repository::toOutcome);
    }

    public Optional<Oc2Outcome> find(long childId) {
        return dsl.selectFrom(OC2_OUTCOME).where(OC2_OUTCOME.CHILD_ID.eq(childId)).fetchOptional()
                .map(Oc2Repository::toOutcome);
    }

    private static Oc2Outcome toOutcome(lactracker.store.jooq.tables.records.Oc2OutcomeRecord r) {
        return new Oc2Outcome(r.getChildId(), Columns.small(r.getSdqScore()), r.getSdqReason(),
                        r.getConvicted(), r.getHealthCheck(), r.getImmunisations(), r.getTeethCheck(),
                        r.getHealthAssessment(), r.getSubstanceMisuse(), r.getInterventionReceived(),
                        r.getInterventionOffered());
    }

    static Oc2OutcomeRecord toRow(Oc2Outcome o) {
        Oc2OutcomeRecord r = new Oc2OutcomeRecord();
        r.setChildId(o.childId());
        r.setSdqScore(Columns.small(o.sdqScore()));
        r.setSdqReason(o.sdqReason());
        r.setConvicted(o.convicted());
        r.setHealthCheck(o.healthCheck());
        r.setImmunisations(o.immunisations());
        r.setTeethCheck(o.teethCheck());
        r.setHealthAssessment(o.healthAssessment());
        r.setSubstanceMisuse(o.substanceMisuse());
        r.setInterventionReceived(o.interventionReceived());
        r.setInterventionOffered(o.interventionOffered());
        return r;
    }
}
