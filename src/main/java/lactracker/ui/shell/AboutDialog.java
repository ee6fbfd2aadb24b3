package lactracker.ui.shell;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import lactracker.app.BuildInfo;
import lactracker.ui.Messages;

/** Help > About: the version, the runtime and where the data and logs are. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner, String databaseLocation, String logFolder) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle(Messages.get("about.title"));
        about.setHeaderText(Messages.format("about.header", BuildInfo.version()));
        about.setContentText(Messages.format("about.text", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?"), databaseLocation, logFolder));
        about.getDialogPane().setId("about-dialog");
        about.getDialogPane().setMinWidth(520);
        about.showAndWait();
    }
}
