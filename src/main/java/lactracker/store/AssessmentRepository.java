package lactracker.store;

import static lactracker.store.jooq.Tables.APPOINTMENT;
import static lactracker.store.jooq.Tables.HEALTH_ASSESSMENT;
import static lactracker.store.jooq.Tables.UASC_REVIEW;
import static lactracker.store.jooq.Tables.UASC_SCREENING;

import java.util.List;
import java.util.Optional;
import lactracker.domain.Appointment;
import lactracker.domain.AppointmentOutcome;
import lactracker.domain.AssessmentType;
import lactracker.domain.DelayReason;
import lactracker.domain.DentalFindings;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Outcome;
import lactracker.domain.PractitionerRole;
import lactracker.domain.QualityCheck;
import lactracker.domain.RecordSource;
import lactracker.domain.ScreeningItem;
import lactracker.domain.ScreeningOutcome;
import lactracker.domain.UascReview;
import lactracker.domain.UascScreening;
import lactracker.store.jooq.tables.records.HealthAssessmentRecord;
import lactracker.store.jooq.tables.records.UascReviewRecord;
import org.jooq.DSLContext;

/**
 * Health assessments with their appointments and UASC section, saved and read as one whole: a save
 * writes all of it or none of it.
 */
public final class AssessmentRepository {
    static final String TABLE = "health_assessment";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public AssessmentRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public HealthAssessment insert(HealthAssessment assessment) {
        return dsl.transactionResult(() -> {
            HealthAssessmentRecord row = toRow(assessment);
            row.changed(HEALTH_ASSESSMENT.ID, false);
            row.setVersion(0);
            long id = dsl.insertInto(HEALTH_ASSESSMENT).set(row).returning(HEALTH_ASSESSMENT.ID).fetchOne().getId();
            writeParts(id, assessment);
            HealthAssessment saved = findById(id).orElseThrow();
            audit.inserted(TABLE, id, assessment.childId(), saved);
            return saved;
        });
    }

    /** Saves changes to an assessment read earlier; refused when it changed since it was read. */
    public HealthAssessment update(HealthAssessment assessment) {
        return dsl.transactionResult(() -> {
            HealthAssessment before = findById(assessment.id())
                    .orElseThrow(() -> new StaleRecordException("assessment"));
            HealthAssessmentRecord row = toRow(assessment);
            row.changed(HEALTH_ASSESSMENT.ID, false);
            row.setVersion(assessment.version() + 1);
            int updated = dsl.update(HEALTH_ASSESSMENT).set(row)
                    .where(HEALTH_ASSESSMENT.ID.eq(assessment.id())
                            .and(HEALTH_ASSESSMENT.VERSION.eq(assessment.version())))
                    .execute();
            if (updated == 0) {
                throw new StaleRecordException("assessment");
            }
            dsl.deleteFrom(APPOINTMENT).where(APPOINTMENT.ASSESSMENT_ID.eq(assessment.id())).execute();
            dsl.deleteFrom(UASC_REVIEW).where(UASC_REVIEW.ASSESSMENT_ID.eq(assessment.id())).execute();
            writeParts(assessment.id(), assessment);
            HealthAssessment saved = findById(assessment.id()).orElseThrow();
            audit.updated(TABLE, assessment.id(), assessment.childId(), before, saved);
            return saved;
        });
    }

    public void delete(long id) {
        dsl.transaction(() -> {
            HealthAssessment before = findById(id).orElseThrow(() -> new StaleRecordException("assessment"));
            dsl.deleteFrom(HEALTH_ASSESSMENT).where(HEALTH_ASSESSMENT.ID.eq(id)).execute();
            audit.deleted(TABLE, id, before.childId(), before);
        });
    }

    public Optional<HealthAssessment> findById(long id) {
        return dsl.selectFrom(HEALTH_ASSESSMENT).where(HEALTH_ASSESSMENT.ID.eq(id)).fetchOptional()
                .map(this::toAssessment);
    }

