package lactracker.store;

import static lactracker.store.jooq.Tables.ESCALATION;
import static lactracker.store.jooq.Tables.ESCALATION_STEP;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lactracker.domain.AssessmentType;
import lactracker.domain.Escalation;
import lactracker.domain.EscalationStep;
import lactracker.store.jooq.tables.records.EscalationRecord;
import org.jooq.DSLContext;

/** Escalations of out-of-county assessments and their steps up the ladder. */
public final class EscalationRepository {
    static final String TABLE = "escalation";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public EscalationRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /**
     * Opens an escalation with the steps it already has. Refused with {@link StaleRecordException} when its
     * duty is already being chased: another desk began since this one looked.
     */
    public Escalation insert(Escalation escalation) {
        return dsl.transactionResult(() -> {
            Long theirs = dsl.select(ESCALATION.ID).from(ESCALATION)
                    .where(ESCALATION.CHILD_ID.eq(escalation.childId())
                            .and(ESCALATION.ASSESSMENT_TYPE.eq(escalation.type().name()))
                            .and(ESCALATION.DUTY_DUE_DATE.eq(escalation.dutyDueDate())))
                    .limit(1).fetchOne(ESCALATION.ID);
            if (theirs != null) {
                throw audit.stale(TABLE, theirs, "store.stale.escalation");
            }
            long id = dsl.insertInto(ESCALATION)
                    .set(ESCALATION.CHILD_ID, escalation.childId())
                    .set(ESCALATION.ASSESSMENT_TYPE, escalation.type().name())
                    .set(ESCALATION.DUTY_DUE_DATE, escalation.dutyDueDate())
                    .set(ESCALATION.ASSESSMENT_ID, escalation.assessmentId())
                    .set(ESCALATION.HOST_AREA, escalation.hostArea())
                    .set(ESCALATION.HOST_PROVIDER, escalation.hostProvider())
                    .set(ESCALATION.OPENED_ON, escalation.openedOn())
                    .set(ESCALATION.CLOSED_ON, escalation.closedOn())
                    .set(ESCALATION.CLOSE_NOTE, escalation.closeNote())
                    .returning(ESCALATION.ID).fetchOne().getId();
            for (EscalationStep step : escalation.steps()) {
                insertStep(id, step);
            }
            Escalation saved = findById(id).orElseThrow();
            audit.inserted(TABLE, id, escalation.childId(), saved);
            return saved;
        });
    }

    /*
     * Each change below is to the escalation as it was read ({@code read}, with its version): refused with
     * StaleRecordException when it or any of its steps changed since.
     */

    /** Adds a step up the ladder. */
    public Escalation addStep(Escalation read, EscalationStep step) {
        long escalationId = read.id();
        return change(read, () -> insertStep(escalationId, step));
    }

    /** Records the host area's response to a step. */
    public Escalation recordResponse(Escalation read, long stepId, LocalDate responseDate, String response) {
        long escalationId = read.id();
        return change(read, () -> {
            int updated = dsl.update(ESCALATION_STEP)
                    .set(ESCALATION_STEP.RESPONSE_DATE, responseDate)
                    .set(ESCALATION_STEP.RESPONSE, response)
                    .where(ESCALATION_STEP.ID.eq(stepId).and(ESCALATION_STEP.ESCALATION_ID.eq(escalationId)))
                    .execute();
            if (updated == 0) {
                throw new StaleRecordException("store.stale.escalationStep");
            }
        });
    }

    /** Closes an escalation, typically because the assessment was done. */
    public Escalation close(Escalation read, LocalDate closedOn, String note, Long assessmentId) {
        long escalationId = read.id();
        return change(read, () -> dsl.update(ESCALATION)
                .set(ESCALATION.CLOSED_ON, closedOn)
                .set(ESCALATION.CLOSE_NOTE, note)
                .set(ESCALATION.ASSESSMENT_ID, assessmentId)
                .where(ESCALATION.ID.eq(escalationId))
                .execute());
    }

    /** Deletes a step logged in error (audited as a change to its escalation, with the step it held). */
    public Escalation deleteStep(Escalation read, long stepId) {
        long escalationId = read.id();
        return change(read, () -> {
            int deleted = dsl.deleteFrom(ESCALATION_STEP)
                    .where(ESCALATION_STEP.ID.eq(stepId).and(ESCALATION_STEP.ESCALATION_ID.eq(escalationId)))
                    .execute();
            if (deleted == 0) {
                throw new StaleRecordException("store.stale.escalationStep");
            }
        });
    }

