package lactracker.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One alert for one child on one day, with the record it concerns so a screen can open it.
 *
 * @param dueDate       the date the alert is about (the duty's due date, the response due date...);
 *                      null for a dental check never recorded
 * @param figures       what else its sentence says (a second date, a count, an amount), for each screen to word
 * @param assessmentId  the assessment it concerns, where there is one
 * @param escalationId  the escalation it concerns, for an escalation step
 * @param paymentId     the payment it concerns, for an unverified payment
 */
public record Alert(
        long childId,
        String laChildId,
        AlertKind kind,
        LocalDate dueDate,
        Figures figures,
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
        Objects.requireNonNull(figures, "figures");
    }

    /**
     * What an alert says besides its kind and due date, by kind: {@code date} is the step's date (escalation),
     * the IHA's (UASC review), the last dental check (null: none recorded), the RHA's (caries), the 18th
     * birthday, the invoice's; {@code number} is the working days late or left, or the escalation's level;
     * {@code label} the assessment or escalation type; {@code amount} the invoice's.
     */
    public record Figures(LocalDate date, Integer number, String label, java.math.BigDecimal amount) {
        public static final Figures NONE = new Figures(null, null, null, null);

        public static Figures date(LocalDate date) {
            return new Figures(date, null, null, null);
        }
    }

    /**
     * The alert in one short plain-English line, dates as 2017-02-06, with no name or other personal detail:
     * the DETAIL column of cli.md's alerts file.
     */
    public String detail() {
        LocalDate d = figures.date();
        Integer n = figures.number();
        String due = String.valueOf(dueDate);
        String on = String.valueOf(d);
        String days = n == null ? "" : Words.format(n == 1 ? "alert.detail.workingDay" : "alert.detail.workingDays",
                String.valueOf(n));
        return switch (kind) {
            case IHA_REQUEST_LATE -> Words.format("alert.detail.requestLate", due);
            case IHA_OVERDUE, RHA_OVERDUE -> Words.format("alert.detail.overdue", figures.label(), due, days);
            case IHA_DUE_SOON, RHA_DUE_SOON -> n == 0 ? Words.format("alert.detail.dueToday", figures.label(), due)
                    : Words.format("alert.detail.dueSoon", figures.label(), due, days);
            case ESCALATION_STEP_DUE -> Words.format("alert.detail.escalation", figures.label(), String.valueOf(n), on);
            case UASC_REVIEW_INCOMPLETE -> Words.format("alert.detail.uasc", on);
            case DENTAL_CHECK_OVERDUE -> d == null ? Words.get("alert.detail.noDentalCheck")
                    : Words.format("alert.detail.lastDentalCheck", on);
            case CARIES_NOT_FOLLOWED_UP -> Words.format("alert.detail.caries", on);
            case TURNING_18 -> Words.format("alert.detail.turning18", on);
            case PAYMENT_UNVERIFIED -> Words.format("alert.detail.payment", on, String.valueOf(figures.amount()));
        };
    }

    public Severity severity() {
        return kind.severity();
    }
}