    /** A child's assessments in the order they happened (undated ones, still in progress, last). */
    public List<HealthAssessment> findByChild(long childId) {
        return dsl.selectFrom(HEALTH_ASSESSMENT).where(HEALTH_ASSESSMENT.CHILD_ID.eq(childId))
                .orderBy(HEALTH_ASSESSMENT.OUTCOME_DATE.asc().nullsLast(), HEALTH_ASSESSMENT.ID)
                .fetch(this::toAssessment);
    }

    public int count() {
        return dsl.fetchCount(HEALTH_ASSESSMENT);
    }

    private void writeParts(long id, HealthAssessment a) {
        for (Appointment ap : a.appointments()) {
            dsl.insertInto(APPOINTMENT)
                    .set(APPOINTMENT.ASSESSMENT_ID, id)
                    .set(APPOINTMENT.APPOINTMENT_ON, ap.date())
                    .set(APPOINTMENT.PLACE, ap.place())
                    .set(APPOINTMENT.OUTCOME, Columns.code(ap.outcome()))
                    .set(APPOINTMENT.NOTE, ap.note())
                    .execute();
        }
        UascReview u = a.uascReview();
        if (u != null) {
            UascReviewRecord r = new UascReviewRecord();
            r.setAssessmentId(id);
            r.setInterpreterUsed(Columns.yn(u.interpreterUsed()));
            r.setInterpreterLanguage(u.interpreterLanguage());
            r.setCountryOfOrigin(u.countryOfOrigin());
            r.setArrivedInUk(u.arrivedInUk());
            r.setNationalTransferScheme(Columns.yn(u.nationalTransferScheme()));
            r.setAgeDisputed(Columns.yn(u.ageDisputed()));
            r.setImmunisationCatchUpPlan(Columns.yn(u.immunisationCatchUpPlan()));
            r.setEmotionalHealthScreened(Columns.yn(u.emotionalHealthScreened()));
            r.setMentalHealthReferral(Columns.yn(u.mentalHealthReferral()));
            r.setFgmRiskConsidered(Columns.yn(u.fgmRiskConsidered()));
            dsl.insertInto(UASC_REVIEW).set(r).execute();
            for (UascScreening s : u.screening()) {
                dsl.insertInto(UASC_SCREENING)
                        .set(UASC_SCREENING.ASSESSMENT_ID, id)
                        .set(UASC_SCREENING.ITEM, Columns.code(s.item()))
                        .set(UASC_SCREENING.OFFERED_ON, s.offeredOn())
                        .set(UASC_SCREENING.OUTCOME, Columns.code(s.outcome()))
                        .execute();
            }
        }
    }

    static HealthAssessmentRecord toRow(HealthAssessment a) {
        HealthAssessmentRecord r = new HealthAssessmentRecord();
        r.setId(a.id());
        r.setChildId(a.childId());
        r.setAssessmentType(a.type().name());
        r.setRequestReceived(a.requestReceived());
        r.setOutcome(Columns.code(a.outcome()));
        r.setOutcomeDate(a.outcomeDate());
        r.setNotRequiredReason(a.notRequiredReason());
        r.setPractitionerName(a.practitionerName());
        r.setPractitionerRole(Columns.code(a.practitionerRole()));
        r.setProvider(a.provider());
        r.setOutOfArea(a.outOfArea());
        r.setQualityCheckOutcome(Columns.code(a.qualityCheck()));
        r.setQualityCheckDate(a.qualityCheckDate());
        r.setHealthPlanSent(a.healthPlanSent());
        r.setImmunisationsUpToDate(Columns.ynu(a.immunisationsUpToDate()));
        r.setSdqScore(Columns.small(a.sdqScore()));
        r.setDelayReason(Columns.code(a.delayReason()));
        r.setNotes(a.notes());
        DentalFindings d = a.dental();
        r.setDentistRegistered(Columns.ynu(d.registeredWithDentist()));
        r.setDentalPractice(d.practice());
        r.setDentalCheckDate(d.lastCheckDate());
        r.setCariesFound(Columns.yn(d.cariesFound()));
        r.setDentalReferralMade(Columns.yn(d.referralMade()));
        r.setDentalReferralDate(d.referralDate());
        r.setDentalFollowUpDate(d.followUpDate());
        r.setSource(Columns.code(a.source()));
        r.setVersion(a.version());
        return r;
    }

