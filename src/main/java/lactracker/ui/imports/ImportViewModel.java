package lactracker.ui.imports;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lactracker.app.Import903;
import lactracker.ui.Messages;
import lactracker.ui.task.BackgroundTask;
import lactracker.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Import screen's state: the files chosen, what importing them would do (per table, and every
 * rejected row with its reason), and the import itself. Nothing is written until {@link #confirm};
 * cancelling a check or an import writes nothing (an import is one transaction).
 */
public final class ImportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);

    /** Where the screen is. */
    public enum State { EMPTY, CHECKING, CHECKED, IMPORTING, DONE, FAILED }

    /** One table's line of the summary. */
    public record SummaryRow(String table, int read, int created, int updated, int unchanged, int rejected) {
    }

    /**
     * One rejected row, or one imported with a warning, as the table shows it.
     *
     * @param warning  true for a row imported as the rules read it, which the local authority should correct
     */
    public record RejectionRow(String file, int line, String column, String reason, boolean warning) {
        /** "Rejected" or "Imported, with a warning", as the Kind column shows it. */
        public String kind() {
            return Messages.get(warning ? "import.kind.warning" : "import.kind.rejected");
        }
    }

    private final TaskRunner runner;
    private final Import903 importer;
    private final lactracker.app.ImportAssessments assessments;
    /** The team's assessment records checked and waiting for Import (in place of a 903 plan). */
    private lactracker.app.ImportAssessments.Plan assessmentsPlan;
    private final String username;
    private final String logFolder;
    private final Runnable afterImport;
    private java.util.function.Supplier<java.time.LocalDate> today = java.time.LocalDate::now;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EMPTY);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", Messages.get("import.empty"));
    private final ObservableList<SummaryRow> summary = FXCollections.observableArrayList();
    private final ObservableList<RejectionRow> rejections = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private Import903.Plan plan;
    private final BooleanBinding busy = Bindings.createBooleanBinding(this::busy, state);
    private final BooleanBinding canConfirm = Bindings.createBooleanBinding(
            () -> state.get() == State.CHECKED && (plan != null && plan.changesAnything()
                    || assessmentsPlan != null && assessmentsPlan.changesAnything()), state);
    private final BooleanBinding hasRejections = Bindings.isNotEmpty(rejections)
            .and(Bindings.createBooleanBinding(() -> plan != null || assessmentsPlan != null, state));
    private List<Path> files = List.of();
    private BackgroundTask<?> running;
    /** A stop asked for while writing: the import rolls back if it has not committed yet. */
    private final java.util.concurrent.atomic.AtomicBoolean stopImport = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * @param afterImport told on the UI thread when an import has been written (to refresh counts)
     */
    public ImportViewModel(TaskRunner runner, Import903 importer, lactracker.app.ImportAssessments assessments,
            String username, String logFolder, Runnable afterImport) {
        this.runner = runner;
        this.importer = importer;
        this.assessments = assessments;
        this.username = username;
        this.logFolder = logFolder;
        this.afterImport = afterImport;
    }

    /** Where today's date comes from (the application's clock). */
    public void setToday(java.util.function.Supplier<java.time.LocalDate> today) {
        this.today = today;
    }

    /** Files or folders chosen (or dropped): they are checked at once, in the background. */
    public void choose(List<Path> chosen) {
        if (chosen.isEmpty() || busy()) {
            return;
        }
        files = List.copyOf(chosen);
        startChecking();
        running = runner.task(p -> importer.check(files, String.join(", ", files.stream().map(Path::toString).toList())))
                .onSuccess(checked -> {
                    plan = checked;
                    for (Import903.TableSummary s : checked.summaries()) {
                        summary.add(new SummaryRow(s.name(), s.read(), s.created(), s.updated(), s.unchanged(),
                                s.rejected()));
                    }
                    showRejections(checked.rejections(), checked.warnings());
                    notes.setAll(notes(checked, today.get()));
                    state.set(State.CHECKED);
                    message.set(checked.changesAnything()
                            ? checkedMessage(checked.rejectedCount(), checked.warnings().size())
                            : Messages.get("import.nothingNew"));
                })
                .onFailure(this::failed)
                .onCancelled(this::cancelled)
                .start();
    }

    /**
     * What the team should know before importing: tables left aside, how old the extract's newest
     * record is, and a home area not yet set.
     */
    static List<String> notes(Import903.Plan plan, java.time.LocalDate today) {
        List<String> notes = new java.util.ArrayList<>();
        if (!plan.homeAreaSet()) {
            notes.add(Messages.get("import.note.homeArea"));
        }
        if (plan.newestDate() != null && plan.newestDate().isBefore(today.minusMonths(6))) {
            notes.add(Messages.format("import.note.old", lactracker.ui.Tables.date(plan.newestDate()),
                    lactracker.ui.Tables.date(today)));
        }
        for (String skipped : plan.skippedFiles()) {
            notes.add(Messages.format("import.note.skipped", skipped));
        }
        return notes;
    }

    /**
     * The team's own assessment records (CSV, from its old tracker) chosen: checked at once, in the
     * background, and imported as the 903 tables are, after Import.
     */
    public void chooseAssessments(Path file) {
        if (file == null || busy()) {
            return;
        }
        startChecking();
        running = runner.task(p -> assessments.check(file)).onSuccess(checked -> {
            assessmentsPlan = checked;
            summary.add(new SummaryRow(Messages.get("import.assessments.table"), checked.read(), checked.createdCount(),
                    checked.updatedCount(), checked.unchanged(), checked.rejectedCount()));
            showRejections(checked.rejections(), List.of());
            state.set(State.CHECKED);
            message.set(checked.changesAnything()
                    ? checkedMessage(checked.rejectedCount(), 0)
                    : Messages.get("import.nothingNew"));
        }).onFailure(this::failed).onCancelled(this::cancelled).start();
    }

    /** The rejected rows, then those imported with a warning, into the table in one change (not one per row). */
    private void showRejections(List<lactracker.domain.Rejection> rejected, List<lactracker.domain.Rejection> warned) {
        List<RejectionRow> rows = new java.util.ArrayList<>(rejected.size() + warned.size());
        rejected.forEach(r -> rows.add(new RejectionRow(r.file(), r.line(), r.column(), r.reason(), false)));
        warned.forEach(r -> rows.add(new RejectionRow(r.file(), r.line(), r.column(), r.reason(), true)));
        rejections.setAll(rows);
    }

    private static String checkedMessage(int rejected, int warned) {
        return Messages.format("import.checked", rejected, warned,
                rejected + warned > 0 ? Messages.get("import.checked.listed") : "");
    }

    /** Forgets what was checked before and says a check is under way. */
    private void startChecking() {
        plan = null;
        assessmentsPlan = null;
        summary.clear();
        rejections.clear();
        notes.clear();
        state.set(State.CHECKING);
        message.set(Messages.get("import.checking"));
    }

    /** Writes the checked rows, in one transaction. */
    public void confirm() {
        if (state.get() == State.CHECKED && assessmentsPlan != null) {
            lactracker.app.ImportAssessments.Plan toWrite = assessmentsPlan;
            state.set(State.IMPORTING);
            message.set(Messages.get("import.importing"));
            running = runner.task(p -> assessments.apply(toWrite, username)).onSuccess(run -> {
                state.set(State.DONE);
                message.set(Messages.format("import.done", run.newRows(), run.updatedRows(), run.rejectedRows()));
                assessmentsPlan = null;
                afterImport.run();
            }).onFailure(this::failed).start();
            return;
        }
        if (state.get() != State.CHECKED || plan == null) {
            return;
        }
        Import903.Plan toWrite = plan;
        state.set(State.IMPORTING);
        message.set(Messages.get("import.importing"));
        stopImport.set(false);
        // Not the task's own cancel: that would drop the result even when the import had already
        // committed. The import itself stops and rolls back, and reports done if it was too late to stop.
        running = runner.task(p -> importer.apply(toWrite, username, stopImport::get))
                .onSuccess(run -> {
                    state.set(State.DONE);
                    message.set(Messages.format("import.done", run.newRows(), run.updatedRows(), run.rejectedRows()));
                    plan = null;
                    afterImport.run();
                })
                .onFailure(this::failed)
                .onCancelled(this::cancelled)
                .start();
    }

    /** Saves the rejected rows, and those imported with a warning, as CSV for the local authority. */
    public void saveRejections(Path file) {
        Import903.Plan current = plan;
        lactracker.app.ImportAssessments.Plan currentAssessments = assessmentsPlan;
        if (current == null && currentAssessments == null) {
            return;
        }
        int count = rejections.size();
        runner.task(p -> {
            if (current != null) {
                importer.saveRejections(current, file);
            } else {
                assessments.saveRejections(currentAssessments, file);
            }
            return file;
        }).onSuccess(saved -> message.set(Messages.format("import.rejectsSaved", count, saved.getFileName())))
                .onFailure(this::failed)
                .start();
    }

    /** Stops a check, or an import that has not committed yet; nothing is written. */
    public void cancel() {
        if (state.get() == State.CHECKING && running != null) {
            running.cancel();
        } else if (state.get() == State.IMPORTING) {
            stopImport.set(true);
        }
    }

    private void cancelled() {
        state.set(plan == null && assessmentsPlan == null ? State.EMPTY : State.CHECKED);
        message.set(Messages.get("import.cancelled"));
    }

    private void failed(Throwable error) {
        LOG.error("Import failed", error);
        state.set(State.FAILED);
        plan = null;
        assessmentsPlan = null;
        summary.clear();
        rejections.clear();
        message.set(Messages.forError(error, logFolder));
    }

    private boolean busy() {
        return state.get() == State.CHECKING || state.get() == State.IMPORTING;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<SummaryRow> summary() {
        return summary;
    }

    public ObservableList<RejectionRow> rejections() {
        return rejections;
    }

    /** What the team should know about the files checked, before importing them. */
    public ObservableList<String> notes() {
        return notes;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    public BooleanBinding hasRejectionsProperty() {
        return hasRejections;
    }
}
