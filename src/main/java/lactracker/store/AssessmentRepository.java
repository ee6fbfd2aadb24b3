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
                    .orElseThrow(() -> new StaleRecordException("store.stale.assessment"));
            HealthAssessmentRecord row = toRow(assessment);
            row.changed(HEALTH_ASSESSMENT.ID, false);
            row.setVersion(assessment.version() + 1);
            int updated = dsl.update(HEALTH_ASSESSMENT).set(row)
                    .where(HEALTH_ASSESSMENT.ID.eq(assessment.id())
                            .and(HEALTH_ASSESSMENT.VERSION.eq(assessment.version())))
                    .execute();
            if (updated == 0) {
                throw audit.stale(TABLE, assessment.id(), "store.stale.assessment");
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
            HealthAssessment before = findById(id).orElseThrow(() -> new StaleRecordException("store.stale.assessment"));
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
                .map(u -> toUascReview(u::get, dsl.selectFrom(UASC_SCREENING)
                        .where(UASC_SCREENING.ASSESSMENT_ID.eq(r.getId()))
                        .orderBy(UASC_SCREENING.ITEM)
                        .fetch(AssessmentRepository::toScreening)))
                .orElse(null);
        return assemble(r::get, appointments, uasc);
    }

    static Appointment toAppointment(lactracker.store.jooq.tables.records.AppointmentRecord ap) {
        return toAppointment((Row) ap::get);
    }

    static Appointment toAppointment(Row ap) {
        return new Appointment(ap.get(APPOINTMENT.ID), ap.get(APPOINTMENT.APPOINTMENT_ON), ap.get(APPOINTMENT.PLACE),
                Columns.code(AppointmentOutcome.class, ap.get(APPOINTMENT.OUTCOME)), ap.get(APPOINTMENT.NOTE));
    }

    static UascScreening toScreening(lactracker.store.jooq.tables.records.UascScreeningRecord s) {
        return toScreening((Row) s::get);
    }

    static UascScreening toScreening(Row s) {
        return new UascScreening(Columns.code(ScreeningItem.class, s.get(UASC_SCREENING.ITEM)),
                s.get(UASC_SCREENING.OFFERED_ON), Columns.code(ScreeningOutcome.class, s.get(UASC_SCREENING.OUTCOME)));
    }

    static UascReview toUascReview(Row u, List<UascScreening> screening) {
        return new UascReview(Columns.yn(u.get(UASC_REVIEW.INTERPRETER_USED)), u.get(UASC_REVIEW.INTERPRETER_LANGUAGE),
                u.get(UASC_REVIEW.COUNTRY_OF_ORIGIN), u.get(UASC_REVIEW.ARRIVED_IN_UK),
                Columns.yn(u.get(UASC_REVIEW.NATIONAL_TRANSFER_SCHEME)), Columns.yn(u.get(UASC_REVIEW.AGE_DISPUTED)),
                Columns.yn(u.get(UASC_REVIEW.IMMUNISATION_CATCH_UP_PLAN)),
                Columns.yn(u.get(UASC_REVIEW.EMOTIONAL_HEALTH_SCREENED)),
                Columns.yn(u.get(UASC_REVIEW.MENTAL_HEALTH_REFERRAL)),
                Columns.yn(u.get(UASC_REVIEW.FGM_RISK_CONSIDERED)), screening);
    }

    /** An assessment from its row and its parts, read one by one or in bulk. */
    static HealthAssessment assemble(Row r, List<Appointment> appointments, UascReview uasc) {
        DentalFindings dental = new DentalFindings(Columns.ynu(r.get(HEALTH_ASSESSMENT.DENTIST_REGISTERED)),
                r.get(HEALTH_ASSESSMENT.DENTAL_PRACTICE), r.get(HEALTH_ASSESSMENT.DENTAL_CHECK_DATE),
                Columns.yn(r.get(HEALTH_ASSESSMENT.CARIES_FOUND)),
                Columns.yn(r.get(HEALTH_ASSESSMENT.DENTAL_REFERRAL_MADE)),
                r.get(HEALTH_ASSESSMENT.DENTAL_REFERRAL_DATE), r.get(HEALTH_ASSESSMENT.DENTAL_FOLLOW_UP_DATE));
        return new HealthAssessment(r.get(HEALTH_ASSESSMENT.ID), r.get(HEALTH_ASSESSMENT.CHILD_ID),
                AssessmentType.valueOf(r.get(HEALTH_ASSESSMENT.ASSESSMENT_TYPE)),
                r.get(HEALTH_ASSESSMENT.REQUEST_RECEIVED),
                Columns.code(Outcome.class, r.get(HEALTH_ASSESSMENT.OUTCOME)), r.get(HEALTH_ASSESSMENT.OUTCOME_DATE),
                r.get(HEALTH_ASSESSMENT.NOT_REQUIRED_REASON), r.get(HEALTH_ASSESSMENT.PRACTITIONER_NAME),
                Columns.code(PractitionerRole.class, r.get(HEALTH_ASSESSMENT.PRACTITIONER_ROLE)),
                r.get(HEALTH_ASSESSMENT.PROVIDER), Columns.flag(r.get(HEALTH_ASSESSMENT.OUT_OF_AREA)),
                Columns.code(QualityCheck.class, r.get(HEALTH_ASSESSMENT.QUALITY_CHECK_OUTCOME)),
                r.get(HEALTH_ASSESSMENT.QUALITY_CHECK_DATE), r.get(HEALTH_ASSESSMENT.HEALTH_PLAN_SENT),
                Columns.ynu(r.get(HEALTH_ASSESSMENT.IMMUNISATIONS_UP_TO_DATE)),
                Columns.small(r.get(HEALTH_ASSESSMENT.SDQ_SCORE)),
                Columns.code(DelayReason.class, r.get(HEALTH_ASSESSMENT.DELAY_REASON)), r.get(HEALTH_ASSESSMENT.NOTES),
                dental, appointments, uasc, Columns.code(RecordSource.class, r.get(HEALTH_ASSESSMENT.SOURCE)),
                r.get(HEALTH_ASSESSMENT.VERSION));
    }
}
