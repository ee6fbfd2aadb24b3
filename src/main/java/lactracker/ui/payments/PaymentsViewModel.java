package lactracker.ui.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import lactracker.app.PaymentsService;
import lactracker.app.PaymentsService.PaymentLine;
import lactracker.app.PaymentsService.QuarterTotal;
import lactracker.domain.FieldProblem;
import lactracker.domain.Payment;
import lactracker.domain.TeamMember;
import lactracker.ui.Messages;
import lactracker.ui.Tables;
import lactracker.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Payments screen's state: out-of-area assessments with their invoices, read in the background; a
 * filter; the totals per quarter; and the chosen line's invoice in a form, checked and saved in one
 * transaction.
 */
public final class PaymentsViewModel implements lactracker.ui.screen.ChildLinesModel {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentsViewModel.class);

    /** Which lines show. */
    public enum Show { TO_ACT_ON, TO_VERIFY, NOT_OURS, NOT_INVOICED, EVERY }

    private static final lactracker.ui.ChildLines<PaymentLine> LINES = new lactracker.ui.ChildLines<>(
            PaymentLine::childId, PaymentsService.ORDER);

    private final TaskRunner runner;
    private final PaymentsService service;
    private final Supplier<List<TeamMember>> team;
    private final String logFolder;
    private final ObservableList<PaymentLine> rows = FXCollections.observableArrayList();
    private final ObservableList<QuarterTotal> totals = FXCollections.observableArrayList();
    private final ObservableList<TeamMember> members = FXCollections.observableArrayList();
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(this, "show", Show.TO_ACT_ON);
    private final ObjectProperty<PaymentLine> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper responsibility = new ReadOnlyStringWrapper(this, "responsibility", "");
    private final ReadOnlyBooleanWrapper notOurs = new ReadOnlyBooleanWrapper(this, "notOurs", false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final Map<String, Boolean> unreadable = new HashMap<>();

    public final StringProperty invoiceReference = new SimpleStringProperty(this, "invoiceReference", "");
    public final ObjectProperty<LocalDate> invoiceReceived = new SimpleObjectProperty<>(this, "invoiceReceived");
    public final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    public final BooleanProperty verified = new SimpleBooleanProperty(this, "verified", false);
    public final ObjectProperty<TeamMember> verifiedBy = new SimpleObjectProperty<>(this, "verifiedBy");
    public final ObjectProperty<LocalDate> verifiedOn = new SimpleObjectProperty<>(this, "verifiedOn");
    public final ObjectProperty<LocalDate> paidOn = new SimpleObjectProperty<>(this, "paidOn");
    public final StringProperty note = new SimpleStringProperty(this, "note", "");

    private List<PaymentLine> all = List.of();
    private LocalDate day;
    private final lactracker.ui.task.Latest latest = new lactracker.ui.task.Latest();
    private LongConsumer onChanged = id -> { };

    public PaymentsViewModel(TaskRunner runner, PaymentsService service, Supplier<List<TeamMember>> team, String logFolder) {
        this.runner = runner;
        this.service = service;
        this.team = team;
        this.logFolder = logFolder;
        show.addListener((o, a, b) -> show());
        selected.addListener((o, a, line) -> {
            // A reading that brings back the same line keeps what is being typed into its invoice.
            if (!(edited && a != null && line != null && a.assessment().id().equals(line.assessment().id()))) {
                fill(line);
            }
        });
        for (javafx.beans.value.ObservableValue<?> typed : new javafx.beans.value.ObservableValue<?>[] {invoiceReference, invoiceReceived, amount,
            verified, verifiedBy, verifiedOn, paidOn, note}) {
            typed.addListener((o, was, now) -> edited |= !filling); // a change, not an invalidation: nobody may have read it
        }
        verified.addListener((o, was, now) -> {
            if (now && verifiedOn.get() == null) {
                verifiedOn.set(day);
            }
        });
    }

    /** Told the child's id after each save, so the alerts can be worked out again for that child. */
    public void setOnChanged(LongConsumer onChanged) {
        this.onChanged = onChanged;
    }

    public void load() {
        var mine = latest.next();
        loading.set(true);
        long started = System.nanoTime();
        var reading = runner.task(progress -> new Loaded(service.today(), service.payments(), team.get()));
        reading.whileNewest(mine).onSuccess(loaded -> {
            LOG.info("Payments read: {} lines, {} quarters, in {} ms", loaded.payments().lines().size(),
                    loaded.payments().totals().size(), (System.nanoTime() - started) / 1_000_000);
            day = loaded.day();
            all = loaded.payments().lines();
            totals.setAll(loaded.payments().totals());
            members.setAll(loaded.team().stream().filter(TeamMember::active).toList());
            loading.set(false);
            show();
            pending.linesArrived();
        }).onFailure(error -> {
            LOG.error("The payments could not be read", error);
            loading.set(false);
            summary.set(Messages.forError(error, logFolder));
        }).start();
    }

    private final lactracker.ui.PendingChild pending = new lactracker.ui.PendingChild(this::choose);

    /**
     * Chooses the first line of one child (from the child's record), showing every line so it is there;
     * when the lines are still being read, once they arrive.
     */
    public void showChild(long childId) {
        pending.ask(childId, !loading.get() && !all.isEmpty());
    }

    private void choose(long childId) {
        show.set(Show.EVERY);
        selected.set(rows.stream().filter(l -> l.childId() == childId).findFirst().orElse(null));
        message.set(selected.get() == null ? Messages.get("payments.noneForChild") : "");
    }

    private record Loaded(LocalDate day, PaymentsService.Payments payments, List<TeamMember> team) {
    }

    /** Reads one child's lines again after a change elsewhere. */
    public void refreshChild(long childId) {
        var mine = latest.current();
        List<PaymentLine> before = all;
        runner.task(progress -> LINES.replace(before, childId, service.linesOf(childId))).whileNewest(mine)
                .onSuccess(this::put).start();
    }

    private void put(lactracker.ui.ChildLines.Replacement<PaymentLine> replacement) {
        all = replacement.onto(all);
        show();
        // The totals run over every invoice: worked out again in the background, for the latest lines only.
        List<PaymentLine> lines = all;
        runner.task(progress -> PaymentsService.totals(lines)).onSuccess(t -> {
            if (lines == all) {
                totals.setAll(t);
            }
        }).start();
    }

    private static boolean matches(Show s, PaymentLine l) {
        Payment p = l.payment();
        return switch (s) {
            case EVERY -> true;
            case TO_ACT_ON -> p == null || !p.commissionerVerified() || p.paidOn() == null;
            case TO_VERIFY -> p != null && !p.commissionerVerified();
            case NOT_OURS -> l.notOurs();
            case NOT_INVOICED -> p == null;
        };
    }

    private void show() {
        PaymentLine was = selected.get();
        Show s = show.get() == null ? Show.EVERY : show.get();
        List<PaymentLine> shown = all.stream().filter(l -> matches(s, l)).toList();
        rows.setAll(shown);
        long toVerify = all.stream().filter(l -> matches(Show.TO_VERIFY, l)).count();
        long notOursCount = all.stream().filter(l -> l.notOurs() && l.payment() != null).count();
        summary.set(Messages.format("payments.summary", all.size(), toVerify, notOursCount, Tables.date(day)));
        if (was != null) {
            selected.set(shown.stream().filter(l -> l.assessment().id().equals(was.assessment().id())).findFirst().orElse(null));
        }
    }

    private boolean filling;
    private boolean edited;

    /** Something typed into the invoice is not saved. */
    public boolean hasUnsavedChanges() {
        return edited;
    }

    private void fill(PaymentLine line) {
        filling = true;
        problems.clear();
        unreadable.clear();
        message.set("");
        Payment p = line == null ? null : line.payment();
        invoiceReference.set(p == null || p.invoiceReference() == null ? "" : p.invoiceReference());
        invoiceReceived.set(p == null ? (line == null ? null : day) : p.invoiceReceived());
        amount.set(p != null ? p.amount().toPlainString() : line != null && line.tariff() != null ? line.tariff().toPlainString() : "");
        verified.set(p != null && p.commissionerVerified());
        verifiedBy.set(p == null || p.verifiedById() == null ? null
                : members.stream().filter(m -> m.id().equals(p.verifiedById())).findFirst().orElse(null));
        verifiedOn.set(p == null ? null : p.verifiedOn());
        paidOn.set(p == null ? null : p.paidOn());
        note.set(p == null || p.note() == null ? "" : p.note());
        notOurs.set(line != null && line.notOurs());
        responsibility.set(line == null ? "" : line.responsible()
                ? Messages.format("payments.responsible.yes", Tables.date(line.completedOn()))
                : Messages.format("payments.responsible.no", Tables.date(line.completedOn())));
        filling = false;
        edited = false;
    }

    /** A date field holds text that is not a date. */
    public void unreadableDate(String field, boolean bad) {
        unreadable.put(field, bad);
        if (bad) {
            problems.put(field, Messages.get("form.dateUnreadable"));
        } else {
            problems.remove(field);
        }
    }

    private Map<String, String> formProblems() {
        Map<String, String> p = new HashMap<>();
        unreadable.forEach((field, bad) -> {
            if (bad) {
                p.put(field, Messages.get("form.dateUnreadable"));
            }
        });
        if (invoiceReceived.get() == null) {
            p.putIfAbsent("invoiceReceived", Messages.get("payments.problem.received"));
        }
        BigDecimal a = amount();
        if (a == null) {
            p.put("amount", Messages.get("payments.problem.amount"));
        } else {
            lactracker.domain.FieldProblem problem = lactracker.domain.PaymentChecks.amount(a);
            if (problem != null) {
                p.put(problem.field(), problem.message());
            }
        }
        if (verified.get() && verifiedOn.get() == null) {
            p.putIfAbsent("verifiedOn", Messages.get("payments.problem.verifiedOn"));
        }
        return p;
    }

    private BigDecimal amount() {
        String text = amount.get() == null ? "" : amount.get().strip().replace("£", "").replace(",", "");
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Checks and saves the chosen line's invoice in the background. */
    public void save() {
        PaymentLine line = selected.get();
        if (line == null || saving.get()) {
            return;
        }
        Map<String, String> local = formProblems();
        if (!local.isEmpty()) {
            problems.clear();
            problems.putAll(local);
            message.set(Messages.get("payments.notSaved"));
            return;
        }
        TeamMember by = verifiedBy.get();
        Payment typed = new Payment(line.payment() == null ? null : line.payment().id(), line.assessment().id(),
                invoiceReference.get(), invoiceReceived.get(), amount(), verified.get(), by == null ? null : by.id(),
                verified.get() ? verifiedOn.get() : null, paidOn.get(), note.get());
        List<PaymentLine> before = all;
        saving.set(true);
        runner.task(progress -> {
            service.save(line, typed);
            return LINES.replace(before, line.childId(), service.linesOf(line.childId()));
        }).onSuccess(fresh -> {
            saving.set(false);
            edited = false;
            put(fresh);
            message.set(Messages.get("payments.saved"));
            onChanged.accept(line.childId());
        }).onFailure(lactracker.ui.SaveFailure.shown(() -> saving.set(false), problems, message, "payments.notSaved", LOG,
                "An invoice could not be saved", logFolder)).start();
    }

    /** The chosen line's invoice in words, for a question ("invoice INV-7 for Ola Ours"). */
    public String describedInvoice() {
        PaymentLine line = selected.get();
        if (line == null || line.payment() == null) {
            return "";
        }
        String ref = line.payment().invoiceReference() == null ? Tables.date(line.payment().invoiceReceived())
                : line.payment().invoiceReference();
        return Messages.format("payments.what", ref, line.childName());
    }

    /**
     * Deletes the chosen line's invoice, logged in error, in the background (one transaction, audited);
     * the line stays, not invoiced, and the alerts are worked out again for the child.
     */
    public void deleteInvoice() {
        PaymentLine line = selected.get();
        if (line == null || line.payment() == null || saving.get()) {
            return;
        }
        List<PaymentLine> before = all;
        saving.set(true);
        runner.task(progress -> {
            service.deleteInvoice(line);
            return LINES.replace(before, line.childId(), service.linesOf(line.childId()));
        }).onSuccess(fresh -> {
            saving.set(false);
            edited = false;
            put(fresh);
            fill(selected.get());
            message.set(Messages.get("payments.deleted"));
            onChanged.accept(line.childId());
        }).onFailure(error -> {
            saving.set(false);
            if (error instanceof lactracker.domain.UserFacingException) {
                message.set(error.getMessage());
            } else {
                LOG.error("An invoice could not be deleted", error);
                message.set(Messages.forError(error, logFolder));
            }
        }).start();
    }

    public ObservableList<PaymentLine> rows() {
        return rows;
    }

    public ObservableList<QuarterTotal> totals() {
        return totals;
    }

    public ObservableList<TeamMember> members() {
        return members;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ObjectProperty<PaymentLine> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether we were the responsible commissioner on the chosen assessment's date, in words. */
    public ReadOnlyStringProperty responsibilityProperty() {
        return responsibility.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty notOursProperty() {
        return notOurs.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }
}
