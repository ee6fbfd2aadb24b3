package lactracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The duties of rules.md section 3 for one child: for each period of care its IHA, then the chain of
 * RHAs, each matched to the assessment that fulfils it by dates alone.
 */
public final class Duties {
    /** A chain cannot be longer than this many reviews (two a year for 18 years and more): a guard. */
    private static final int MAX_REVIEWS = 60;
    /** rules.md section 2: how far ahead of a period a request received while not looked after may be. */
    private static final int REQUEST_BEFORE_PERIOD_WORKING_DAYS = 20;

    private Duties() {
    }

    /**
     * Every duty of the child, oldest first.
     *
     * @param c a case as it stood on the day asked about ({@link ChildCase#asAt})
     */
    public static List<Duty> of(ChildCase c, CareHistory history, Settings settings, WorkingDayCalendar calendar) {
        List<HealthAssessment> completed = c.assessments().stream()
                .filter(a -> a.completedOn() != null)
                .sorted(Comparator.comparing(HealthAssessment::completedOn).thenComparing(Duties::idOrZero))
                .toList();
        // each IHA request placed once: the first one that belongs to each period
        java.util.Map<PeriodOfCare, LocalDate> firstRequest = new java.util.IdentityHashMap<>();
        for (HealthAssessment a : c.assessments()) {
            if (a.type() == AssessmentType.IHA && a.requestReceived() != null) {
                PeriodOfCare p = requestPeriod(a.requestReceived(), history, calendar);
                if (p != null) {
                    firstRequest.merge(p, a.requestReceived(), (x, y) -> x.isBefore(y) ? x : y);
                }
            }
        }
        List<Duty> duties = new ArrayList<>();
        for (PeriodOfCare period : history.periods()) {
            List<HealthAssessment> own = doneIn(c.assessments(), period);
            LocalDate anchorDate = null;
            if (period.startKnown()) {
                Duty iha = iha(period, firstRequest.get(period), own, completed, settings, calendar);
                duties.add(iha);
                if (iha.done()) {
                    anchorDate = iha.completedOn();
                } else if (iha.anchor() != null) {
                    anchorDate = iha.anchor().completedOn();
                }
            } else {
                // The extract starts part-way through this period: its IHA cannot be known. Reviews run
                // from the first assessment completed in it, if any.
                anchorDate = own.stream().map(HealthAssessment::completedOn).filter(d -> d != null)
                        .min(LocalDate::compareTo).orElse(null);
            }
            if (anchorDate != null) {
                reviews(c.child(), period, anchorDate, own, duties);
            }
        }
        return duties;
    }

    /**
     * @param request  the first IHA request that belongs to the period
     * @param own      the assessments whose outcome is dated while the child is looked after in the period
     */
    private static Duty iha(PeriodOfCare period, LocalDate request, List<HealthAssessment> own,
            List<HealthAssessment> completed, Settings settings, WorkingDayCalendar calendar) {
        LocalDate start = period.start();
        LocalDate due = calendar.addWorkingDays(start, settings.ihaDueWorkingDays());
        LocalDate deadline = calendar.addWorkingDays(start, settings.ihaRequestWindowWorkingDays());
        // Spec reading: an IHA duty is fulfilled by an assessment recorded as an IHA, an RHA duty by one
        // recorded as an RHA; only the "3 months before" rule accepts any type.
        List<HealthAssessment> ihas = own.stream().filter(a -> a.type() == AssessmentType.IHA).toList();
        List<HealthAssessment> attempts = ihas.stream().filter(Duties::isAttempt).toList();

        HealthAssessment before = null;
        LocalDate threeMonthsBefore = start.minusMonths(3);
        for (HealthAssessment a : completed) {
            LocalDate d = a.completedOn();
            if (!d.isBefore(start)) {
                break; // in date order: none later can be before the start
            }
            if (!d.isBefore(threeMonthsBefore)) {
                before = a; // the latest one in the 3 months before stands as the IHA
            }
        }
        if (before != null) {
            return new Duty(AssessmentType.IHA, period, due, deadline, request, null, before, attempts,
                    NotRequiredReason.ASSESSED_BEFORE_PERIOD);
        }
        HealthAssessment done = ihas.stream()
                .filter(a -> a.completedOn() != null)
                .min(Comparator.comparing(HealthAssessment::completedOn)).orElse(null);
        if (done != null) {
            return new Duty(AssessmentType.IHA, period, due, deadline, request, done, null, attempts, null);
        }
        // Spec reading: with the IHA ruled not required by a clinician there is no completed IHA, so no
        // chain of reviews follows until one is recorded ("without a completed IHA no RHA is scheduled").
        if (ihas.stream().anyMatch(a -> a.outcome() == Outcome.NOT_REQUIRED)) {
            return new Duty(AssessmentType.IHA, period, due, deadline, request, null, null, attempts,
                    NotRequiredReason.CLINICIAN_DECISION);
        }
        if (period.end() != null && !period.end().isAfter(due)) {
            return new Duty(AssessmentType.IHA, period, due, deadline, request, null, null, attempts,
                    NotRequiredReason.PERIOD_ENDED_BEFORE_DUE);
        }
        return new Duty(AssessmentType.IHA, period, due, deadline, request, null, null, attempts, null);
    }