    /** Opens a closed escalation again: its closing date, note and the assessment it was closed with are cleared. */
    public Escalation reopen(Escalation read) {
        long escalationId = read.id();
        return change(read, () -> dsl.update(ESCALATION)
                .setNull(ESCALATION.CLOSED_ON)
                .setNull(ESCALATION.CLOSE_NOTE)
                .setNull(ESCALATION.ASSESSMENT_ID)
                .where(ESCALATION.ID.eq(escalationId))
                .execute());
    }

    /** The refusal of a change over an escalation someone else changed, naming who and when. */
    public StaleRecordException stale(long id) {
        return audit.stale(TABLE, id, "store.stale.escalation");
    }

    public Optional<Escalation> findById(long id) {
        return dsl.selectFrom(ESCALATION).where(ESCALATION.ID.eq(id)).fetchOptional().map(this::toEscalation);
    }

    public List<Escalation> findByChild(long childId) {
        return dsl.selectFrom(ESCALATION).where(ESCALATION.CHILD_ID.eq(childId))
                .orderBy(ESCALATION.OPENED_ON, ESCALATION.ID).fetch(this::toEscalation);
    }

    /** Escalations not yet closed, oldest duty first. */
    public List<Escalation> findOpen() {
        return dsl.selectFrom(ESCALATION).where(ESCALATION.CLOSED_ON.isNull())
                .orderBy(ESCALATION.DUTY_DUE_DATE, ESCALATION.ID).fetch(this::toEscalation);
    }

    private Escalation change(Escalation read, Runnable work) {
        long escalationId = read.id();
        return dsl.transactionResult(() -> {
            Escalation before = findById(escalationId).orElseThrow(() -> new StaleRecordException("store.stale.escalation"));
            // the version first: two desks changing steps at once queue on this row, the second refused
            int bumped = dsl.update(ESCALATION).set(ESCALATION.VERSION, read.version() + 1)
                    .where(ESCALATION.ID.eq(escalationId).and(ESCALATION.VERSION.eq(read.version()))).execute();
            if (bumped == 0) {
                throw audit.stale(TABLE, escalationId, "store.stale.escalation");
            }
            work.run();
            Escalation after = findById(escalationId).orElseThrow();
            audit.updated(TABLE, escalationId, before.childId(), before, after);
            return after;
        });
    }

    private void insertStep(long escalationId, EscalationStep s) {
        dsl.insertInto(ESCALATION_STEP)
                .set(ESCALATION_STEP.ESCALATION_ID, escalationId)
                .set(ESCALATION_STEP.ESCALATION_LEVEL, (short) s.level())
                .set(ESCALATION_STEP.STEP_DATE, s.stepDate())
                .set(ESCALATION_STEP.CONTACT, s.contact())
                .set(ESCALATION_STEP.ASKED, s.asked())
                .set(ESCALATION_STEP.RESPONSE_DUE, s.responseDue())
                .set(ESCALATION_STEP.RESPONSE_DATE, s.responseDate())
                .set(ESCALATION_STEP.RESPONSE, s.response())
                .execute();
    }

    private Escalation toEscalation(EscalationRecord r) {
        return assemble(r::get, dsl.selectFrom(ESCALATION_STEP)
                .where(ESCALATION_STEP.ESCALATION_ID.eq(r.getId()))
                .orderBy(ESCALATION_STEP.STEP_DATE, ESCALATION_STEP.ID)
                .fetch(EscalationRepository::toStep));
    }

    static EscalationStep toStep(lactracker.store.jooq.tables.records.EscalationStepRecord s) {
        return toStep((Row) s::get);
    }

    static EscalationStep toStep(Row s) {
        return new EscalationStep(s.get(ESCALATION_STEP.ID), s.get(ESCALATION_STEP.ESCALATION_LEVEL),
                s.get(ESCALATION_STEP.STEP_DATE), s.get(ESCALATION_STEP.CONTACT), s.get(ESCALATION_STEP.ASKED),
                s.get(ESCALATION_STEP.RESPONSE_DUE), s.get(ESCALATION_STEP.RESPONSE_DATE),
                s.get(ESCALATION_STEP.RESPONSE));
    }

    static Escalation assemble(Row r, List<EscalationStep> steps) {
        return new Escalation(r.get(ESCALATION.ID), r.get(ESCALATION.CHILD_ID),
                AssessmentType.valueOf(r.get(ESCALATION.ASSESSMENT_TYPE)), r.get(ESCALATION.DUTY_DUE_DATE),
                r.get(ESCALATION.ASSESSMENT_ID), r.get(ESCALATION.HOST_AREA), r.get(ESCALATION.HOST_PROVIDER),
                r.get(ESCALATION.OPENED_ON), r.get(ESCALATION.CLOSED_ON), r.get(ESCALATION.CLOSE_NOTE), steps,
                r.get(ESCALATION.VERSION));
    }
}
