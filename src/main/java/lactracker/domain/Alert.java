package lactracker.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One alert for one child on one day, with the record it concerns so a screen can open it.
 *
 * @param dueDate       the date the alert is about (the duty's due date, the response due date...);
 *                      null for a dental check never recorded
 * @param detail        a short plain-English line, with no name or other personal detail
 * @param assessmentId  the assessment it concerns, where there is one
 * @param escalationId  the escalation it concerns, for an escalation step
 * @param paymentId     the payment it concerns, for an unverified payment
 */
public record Alert(
        long childId,
        String laChildId,
        AlertKind kind,
        LocalDate dueDate,
        String detail,
        Long assessmentId,
        Long escalationId,
        Long paymentId) {

    /** The order cli.md lists alerts in: severity, then due date (none last), then child. */
    public static final Comparator<Alert> ORDER = Comparator
            .comparing((Alert a) -> a.kind().severity())
            .thenComparing(Alert::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Alert::laChildId)
            .thenComparing(Alert::kind);

    public Alert {
        Objects.requireNonNull(laChildId, "laChildId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    public Severity severity() {
        return kind.severity();
    }
}
