package lactracker.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The questions the window asks. */
public final class Dialogs {
    private Dialogs() {
    }

    /**
     * Asks whether to throw away changes not yet saved; true to discard, false to go on editing.
     *
     * @param what what holds the changes, in words ("the invoice on the Payments screen")
     */
    public static boolean confirmDiscard(Window owner, String what) {
        ButtonType keep = new ButtonType(Messages.get("unsaved.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("unsaved.text", what),
                new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.OK_DONE), keep);
        alert.setTitle(Messages.get("unsaved.title"));
        alert.setHeaderText(Messages.get("unsaved.title"));
        if (owner != null) {
            alert.initOwner(owner);
        }
        // Keep editing is the safe choice, so it is the one Enter presses.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    /**
     * Asks before deleting a record logged in error; true to delete. "Keep it" is the default, as the
     * safe choice.
     *
     * @param what the record, in words ("the IHA of 6 Feb 2017")
     */
    public static boolean confirmDelete(Window owner, String what) {
        ButtonType keep = new ButtonType(Messages.get("delete.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("delete.text", what),
                new ButtonType(Messages.get("delete.delete"), ButtonBar.ButtonData.OK_DONE), keep);
        alert.setTitle(Messages.get("delete.title"));
        alert.setHeaderText(Messages.format("delete.header", what));
        if (owner != null) {
            alert.initOwner(owner);
        }
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }
}
