package lactracker.ui.audit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lactracker.app.AuditService;
import lactracker.app.ReportFormat;
import lactracker.domain.AuditPeriod;
import lactracker.domain.AuditRow;
import lactracker.domain.AuditSubject;
import lactracker.ui.Messages;
import lactracker.ui.Tables;
import lactracker.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Audit screen's state: the period (a quarter, the last complete one at first, or dates of one's
 * own) and the as-at date; the summary rows worked out in the background with last period's percentage;
 * the children or assessments behind the chosen row; and the export of the sheet as XLSX, CSV or JSON.
 */
public final class AuditViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AuditViewModel.class);
    private static final int QUARTERS = 12;

    /** A summary row with last period's percentage beside it. */
    public record Line(AuditRow row, BigDecimal lastPercent) {
    }

    public enum Format { XLSX, CSV, JSON }

    private final TaskRunner runner;
    private final AuditService service;
    private final String logFolder;
    private final ObservableList<AuditPeriod> quarters = FXCollections.observableArrayList();
    public final ObjectProperty<AuditPeriod> quarter = new SimpleObjectProperty<>(this, "quarter");
    public final BooleanProperty ownDates = new SimpleBooleanProperty(this, "ownDates", false);
    public final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    public final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    public final ObjectProperty<LocalDate> asAt = new SimpleObjectProperty<>(this, "asAt");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<AuditSubject> subjects = FXCollections.observableArrayList();
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private AuditService.Audit audit;
    private final lactracker.ui.task.Latest latest = new lactracker.ui.task.Latest();
    private lactracker.ui.task.BackgroundTask<AuditService.Audit> computing;

    public AuditViewModel(TaskRunner runner, AuditService service, String logFolder) {
        this.runner = runner;
        this.service = service;
        this.logFolder = logFolder;
        LocalDate today = service.today();
        AuditPeriod q = AuditPeriod.lastCompleteQuarter(today);
        for (int i = 0; i < QUARTERS; i++) {
            quarters.add(q);
            q = q.previous();
        }
        quarter.set(quarters.get(0));
        from.set(quarters.get(0).from());
        to.set(quarters.get(0).to());
        quarter.addListener((o, a, p) -> {
            if (p != null) {
                from.set(p.from());
                to.set(p.to());
                asAt.set(p.to());
            }
        });
        to.addListener((o, a, d) -> {
            if (ownDates.get() && d != null) {
                asAt.set(d);
            }
        });
        asAt.set(quarters.get(0).to());
        selected.addListener((o, a, line) -> subjects.setAll(line == null ? List.of() : line.row().subjects()));
    }

    private boolean unreadable;

    /** A date field holds text that is not a date: nothing is worked out until it reads. */
    public void unreadableDate(boolean bad) {
        unreadable = bad;
        message.set(bad ? Messages.get("audit.problem.unreadable") : "");
    }

    /** The period chosen, or null with a message when the dates do not make one. */
    public AuditPeriod period() {
        if (unreadable) {
            message.set(Messages.get("audit.problem.unreadable"));
            return null;
        }
        if (!ownDates.get()) {
            return quarter.get();
        }
        if (from.get() == null || to.get() == null) {
            message.set(Messages.get("audit.problem.dates"));
            return null;
        }
        if (to.get().isBefore(from.get())) {
            message.set(Messages.get("audit.problem.order"));
            return null;
        }
        return AuditPeriod.between(from.get(), to.get());
    }

    /** Works the sheet out in the background. */
    public void compute() {
        AuditPeriod period = period();
        if (period == null) {
            return;
        }
        LocalDate at = asAt.get() == null ? period.to() : asAt.get();
        if (at.isBefore(period.to())) {
            message.set(Messages.get("audit.problem.asAt"));
            return;
        }
        var mine = latest.next();
        working.set(true);
        ready.set(false);
        message.set(Messages.get("audit.working"));
        long started = System.nanoTime();
        computing = runner.task(progress -> service.audit(period, at, progress::isCancelled)).whileNewest(mine);
        computing.onCancelled(() -> {
            working.set(false);
            message.set(Messages.get("audit.stopped"));
        }).onSuccess(result -> {
            LOG.info("Audit sheet worked out in {} ms", (System.nanoTime() - started) / 1_000_000);
            audit = result;
            List<Line> next = new ArrayList<>();
            for (AuditRow r : result.sheet().rows()) {
                if (lactracker.domain.AuditMeasure.byId(r.id()).section() == lactracker.domain.AuditMeasure.Section.AUDIT) {
                    next.add(new Line(r, result.previous().row(r.id()).percent())); // health needs: their own screen
                }
            }
            String chosen = selected.get() == null ? null : selected.get().row().id();
            lines.setAll(next);
            selected.set(next.stream().filter(l -> l.row().id().equals(chosen)).findFirst().orElse(null));
            heading.set(Messages.format("audit.heading", result.sheet().period().described(),
                    Tables.date(result.sheet().asAt()), result.previous().period().described()));
            message.set("");
            working.set(false);
            ready.set(true);
        }).onFailure(error -> {
            working.set(false);
            LOG.error("The audit sheet could not be worked out", error);
            message.set(Messages.forError(error, logFolder));
        }).start();
    }

    /** Stops working the sheet out; what was shown before stays. */
    public void stop() {
        if (computing != null && working.get()) {
            computing.cancel();
        }
    }

    /** The file name the export suggests: "LAC health audit 2016-17 Q4.xlsx". */
    public String suggestedName(Format format) {
        AuditPeriod p = audit == null ? quarter.get() : audit.sheet().period();
        return AuditService.fileName(p, format.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Writes the sheet worked out last to {@code file}, in the background. */
    public void export(Format format, Path file) {
        AuditService.Audit current = audit;
        if (current == null || working.get()) {
            return;
        }
        working.set(true);
        message.set(Messages.format("audit.exporting", file.getFileName().toString()));
        runner.task(progress -> {
            switch (format) {
                case XLSX -> service.writeXlsx(current, file);
                case CSV -> service.writeReport(current, ReportFormat.CSV, file);
                case JSON -> service.writeReport(current, ReportFormat.JSON, file);
                default -> throw new IllegalStateException();
            }
            return file;
        }).onSuccess(f -> {
            working.set(false);
            message.set(Messages.format("audit.exported", f.toString()));
        }).onFailure(error -> {
            working.set(false);
            LOG.error("The audit sheet could not be exported", error);
            message.set(Messages.forError(error, logFolder));
        }).start();
    }

    public ObservableList<AuditPeriod> quarters() {
        return quarters;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** The children or assessments behind the chosen row. */
    public ObservableList<AuditSubject> subjects() {
        return subjects;
    }

    public ObjectProperty<Line> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** A sheet has been worked out and can be exported. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
