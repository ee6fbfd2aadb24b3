package lactracker.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The invoice for an assessment done by another area's provider (rules.md section 4).
 *
 * @param commissionerVerified  someone checked that the child was ours on the assessment date
 * @param version               optimistic-lock counter: a save of a stale copy is refused
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
        String note,
        int version) {

    /** An invoice not yet saved (or whose version is not in question). */
    public Payment(Long id, long assessmentId, String invoiceReference, LocalDate invoiceReceived, BigDecimal amount,
            boolean commissionerVerified, Long verifiedById, LocalDate verifiedOn, LocalDate paidOn, String note) {
        this(id, assessmentId, invoiceReference, invoiceReceived, amount, commissionerVerified, verifiedById,
                verifiedOn, paidOn, note, 0);
    }

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
                verifiedById, verifiedOn, paidOn, note, version);
    }

    public Payment withVersion(int newVersion) {
        return new Payment(id, assessmentId, invoiceReference, invoiceReceived, amount, commissionerVerified,
                verifiedById, verifiedOn, paidOn, note, newVersion);
    }
}
