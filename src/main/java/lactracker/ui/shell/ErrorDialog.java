package lactracker.ui.shell;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import lactracker.ui.Messages;

/** The plain-English dialog for a problem that reached the top: never a stack trace. */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    public static void show(Window owner, Throwable error, String logFolder) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get("error.title"));
        alert.setHeaderText(Messages.get("error.header"));
        alert.setContentText(Messages.forError(error, logFolder));
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }
}
