package lactracker.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lactracker.app.BackupService;
import lactracker.domain.BackupPlan;
import lactracker.ui.Messages;
import lactracker.ui.task.TaskRunner;

/** The daily backup's plan on the Settings screen: on or off, the folder, how many are kept. */
public final class BackupPlanViewModel {
    private final TaskRunner runner;
    private final BackupService service;
    private final String logFolder;
    private final BooleanProperty daily = new SimpleBooleanProperty(this, "daily", true);
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final StringProperty keep = new SimpleStringProperty(this, "keep", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public BackupPlanViewModel(TaskRunner runner, BackupService service, String logFolder) {
        this.runner = runner;
        this.service = service;
        this.logFolder = logFolder;
    }

    public void load() {
        busy.set(true);
        runner.task(progress -> service.plan()).onSuccess(plan -> {
            busy.set(false);
            daily.set(plan.daily());
            folder.set(plan.folder());
            keep.set(Integer.toString(plan.keep()));
        }).onFailure(this::failed).start();
    }

    /** Saves the plan; a number of backups to keep that is not a whole number is named, and nothing is saved. */
    public void save() {
        int kept;
        try {
            kept = Integer.parseInt(keep.get().trim());
        } catch (NumberFormatException e) {
            message.set(Messages.format("settings.backup.keepNotANumber", BackupPlan.MOST_KEPT));
            return;
        }
        BackupPlan plan = new BackupPlan(daily.get(), folder.get() == null ? "" : folder.get().trim(), kept);
        busy.set(true);
        runner.task(progress -> {
            service.savePlan(plan);
            return plan;
        }).onSuccess(saved -> {
            busy.set(false);
            message.set(Messages.get("settings.backup.saved"));
        }).onFailure(this::failed).start();
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Messages.forError(error, logFolder));
    }

    public BooleanProperty dailyProperty() {
        return daily;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty keepProperty() {
        return keep;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
