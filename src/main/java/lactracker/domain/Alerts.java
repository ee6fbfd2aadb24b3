package lactracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The alerts of rules.md section 7 for a chosen day, from the records as they stood that day. Every
 * alert concerns a child looked after that day.
 */
public final class Alerts {
    private Alerts() {
    }

    /**
     * Every alert of every child, in the order cli.md lists them. Children are independent, so they are
     * worked on in parallel; the final sort makes the result the same however the work was split.
     */
    public static List<Alert> forDay(Collection<ChildCase> cases, LocalDate today, Settings settings,
            WorkingDayCalendar calendar) {
        return cases.parallelStream()
                .flatMap(c -> forChild(CaseFacts.of(c, today, settings, calendar), settings, calendar).stream())
                .sorted(Alert.ORDER)
                .toList();
    }

    /** The alerts of one child on the day its facts were taken ({@link CaseFacts#asAt()}). */
    public static List<Alert> forChild(CaseFacts facts, Settings settings, WorkingDayCalendar calendar) {
        LocalDate today = facts.asAt();
        if (!facts.history().lookedAfterOn(today)) {
            return List.of();
        }
        Child child = facts.child();
        List<Alert> alerts = new ArrayList<>();
        // Spec reading: duty alerts are for the period of care the child is in today; a duty of an earlier
        // period that was never met is history for the audit, not something to chase now.
        for (Duty d : facts.dutiesOfPeriodOn(today)) {
            if (d.open()) {
                dutyAlerts(child, d, today, settings, calendar, alerts);
            }
        }
        List<HealthAssessment> assessments = facts.record().assessments();
        for (Escalation e : facts.record().escalations()) {
            if (e.closedOn() == null && !e.steps().isEmpty()) {
                EscalationStep step = e.steps().get(e.steps().size() - 1);
                if (step.responseDate() == null && today.isAfter(step.responseDue())) {
                    alerts.add(new Alert(child.id(), child.laChildId(), AlertKind.ESCALATION_STEP_DUE, step.responseDue(),
                            new Alert.Figures(step.stepDate(), step.level(), e.type().toString(), null),
                            e.assessmentId(), e.id(), null));
                }
            }
        }
        for (Duty d : facts.duties()) {
            HealthAssessment iha = d.fulfilledBy();
            if (d.type() == AssessmentType.IHA && iha != null && child.uascOn(iha.completedOn())) {
                LocalDate reviewBy = iha.completedOn().plusMonths(settings.uascReviewMonths());
                if (today.isAfter(reviewBy) && !UascReviews.complete(iha.uascReview())) {
                    alerts.add(new Alert(child.id(), child.laChildId(), AlertKind.UASC_REVIEW_INCOMPLETE, reviewBy,
                            Alert.Figures.date(iha.completedOn()),
                            iha.id(), null, null));
                }
            }
        }
        if (!Dental.checkUpToDate(assessments, today, settings)) {
            LocalDate last = Dental.lastCheckOnOrBefore(assessments, today);
            alerts.add(new Alert(child.id(), child.laChildId(), AlertKind.DENTAL_CHECK_OVERDUE,
                    last == null ? null : last.plusMonths(settings.dentalCheckMonths()),
                    Alert.Figures.date(last), null, null, null));
        }
        for (HealthAssessment a : assessments) {
            if (Dental.cariesFound(a)) {
                LocalDate followUpBy = a.completedOn().plusMonths(settings.cariesFollowUpMonths());
                if (today.isAfter(followUpBy) && Dental.followUp(a, assessments, today) == null) {
                    alerts.add(new Alert(child.id(), child.laChildId(), AlertKind.CARIES_NOT_FOLLOWED_UP, followUpBy,
                            Alert.Figures.date(a.completedOn()),
                            a.id(), null, null));
                }
            }
        }
        LocalDate eighteen = child.eighteenthBirthday();
        boolean given = child.careLeaverSummaryGiven() != null && !child.careLeaverSummaryGiven().isAfter(today);
        if (eighteen.isAfter(today) && !eighteen.isAfter(today.plusMonths(3)) && !given) { // given: no longer due
            alerts.add(new Alert(child.id(), child.laChildId(), AlertKind.TURNING_18, eighteen,
                    Alert.Figures.date(eighteen), null, null, null));
        }
        // Spec reading: like every alert, only for children looked after today (rules.md section 7); the
        // Payments screen lists every unverified invoice whoever it is for.
        for (Payment p : facts.record().payments()) {
            if (!p.commissionerVerified()) {
                alerts.add(new Alert(child.id(), child.laChildId(), AlertKind.PAYMENT_UNVERIFIED, p.invoiceReceived(),
                        new Alert.Figures(p.invoiceReceived(), null, null, p.amount()),
                        p.assessmentId(), null, p.id()));
            }
        }
        return alerts;
    }

    private static void dutyAlerts(Child child, Duty d, LocalDate today, Settings settings,
            WorkingDayCalendar calendar, List<Alert> alerts) {
        boolean iha = d.type() == AssessmentType.IHA;
        // Only while the IHA is still open: once it is done there is no request left to chase.
        if (iha && d.requestReceived() == null && today.isAfter(d.requestDeadline())) {
            alerts.add(new Alert(child.id(), child.laChildId(), AlertKind.IHA_REQUEST_LATE, d.requestDeadline(),
                    Alert.Figures.NONE, null, null, null));
        }
        DutyState state = DutyState.of(d, today, settings, calendar);
        if (state == DutyState.OVERDUE) {
            int late = calendar.workingDaysBetween(d.dueDate(), today);
            alerts.add(new Alert(child.id(), child.laChildId(), iha ? AlertKind.IHA_OVERDUE : AlertKind.RHA_OVERDUE,
                    d.dueDate(), new Alert.Figures(null, late, d.type().toString(), null), null, null, null));
        } else if (state == DutyState.DUE_SOON) {
            int left = calendar.workingDaysBetween(today, d.dueDate());
            alerts.add(new Alert(child.id(), child.laChildId(), iha ? AlertKind.IHA_DUE_SOON : AlertKind.RHA_DUE_SOON,
                    d.dueDate(), new Alert.Figures(null, left, d.type().toString(), null), null, null, null));
        }
    }
}
