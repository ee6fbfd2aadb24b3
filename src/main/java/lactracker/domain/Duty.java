package lactracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One statutory health assessment a child is owed: the IHA of a period of care or one RHA of its chain.
 * Which recorded assessment fulfils it is worked out from dates ({@link Duties}); nothing here is typed.
 *
 * @param period           the period of care it belongs to
 * @param dueDate          when it is due
 * @param requestDeadline  for an IHA, the last day a request from the local authority is timely; else null
 * @param requestReceived  for an IHA, the first request date recorded; else null
 * @param fulfilledBy      the completed assessment that fulfils it, or null while open
 * @param anchor           for an IHA that is not required because of an assessment in the 3 months
 *                         before the period, that assessment (the reviews run from it); else null
 * @param attempts         refused and did-not-attend outcomes recorded against it: kept, but not completions
 * @param notRequired      why it is not required, or null when it is required
 */
public record Duty(
        AssessmentType type,
        PeriodOfCare period,
        LocalDate dueDate,
        LocalDate requestDeadline,
        LocalDate requestReceived,
        HealthAssessment fulfilledBy,
        HealthAssessment anchor,
        List<HealthAssessment> attempts,
        NotRequiredReason notRequired) {

    public Duty {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dueDate, "dueDate");
        attempts = List.copyOf(attempts);
    }

    public boolean required() {
        return notRequired == null;
    }

    public boolean done() {
        return fulfilledBy != null;
    }

    /** The completion date of the assessment that fulfils it, or null. */
    public LocalDate completedOn() {
        return fulfilledBy == null ? null : fulfilledBy.completedOn();
    }

    /** Completed on or before the due date. A duty still open, or refused, is not on time. */
    public boolean onTime() {
        return done() && !completedOn().isAfter(dueDate);
    }

    /** Required, not done, and {@code date} is after the due date. */
    public boolean overdueOn(LocalDate date) {
        return required() && !done() && date.isAfter(dueDate);
    }

    /** For an IHA: the request was received within the request window. */
    public boolean requestTimely() {
        return requestReceived != null && requestDeadline != null && !requestReceived.isAfter(requestDeadline);
    }

    /** Required, not done: the duty the child is waiting on. */
    public boolean open() {
        return required() && !done();
    }
}
