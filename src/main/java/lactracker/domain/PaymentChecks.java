package lactracker.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks on an out-of-area invoice (rules.md section 4) before it is saved. The one that matters most:
 * an invoice cannot be verified, nor paid, for a child we were not responsible for on the assessment date.
 */
public final class PaymentChecks {
    private static final BigDecimal MOST = new BigDecimal("99999999.99");

    private PaymentChecks() {
    }

    /**
     * @param completedOn  the assessment's completion date
     * @param responsible  we were the responsible commissioner on that date (from the episodes)
     */
    /**
     * What is wrong with an invoice's amount (negative, too large, finer than pence), or null: the one rule,
     * for the form as it is typed and for the save.
     */
    public static FieldProblem amount(java.math.BigDecimal amount) {
        if (amount.signum() < 0) {
            return new FieldProblem("amount", Words.get("payment.check.negative"));
        } else if (amount.compareTo(MOST) > 0) {
            return new FieldProblem("amount", Words.get("payment.check.tooLarge"));
        } else if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            return new FieldProblem("amount", Words.get("payment.check.pence"));
        }
        return null;
    }

    public static List<FieldProblem> problems(Payment p, LocalDate completedOn, boolean responsible, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate received = p.invoiceReceived();
        if (received.isAfter(today)) {
            problems.add(new FieldProblem("invoiceReceived", Words.get("payment.check.receivedInFuture")));
        } else if (completedOn != null && received.isBefore(completedOn)) {
            problems.add(new FieldProblem("invoiceReceived",
                    Words.format("payment.check.receivedBeforeDone", Dates.written(completedOn))));
        }
        FieldProblem amount = amount(p.amount());
        if (amount != null) {
            problems.add(amount);
        }
        if (p.commissionerVerified()) {
            if (!responsible) {
                problems.add(new FieldProblem("commissionerVerified", Words.format("payment.check.notOurs",
                        String.valueOf(completedOn))));
            }
            if (p.verifiedById() == null) {
                problems.add(new FieldProblem("verifiedBy", Words.get("payment.check.verifiedBy")));
            }
            if (p.verifiedOn().isAfter(today)) {
                problems.add(new FieldProblem("verifiedOn", Words.get("payment.check.verifiedInFuture")));
            } else if (p.verifiedOn().isBefore(received)) {
                problems.add(new FieldProblem("verifiedOn", Words.get("payment.check.verifiedBeforeReceived")));
            }
        }
        LocalDate paid = p.paidOn();
        if (paid != null) {
            if (!p.commissionerVerified()) {
                problems.add(new FieldProblem("paidOn", Words.get("payment.check.verifyFirst")));
            } else if (paid.isAfter(today)) {
                problems.add(new FieldProblem("paidOn", Words.get("payment.check.paidInFuture")));
            } else if (paid.isBefore(received)) {
                problems.add(new FieldProblem("paidOn", Words.get("payment.check.paidBeforeReceived")));
            }
        }
        ChildChecks.tooLong(problems, "invoiceReference", "check.what.invoiceReference", p.invoiceReference(), 50);
        ChildChecks.tooLong(problems, "note", "check.what.note", p.note(), 500);
        return problems;
    }
}
