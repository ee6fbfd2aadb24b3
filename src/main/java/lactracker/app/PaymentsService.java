package lactracker.app;

import lactracker.domain.Action;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lactracker.domain.AssessmentType;
import lactracker.domain.AuditPeriod;
import lactracker.domain.CareHistory;
import lactracker.domain.ChildCase;
import lactracker.domain.ChildSummary;
import lactracker.domain.FieldProblem;
import lactracker.domain.HealthAssessment;
import lactracker.domain.OutOfArea;
import lactracker.domain.Payment;
import lactracker.domain.PaymentChecks;
import lactracker.domain.TariffPrice;
import lactracker.domain.Words;

/**
 * The Payments screen's work (rules.md section 4): every assessment done by another area's provider with
 * its invoice, whether we were the responsible commissioner on the assessment date (worked out from the
 * episodes, so an invoice for a child who was not ours is caught), the tariff price that day, and the
 * totals per quarter.
 */
public final class PaymentsService {
    private final AppContext context;
    private final Caseload caseload;

    PaymentsService(AppContext context, Caseload caseload) {
        this.context = context;
        this.caseload = caseload;
    }

    /**
     * One out-of-area assessment.
     *
     * @param payment     null until the invoice is entered
     * @param responsible we were the responsible commissioner on the assessment date
     * @param tariff      the tariff price of that type on that date; null when the tariff has none
     */
    public record PaymentLine(long childId, String childName, String laChildId, HealthAssessment assessment,
            Payment payment, boolean responsible, BigDecimal tariff) {

        public AssessmentType type() {
            return assessment.type();
        }

        public LocalDate completedOn() {
            return assessment.completedOn();
        }

        /** The invoice differs from the tariff price of the day. */
        public boolean differsFromTariff() {
            return payment != null && tariff != null && payment.amount().compareTo(tariff) != 0;
        }

        /** An invoice we hold for a child who was not ours: the error the checking exists to stop. */
        public boolean notOurs() {
            return !responsible;
        }
    }

    /** A quarter's invoices: how many, how much, and how much of it is verified and paid. */
    public record QuarterTotal(String quarter, int invoices, BigDecimal invoiced, BigDecimal verified, BigDecimal paid) {
    }

    /** What the screen shows: the lines, the team (to name who verified), and the totals per quarter. */
    public record Payments(List<PaymentLine> lines, List<QuarterTotal> totals) {
    }

    public LocalDate today() {
        return LocalDate.now(context.clock());
    }

    public Payments payments() {
        List<PaymentLine> lines = caseload.day(today()).children().stream()
                .flatMap(c -> c.payments().stream())
                .sorted(ORDER)
                .toList();
        return new Payments(lines, totals(lines));
    }

    /** One child's lines again after a change. */
    public List<PaymentLine> linesOf(long childId) {
        return caseload.child(childId, today()).map(Caseload.ChildDay::payments).orElse(List.of());
    }

    /** Not yet invoiced first, then unverified, then unpaid, then paid; oldest assessment first within each. */
    public static final Comparator<PaymentLine> ORDER = Comparator.comparingInt((PaymentLine l) -> stage(l))
            .thenComparing(PaymentLine::completedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PaymentLine::laChildId);

    private static int stage(PaymentLine l) {
        if (l.payment() == null) {
            return 1;
        }
        if (!l.payment().commissionerVerified()) {
            return 0; // an invoice waiting to be checked comes first: it is what the team lead must act on
        }
        return l.payment().paidOn() == null ? 2 : 3;
    }

    /** A child's invoice lines, against the tariff; "ours" from care and the practices' table (issue 24). */
    static List<PaymentLine> lines(ChildCase c, List<TariffPrice> tariff, lactracker.domain.Commissioners commissioners) {
        CareHistory history = CareHistory.of(c.episodes());
        String name = ChildSummary.displayName(c.child());
        List<PaymentLine> lines = new ArrayList<>();
        for (HealthAssessment a : c.assessments()) {
            Payment payment = c.payments().stream().filter(p -> p.assessmentId() == a.id()).findFirst().orElse(null);
            if ((a.outOfArea() && a.completedOn() != null) || payment != null) {
                LocalDate on = a.completedOn() != null ? a.completedOn() : a.outcomeDate();
                lines.add(new PaymentLine(c.child().id(), name, c.child().laChildId(), a, payment,
                        commissioners.oursOn(c.child(), history, on),
                        on == null ? null : OutOfArea.tariffOn(tariff, a.type(), on).orElse(null)));
            }
        }
        return lines;
    }

