package lactracker.store;

import static lactracker.store.jooq.Tables.APPOINTMENT;
import static lactracker.store.jooq.Tables.CHILD;
import static lactracker.store.jooq.Tables.EPISODE;
import static lactracker.store.jooq.Tables.ESCALATION;
import static lactracker.store.jooq.Tables.ESCALATION_STEP;
import static lactracker.store.jooq.Tables.HEALTH_ASSESSMENT;
import static lactracker.store.jooq.Tables.PAYMENT;
import static lactracker.store.jooq.Tables.UASC_REVIEW;
import static lactracker.store.jooq.Tables.UASC_SCREENING;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lactracker.domain.Appointment;
import lactracker.domain.ChildCase;
import lactracker.domain.Episode;
import lactracker.domain.Escalation;
import lactracker.domain.EscalationStep;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Payment;
import lactracker.domain.UascReview;
import lactracker.domain.UascScreening;
import org.jooq.DSLContext;

/**
 * The whole caseload as the rules read it ({@link ChildCase}s), in one query per table, never one per
 * child: the rules work at national scale on what this returns.
 */
public final class CaseloadRepository {
    private final DSLContext dsl;
    private final AssessmentRepository assessments;
    private final EscalationRepository escalations;

    public CaseloadRepository(DSLContext dsl, AssessmentRepository assessments, EscalationRepository escalations) {
        this.dsl = dsl;
        this.assessments = assessments;
        this.escalations = escalations;
    }

    /** One child's case, for its record and to bring the list up to date after a save; empty when no such child. */
    public java.util.Optional<ChildCase> loadChild(long childId) {
        return dsl.transactionResult(() -> {
            var child = dsl.selectFrom(CHILD).where(CHILD.ID.eq(childId)).fetchOptional();
            if (child.isEmpty()) {
                return java.util.Optional.<ChildCase>empty();
            }
            List<Episode> episodes = dsl.selectFrom(EPISODE).where(EPISODE.CHILD_ID.eq(childId)).orderBy(EPISODE.START_DATE)
                    .fetch(EpisodeRepository::toEpisode);
            List<Payment> payments = dsl.select(PAYMENT.fields()).from(PAYMENT).join(HEALTH_ASSESSMENT)
                    .on(HEALTH_ASSESSMENT.ID.eq(PAYMENT.ASSESSMENT_ID)).where(HEALTH_ASSESSMENT.CHILD_ID.eq(childId))
                    .orderBy(PAYMENT.ID).fetch(r -> PaymentRepository.toPayment(r.into(PAYMENT)));
            return java.util.Optional.of(new ChildCase(ChildRepository.toChild(child.get()), episodes,
                    assessments.findByChild(childId), escalations.findByChild(childId), payments));
        });
    }

    /** Every child's case, in LA id order. Read in one transaction, so the tables agree with each other. */
    public List<ChildCase> loadAll() {
        return dsl.transactionResult(() -> {
            Map<Long, List<Episode>> episodes = new HashMap<>();
            Row.each(dsl, EPISODE, r -> episodes.computeIfAbsent(r.get(EPISODE.CHILD_ID), k -> new ArrayList<>())
                    .add(EpisodeRepository.toEpisode(r)));

            Map<Long, List<Appointment>> appointments = new HashMap<>();
            Row.each(dsl, APPOINTMENT, r -> appointments.computeIfAbsent(r.get(APPOINTMENT.ASSESSMENT_ID),
                    k -> new ArrayList<>()).add(AssessmentRepository.toAppointment(r)));
            Map<Long, List<UascScreening>> screening = new HashMap<>(); // in item order by the key
            Row.each(dsl, UASC_SCREENING, r -> screening.computeIfAbsent(r.get(UASC_SCREENING.ASSESSMENT_ID),
                    k -> new ArrayList<>()).add(AssessmentRepository.toScreening(r)));
            Map<Long, UascReview> uasc = new HashMap<>();
            Row.each(dsl, UASC_REVIEW, r -> uasc.put(r.get(UASC_REVIEW.ASSESSMENT_ID), AssessmentRepository
                    .toUascReview(r, screening.getOrDefault(r.get(UASC_REVIEW.ASSESSMENT_ID), List.of()))));
            // Payments by assessment, handed to the assessment's child as the assessments are read: a join
            // of the two tables looked each payment's assessment up by key and took as long as reading them all.
            Map<Long, List<Payment>> paymentsByAssessment = new HashMap<>();
            Row.each(dsl, PAYMENT, r -> paymentsByAssessment.computeIfAbsent(r.get(PAYMENT.ASSESSMENT_ID),
                    k -> new ArrayList<>()).add(PaymentRepository.toPayment(r)));
            // In date order before the assessments take their copies (the first one can decide the period).
            appointments.values().forEach(l -> l.sort(java.util.Comparator.comparing(Appointment::date)));
            Map<Long, List<Payment>> payments = new HashMap<>();
            Map<Long, List<HealthAssessment>> assessments = new HashMap<>();
            Row.each(dsl, HEALTH_ASSESSMENT, r -> {
                Long id = r.get(HEALTH_ASSESSMENT.ID);
                Long child = r.get(HEALTH_ASSESSMENT.CHILD_ID);
                assessments.computeIfAbsent(child, k -> new ArrayList<>()).add(
                        AssessmentRepository.assemble(r, appointments.getOrDefault(id, List.of()), uasc.get(id)));
                List<Payment> paid = paymentsByAssessment.get(id);
                if (paid != null) {
                    payments.computeIfAbsent(child, k -> new ArrayList<>()).addAll(paid);
                }
            });

            Map<Long, List<EscalationStep>> steps = new HashMap<>();
            Row.each(dsl, ESCALATION_STEP, r -> steps.computeIfAbsent(r.get(ESCALATION_STEP.ESCALATION_ID),
                    k -> new ArrayList<>()).add(EscalationRepository.toStep(r)));
            Map<Long, List<Escalation>> escalations = new HashMap<>();
            Row.each(dsl, ESCALATION, r -> escalations.computeIfAbsent(r.get(ESCALATION.CHILD_ID), k -> new ArrayList<>())
                    .add(EscalationRepository.assemble(r, steps.getOrDefault(r.get(ESCALATION.ID), List.of()))));

            // Unsorted scans (key order) are twice as fast as sorted ones here; put each child's few
            // records in order in memory instead.
            episodes.values().forEach(l -> l.sort(java.util.Comparator.comparing(Episode::startDate)));
            steps.values().forEach(l -> l.sort(java.util.Comparator.comparing(EscalationStep::stepDate)));
            payments.values().forEach(l -> l.sort(java.util.Comparator.comparing(Payment::id)));

            List<ChildCase> cases = new ArrayList<>();
            Row.each(dsl, CHILD, r -> {
                Long id = r.get(CHILD.ID);
                cases.add(new ChildCase(ChildRepository.toChild(r), episodes.getOrDefault(id, List.of()),
                        assessments.getOrDefault(id, List.of()), escalations.getOrDefault(id, List.of()),
                        payments.getOrDefault(id, List.of())));
            });
            cases.sort(java.util.Comparator.comparing(c -> c.child().laChildId()));
            return cases;
        });
    }
}
