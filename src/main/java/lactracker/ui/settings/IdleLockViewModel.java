package lactracker.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lactracker.app.SettingsService;
import lactracker.ui.Messages;
import lactracker.ui.task.TaskRunner;

/** The idle lock on the Settings screen: the minutes without use after which the window locks (issue 21). */
public final class IdleLockViewModel {
    private final TaskRunner runner;
    private final SettingsService service;
    private final String logFolder;
    private final StringProperty minutes = new SimpleStringProperty(this, "minutes", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public IdleLockViewModel(TaskRunner runner, SettingsService service, String logFolder) {
        this.runner = runner;
        this.service = service;
        this.logFolder = logFolder;
    }

    public void load() {
        busy.set(true);
        runner.task(progress -> service.idleLockMinutes()).onSuccess(read -> {
            busy.set(false);
            minutes.set(Integer.toString(read));
        }).onFailure(this::failed).start();
    }

    /** Saves the minutes; anything but a whole number from 1 to 60 is named, and nothing is saved. */
    public void save() {
        int typed;
        try {
            typed = Integer.parseInt(minutes.get().trim());
        } catch (NumberFormatException e) {
            typed = -1; // refused by the service, in its words
        }
        int asked = typed;
        busy.set(true);
        runner.task(progress -> {
            service.saveIdleLockMinutes(asked);
            return asked;
        }).onSuccess(saved -> {
            busy.set(false);
            message.set(Messages.format("settings.idleLock.saved", saved));
        }).onFailure(this::failed).start();
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Messages.forError(error, logFolder));
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