    /** Totals by the NHS financial quarter the invoice was received in, latest quarter first. */
    public static List<QuarterTotal> totals(List<PaymentLine> lines) {
        Map<LocalDate, QuarterTotal> byQuarter = new TreeMap<>(Comparator.reverseOrder());
        for (PaymentLine l : lines) {
            Payment p = l.payment();
            if (p == null) {
                continue;
            }
            AuditPeriod q = AuditPeriod.quarterOf(p.invoiceReceived());
            QuarterTotal t = byQuarter.getOrDefault(q.from(), new QuarterTotal(q.label(), 0, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO));
            byQuarter.put(q.from(), new QuarterTotal(t.quarter(), t.invoices() + 1, t.invoiced().add(p.amount()),
                    p.commissionerVerified() ? t.verified().add(p.amount()) : t.verified(),
                    p.paidOn() != null ? t.paid().add(p.amount()) : t.paid()));
        }
        return List.copyOf(byQuarter.values());
    }

    /**
     * Saves a line's invoice: a new one or a change to the one there.
     *
     * @throws FieldProblem.Refused when a check fails; nothing is written
     */
    public Payment save(PaymentLine line, Payment typed) {
        context.require(Action.RECORD_PAYMENTS);
        LocalDate today = today();
        ChildCase c = context.repositories().caseload().loadChild(line.childId())
                .orElseThrow(() -> refused("invoiceReceived", Words.get("refused.childGone")));
        HealthAssessment a = c.assessments().stream().filter(x -> x.id().equals(line.assessment().id())).findFirst()
                .orElseThrow(() -> refused("invoiceReceived", Words.get("refused.assessmentGone")));
        LocalDate on = a.completedOn() != null ? a.completedOn() : a.outcomeDate();
        boolean responsible = new RulesService(context.repositories()).commissioners()
                .oursOn(c.child(), CareHistory.of(c.episodes()), on);
        Payment stored = c.payments().stream().filter(p -> p.assessmentId() == a.id()).findFirst().orElse(null);
        Payment read = line.payment(); // as this desk saw it: a change since then by another is not overwritten
        if (stored != null && (read == null || !stored.id().equals(read.id()) || stored.version() != read.version())) {
            throw context.repositories().payments().stale(stored.id()); // recorded or changed by another desk since
        }
        if (stored == null && read != null) {
            throw context.repositories().payments().stale(read.id()); // deleted by another desk since
        }
        List<FieldProblem> problems = PaymentChecks.problems(typed, on, responsible, today);
        if (!problems.isEmpty()) {
            throw new FieldProblem.Refused(problems);
        }
        Payment toSave = new Payment(stored == null ? null : stored.id(), a.id(), blankToNull(typed.invoiceReference()),
                typed.invoiceReceived(), typed.amount(), typed.commissionerVerified(),
                typed.commissionerVerified() ? typed.verifiedById() : null,
                typed.commissionerVerified() ? typed.verifiedOn() : null, typed.paidOn(), blankToNull(typed.note()),
                read == null ? 0 : read.version());
        return stored == null ? context.repositories().payments().insert(toSave)
                : context.repositories().payments().update(toSave);
    }

    /** Deletes a line's invoice, logged in error: one transaction, audited; the line stays, not invoiced. */
    public void deleteInvoice(PaymentLine line) {
        context.require(Action.RECORD_PAYMENTS);
        if (line.payment() == null || line.payment().id() == null) {
            throw new lactracker.domain.UserFacingException(Words.get("payments.refused.noInvoice"));
        }
        context.database().transaction(() -> context.repositories().payments().delete(line.payment()));
    }

    private static FieldProblem.Refused refused(String field, String message) {
        return new FieldProblem.Refused(List.of(new FieldProblem(field, message)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
