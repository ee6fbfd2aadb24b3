package lactracker.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The invoice for an assessment done by another area's provider (rules.md section 4).
 *
 * @param commissionerVerified  someone checked that the child was ours on the assessment date
 */
public record Payment(
        Long id,
        long assessmentId,
        String invoiceReference,
        LocalDate invoiceReceived,
        BigDecimal amount,
        boolean commissionerVerified,
        Long verifiedById,
        LocalDate verifiedOn,
        LocalDate paidOn,
        String note) {

    public Payment {
        Objects.requireNonNull(invoiceReceived, "invoiceReceived");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an invoice amount cannot be negative");
        }
        if (commissionerVerified && verifiedOn == null) {
            throw new IllegalArgumentException("a verified payment needs the date it was verified");
        }
    }

    public Payment withId(Long newId) {
        return new Payment(newId, assessmentId, invoiceReference, invoiceReceived, amount, commissionerVerified,
                verifiedById, verifiedOn, paidOn, note);
    }
}
