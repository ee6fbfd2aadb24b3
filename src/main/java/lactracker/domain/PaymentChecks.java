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
            return new FieldProblem("amount", "The amount cannot be negative.");
        } else if (amount.compareTo(MOST) > 0) {
            return new FieldProblem("amount", "The amount is too large: check it.");
        } else if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            return new FieldProblem("amount", "Give the amount in pounds and pence, such as 450.00.");
        }
        return null;
    }

    public static List<FieldProblem> problems(Payment p, LocalDate completedOn, boolean responsible, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate received = p.invoiceReceived();
        if (received.isAfter(today)) {
            problems.add(new FieldProblem("invoiceReceived", "The invoice's received date cannot be in the future."));
        } else if (completedOn != null && received.isBefore(completedOn)) {
            problems.add(new FieldProblem("invoiceReceived",
                    "The invoice cannot be received before the assessment was done, on " + Dates.written(completedOn) + "."));
        }
        FieldProblem amount = amount(p.amount());
        if (amount != null) {
            problems.add(amount);
        }
        if (p.commissionerVerified()) {
            if (!responsible) {
                problems.add(new FieldProblem("commissionerVerified", "We were not the responsible commissioner on "
                        + completedOn + ": the child was not looked after by us that day. Do not verify this invoice;"
                        + " send it back to the provider."));
            }
            if (p.verifiedById() == null) {
                problems.add(new FieldProblem("verifiedBy", "Name who verified the invoice."));
            }
            if (p.verifiedOn().isAfter(today)) {
                problems.add(new FieldProblem("verifiedOn", "The date verified cannot be in the future."));
            } else if (p.verifiedOn().isBefore(received)) {
                problems.add(new FieldProblem("verifiedOn", "The invoice cannot be verified before it was received."));
            }
        }
        LocalDate paid = p.paidOn();
        if (paid != null) {
            if (!p.commissionerVerified()) {
                problems.add(new FieldProblem("paidOn", "Verify the responsible commissioner before recording a payment."));
            } else if (paid.isAfter(today)) {
                problems.add(new FieldProblem("paidOn", "The date paid cannot be in the future."));
            } else if (paid.isBefore(received)) {
                problems.add(new FieldProblem("paidOn", "The invoice cannot be paid before it was received."));
            }
        }
        ChildChecks.tooLong(problems, "invoiceReference", "The invoice reference", p.invoiceReference(), 50);
        ChildChecks.tooLong(problems, "note", "The note", p.note(), 500);
        return problems;
    }
}
