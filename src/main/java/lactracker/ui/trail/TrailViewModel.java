package lactracker.ui.trail;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lactracker.app.AuditTrailService;
import lactracker.app.AuditTrailService.Filter;
import lactracker.app.AuditTrailService.Found;
import lactracker.app.AuditTrailService.Line;
import lactracker.domain.TrailKind;
import lactracker.ui.Messages;
import lactracker.ui.task.TaskRunner;

/**
 * The Audit trail screen's state: the filter (person, child's LA id, kind, days), the entries found in
 * words, newest first, and their export as CSV. Reading and export run in the background.
 */
public final class TrailViewModel {
    private final TaskRunner runner;
    private final AuditTrailService service;
    private final String logFolder;
    public final StringProperty person = new SimpleStringProperty(this, "person", "");
    public final StringProperty child = new SimpleStringProperty(this, "child", "");
    public final ObjectProperty<TrailKind> kind = new SimpleObjectProperty<>(this, "kind");
    public final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    public final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ReadOnlyBooleanWrapper unreadableDate = new ReadOnlyBooleanWrapper(this, "unreadableDate", false);
    /** What was found, and the filter it was found with: what an export writes. */
    private Found found;
    private Filter foundWith;

    public TrailViewModel(TaskRunner runner, AuditTrailService service, String logFolder) {
        this.runner = runner;
        this.service = service;
        this.logFolder = logFolder;
    }

    /** Reads the people to offer and the newest entries of all, in the background. */
    public void load() {
        runner.task(progress -> service.people()).onSuccess(people::setAll)
                .onFailure(error -> message.set(Messages.forError(error, logFolder))).start();
        show();
    }

    /** Shows the entries that match the filter as it stands. */
    public void show() {
        if (unreadableDate.get()) {
            message.set(Messages.get("trail.unreadableDate"));
            return;
        }
        Filter filter = new Filter(person.get(), child.get(), kind.get(), from.get(), to.get());
        working.set(true);
        message.set("");
        runner.task(progress -> service.find(filter)).onSuccess(result -> {
            working.set(false);
            found = result;
            foundWith = filter;
            lines.setAll(result.lines());
            heading.set(result.lines().isEmpty() ? Messages.get("trail.heading.none")
                    : result.more() ? Messages.format("trail.heading.newest", result.lines().size())
                    : Messages.format("trail.heading.all", result.lines().size()));
        }).onFailure(this::failed).start();
    }

    /** Clears the filter and shows the newest entries of all. */
    public void clear() {
        person.set("");
        child.set("");
        kind.set(null);
        from.set(null);
        to.set(null);
        unreadableDate.set(false);
        show();
    }

    /** Writes the entries shown to {@code file} as CSV, in the background. */
    public void export(Path file) {
        Found shown = found;
        Filter with = foundWith;
        if (shown == null) {
            return;
        }
        working.set(true);
        runner.task(progress -> {
            service.writeCsv(shown, with, file);
            return file;
        }).onSuccess(written -> {
            working.set(false);
            message.set(Messages.format("trail.exported", shown.lines().size(), written));
        }).onFailure(this::failed).start();
    }

    private void failed(Throwable error) {
        working.set(false);
        message.set(Messages.forError(error, logFolder));
    }

    /** A date field holds text that is not a date (true), or reads again (false). */
    public void unreadableDate(boolean unreadable) {
        unreadableDate.set(unreadable);
    }

    /** The file name an export suggests: "LAC health audit trail 2026-12-05.csv". */
    public String suggestedName(LocalDate today) {
        return Messages.format("trail.export.name", today.toString());
    }

    public ObservableList<String> people() {
        return people;
    }

    public ObservableList<Line> lines() {
        return lines;
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

    /** True once entries have been shown, so there is something to export. */
    public boolean hasFound() {
        return found != null;
    }
}
