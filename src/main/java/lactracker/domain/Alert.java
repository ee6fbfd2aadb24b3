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

    /** The order cli.md lists alerts in: severity, then due date (none last), then child, then kind. */
    public static final Comparator<Alert> ORDER = (a, b) -> {
        int c = a.kind.severity().compareTo(b.kind.severity());
        if (c != 0) {
            return c;
        }
        if (a.dueDate != b.dueDate) {
            if (a.dueDate == null) {
                return 1;
            }
            if (b.dueDate == null) {
                return -1;
            }
            c = a.dueDate.compareTo(b.dueDate);
            if (c != 0) {
                return c;
            }
        }
        c = a.laChildId.compareTo(b.laChildId);
        return c != 0 ? c : a.kind.compareTo(b.kind);
    };

    public Alert {
        Objects.requireNonNull(laChildId, "laChildId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    public Severity severity() {
        return kind.severity();
    }
}