    private HealthAssessment toAssessment(HealthAssessmentRecord r) {
        List<Appointment> appointments = dsl.selectFrom(APPOINTMENT)
                .where(APPOINTMENT.ASSESSMENT_ID.eq(r.getId()))
                .orderBy(APPOINTMENT.APPOINTMENT_ON, APPOINTMENT.ID)
                .fetch(AssessmentRepository::toAppointment);
        UascReview uasc = dsl.selectFrom(UASC_REVIEW).where(UASC_REVIEW.ASSESSMENT_ID.eq(r.getId())).fetchOptional()
                .map(u -> toUascReview(u, dsl.selectFrom(UASC_SCREENING)
                        .where(UASC_SCREENING.ASSESSMENT_ID.eq(r.getId()))
                        .orderBy(UASC_SCREENING.ITEM)
                        .fetch(AssessmentRepository::toScreening)))
                .orElse(null);
        return assemble(r, appointments, uasc);
    }

    static Appointment toAppointment(lactracker.store.jooq.tables.records.AppointmentRecord ap) {
        return new Appointment(ap.getId(), ap.getAppointmentOn(), ap.getPlace(),
                Columns.code(AppointmentOutcome.class, ap.getOutcome()), ap.getNote());
    }

    static UascScreening toScreening(lactracker.store.jooq.tables.records.UascScreeningRecord s) {
        return new UascScreening(Columns.code(ScreeningItem.class, s.getItem()), s.getOfferedOn(),
                Columns.code(ScreeningOutcome.class, s.getOutcome()));
    }

    static UascReview toUascReview(UascReviewRecord u, List<UascScreening> screening) {
        return new UascReview(Columns.yn(u.getInterpreterUsed()), u.getInterpreterLanguage(), u.getCountryOfOrigin(),
                u.getArrivedInUk(), Columns.yn(u.getNationalTransferScheme()), Columns.yn(u.getAgeDisputed()),
                Columns.yn(u.getImmunisationCatchUpPlan()), Columns.yn(u.getEmotionalHealthScreened()),
                Columns.yn(u.getMentalHealthReferral()), Columns.yn(u.getFgmRiskConsidered()), screening);
    }

    /** An assessment from its row and its parts, read one by one or in bulk. */
    static HealthAssessment assemble(HealthAssessmentRecord r, List<Appointment> appointments, UascReview uasc) {
        DentalFindings dental = new DentalFindings(Columns.ynu(r.getDentistRegistered()), r.getDentalPractice(),
                r.getDentalCheckDate(), Columns.yn(r.getCariesFound()), Columns.yn(r.getDentalReferralMade()),
                r.getDentalReferralDate(), r.getDentalFollowUpDate());
        return new HealthAssessment(r.getId(), r.getChildId(), AssessmentType.valueOf(r.getAssessmentType()),
                r.getRequestReceived(), Columns.code(Outcome.class, r.getOutcome()), r.getOutcomeDate(),
                r.getNotRequiredReason(), r.getPractitionerName(),
                Columns.code(PractitionerRole.class, r.getPractitionerRole()), r.getProvider(),
                Columns.flag(r.getOutOfArea()), Columns.code(QualityCheck.class, r.getQualityCheckOutcome()),
                r.getQualityCheckDate(), r.getHealthPlanSent(), Columns.ynu(r.getImmunisationsUpToDate()),
                Columns.small(r.getSdqScore()), Columns.code(DelayReason.class, r.getDelayReason()), r.getNotes(),
                dental, appointments, uasc, Columns.code(RecordSource.class, r.getSource()), r.getVersion());
    }
}