    /** The chain of RHAs after {@code anchor}: 6 months under age 5 on the day of the last one, else 12. */
    private static void reviews(Child child, PeriodOfCare period, LocalDate anchor, List<HealthAssessment> own,
            List<Duty> duties) {
        // The period's completed RHAs in date order (ties in recorded order) and its RHA attempts in
        // recorded order, found once: a child in care for years has a long chain, walked in one pass.
        List<HealthAssessment> completedRhas = new ArrayList<>();
        List<HealthAssessment> rhaAttempts = new ArrayList<>();
        for (HealthAssessment a : own) {
            if (a.type() == AssessmentType.RHA) {
                if (a.completedOn() != null) {
                    completedRhas.add(a);
                }
                if (isAttempt(a)) {
                    rhaAttempts.add(a);
                }
            }
        }
        completedRhas.sort(Comparator.comparing(HealthAssessment::completedOn)); // stable: ties keep their order
        int next = 0;
        LocalDate previous = anchor;
        for (int n = 0; n < MAX_REVIEWS; n++) {
            int age = AgeBand.ageOn(child.dateOfBirth(), previous);
            LocalDate due = age < 5 ? previous.plusMonths(6) : previous.plusMonths(12);
            LocalDate after = previous;
            while (next < completedRhas.size() && !completedRhas.get(next).completedOn().isAfter(after)) {
                next++;
            }
            HealthAssessment done = next < completedRhas.size() ? completedRhas.get(next) : null;
            LocalDate until = done == null ? null : done.completedOn();
            List<HealthAssessment> attempts = rhaAttempts.isEmpty() ? List.of() : new ArrayList<>();
            for (HealthAssessment a : rhaAttempts) {
                if (a.outcomeDate().isAfter(after) && (until == null || a.outcomeDate().isBefore(until))) {
                    attempts.add(a);
                }
            }
            boolean lookedAfterOnDue = period.covers(due);
            duties.add(new Duty(AssessmentType.RHA, period, due, null, null, done, null, attempts,
                    lookedAfterOnDue ? null : NotRequiredReason.NOT_LOOKED_AFTER_ON_DUE_DATE));
            if (done == null || !lookedAfterOnDue) {
                return;
            }
            previous = done.completedOn();
        }
    }

    private static boolean isAttempt(HealthAssessment a) {
        return a.outcome() == Outcome.REFUSED || a.outcome() == Outcome.DID_NOT_ATTEND;
    }

    /**
     * The assessments whose outcome is dated while the child is looked after in the period: only those
     * fulfil (or are attempts at) its duties. One done after the child left is kept, but fulfils nothing.
     */
    private static List<HealthAssessment> doneIn(List<HealthAssessment> all, PeriodOfCare period) {
        List<HealthAssessment> own = new ArrayList<>();
        for (HealthAssessment a : all) {
            if (a.outcomeDate() != null && period.covers(a.outcomeDate())) {
                own.add(a);
            }
        }
        return own;
    }

    /**
     * The period an IHA request received on {@code date} belongs to: the one the child is looked after
     * in then; received while not looked after, the next period when it starts within 20 working days
     * (a request often comes a few days before a placement); otherwise none.
     */
    static PeriodOfCare requestPeriod(LocalDate date, CareHistory history, WorkingDayCalendar calendar) {
        PeriodOfCare next = null;
        for (PeriodOfCare p : history.periods()) {
            if (p.covers(date)) {
                return p;
            }
            if (next == null && p.start().isAfter(date)) {
                next = p;
            }
        }
        return next != null && !next.start().isAfter(calendar.addWorkingDays(date, REQUEST_BEFORE_PERIOD_WORKING_DAYS))
                ? next : null;
    }

    private static long idOrZero(HealthAssessment a) {
        return a.id() == null ? 0 : a.id();
    }
}
