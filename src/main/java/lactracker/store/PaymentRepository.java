package lactracker.store;

import static lactracker.store.jooq.Tables.HEALTH_ASSESSMENT;
import static lactracker.store.jooq.Tables.PAYMENT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lactracker.domain.Payment;
import lactracker.store.jooq.tables.records.PaymentRecord;
import org.jooq.DSLContext;

/** Invoices for assessments done by other areas' providers. */
public final class PaymentRepository {
    static final String TABLE = "payment";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public PaymentRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public Payment insert(Payment payment) {
        return dsl.transactionResult(() -> {
            PaymentRecord row = toRow(payment);
            row.changed(PAYMENT.ID, false);
            Payment theirs = findByAssessment(payment.assessmentId()).orElse(null);
            if (theirs != null) {
                throw stale(theirs.id()); // another desk recorded this assessment's invoice since
            }
            long id;
            try {
                id = dsl.insertInto(PAYMENT).set(row).returning(PAYMENT.ID).fetchOne().getId();
            } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
                // at the same moment: PostgreSQL has ended the transaction, so nothing more can be read to name them
                throw new StaleRecordException("store.stale.payment");
            }
            Payment saved = payment.withId(id).withVersion(0);
            audit.inserted(TABLE, id, childOf(payment.assessmentId()), saved);
            return saved;
        });
    }

    /** Saves changes to an invoice read earlier; refused when it changed since it was read. */
    public Payment update(Payment payment) {
        return dsl.transactionResult(() -> {
            Payment before = findById(payment.id()).orElseThrow(() -> new StaleRecordException("store.stale.payment"));
            PaymentRecord row = toRow(payment);
            row.changed(PAYMENT.ID, false);
            row.setVersion(payment.version() + 1);
            int updated = dsl.update(PAYMENT).set(row)
                    .where(PAYMENT.ID.eq(payment.id()).and(PAYMENT.VERSION.eq(payment.version()))).execute();
            if (updated == 0) {
                throw audit.stale(TABLE, payment.id(), "store.stale.payment");
            }
            Payment saved = payment.withVersion(payment.version() + 1);
            audit.updated(TABLE, payment.id(), childOf(payment.assessmentId()), before, saved);
            return saved;
        });
    }

    /**
     * Deletes an invoice logged in error, as it was read; audited with what it held. Refused when it
     * changed since it was read: the person deleting it has not seen the change.
     */
    public void delete(Payment read) {
        dsl.transaction(() -> {
            Payment before = findById(read.id()).orElseThrow(() -> new StaleRecordException("store.stale.payment"));
            int deleted = dsl.deleteFrom(PAYMENT)
                    .where(PAYMENT.ID.eq(read.id()).and(PAYMENT.VERSION.eq(read.version()))).execute();
            if (deleted == 0) {
                throw audit.stale(TABLE, read.id(), "store.stale.payment");
            }
            audit.deleted(TABLE, read.id(), childOf(before.assessmentId()), before);
        });
    }

    /** The refusal of a save over an invoice someone else recorded or changed, naming who and when. */
    public StaleRecordException stale(long id) {
        return audit.stale(TABLE, id, "store.stale.payment");
    }

    public Optional<Payment> findById(long id) {
        return dsl.selectFrom(PAYMENT).where(PAYMENT.ID.eq(id)).fetchOptional().map(PaymentRepository::toPayment);
    }

    public Optional<Payment> findByAssessment(long assessmentId) {
        return dsl.selectFrom(PAYMENT).where(PAYMENT.ASSESSMENT_ID.eq(assessmentId)).fetchOptional()
                .map(PaymentRepository::toPayment);
    }

    /** Payments whose invoice was received between the two dates, both included. */
    public List<Payment> findInvoicedBetween(LocalDate from, LocalDate to) {
        return dsl.selectFrom(PAYMENT).where(PAYMENT.INVOICE_RECEIVED.between(from, to))
                .orderBy(PAYMENT.INVOICE_RECEIVED, PAYMENT.ID).fetch(PaymentRepository::toPayment);
    }

    private Long childOf(long assessmentId) {
        return dsl.select(HEALTH_ASSESSMENT.CHILD_ID).from(HEALTH_ASSESSMENT)
                .where(HEALTH_ASSESSMENT.ID.eq(assessmentId)).fetchOne(HEALTH_ASSESSMENT.CHILD_ID);
    }

    static PaymentRecord toRow(Payment p) {
        PaymentRecord r = new PaymentRecord();
        r.setId(p.id());
        r.setAssessmentId(p.assessmentId());
        r.setInvoiceReference(p.invoiceReference());
        r.setInvoiceReceived(p.invoiceReceived());
        r.setAmount(p.amount());
        r.setCommissionerVerified(p.commissionerVerified());
        r.setVerifiedById(p.verifiedById());
        r.setVerifiedOn(p.verifiedOn());
        r.setPaidOn(p.paidOn());
        r.setNote(p.note());
        r.setVersion(p.version());
        return r;
    }

    static Payment toPayment(PaymentRecord r) {
        return toPayment((Row) r::get);
    }

    static Payment toPayment(Row r) {
        return new Payment(r.get(PAYMENT.ID), r.get(PAYMENT.ASSESSMENT_ID), r.get(PAYMENT.INVOICE_REFERENCE),
                r.get(PAYMENT.INVOICE_RECEIVED), r.get(PAYMENT.AMOUNT), r.get(PAYMENT.COMMISSIONER_VERIFIED),
                r.get(PAYMENT.VERIFIED_BY_ID), r.get(PAYMENT.VERIFIED_ON), r.get(PAYMENT.PAID_ON), r.get(PAYMENT.NOTE),
                r.get(PAYMENT.VERSION));
    }
}
