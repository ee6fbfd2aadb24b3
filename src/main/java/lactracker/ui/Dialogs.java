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
        safeChoiceFirst(alert, keep); // keep editing
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    /**
     * After a move onto a team server: whether this computer should work on the server from now on; true to
     * switch. "Stay on this computer" is the default: the file is still there, as it was.
     */
    public static boolean confirmWorkOnServer(Window owner, String server, int tables, long rows) {
        ButtonType stay = new ButtonType(Messages.get("move.switch.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("move.switch.text", server),
                new ButtonType(Messages.get("move.switch.go"), ButtonBar.ButtonData.OK_DONE), stay);
        alert.setTitle(Messages.get("move.title"));
        alert.setHeaderText(Messages.format("move.switch.header", tables, rows));
        alert.getDialogPane().setId("move-switch");
        if (owner != null) {
            alert.initOwner(owner);
        }
        safeChoiceFirst(alert, stay);
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
        safeChoiceFirst(alert, keep);
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    /**
     * Asks before putting a backup in place of the database, saying what the backup holds; true to restore.
     * Keeping the database as it is is the default, as the safe choice.
     */
    public static boolean confirmRestore(Window owner, String backupName, lactracker.domain.BackupContents contents) {
        ButtonType keep = new ButtonType(Messages.get("restore.confirm.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String made = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.UK)
                .format(contents.made().atZone(java.time.ZoneId.systemDefault()));
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("restore.confirm.text", backupName, made,
                contents.by(), contents.rows("child"), contents.rows("health_assessment"), contents.rows("audit_log")),
                new ButtonType(Messages.get("restore.confirm.restore"), ButtonBar.ButtonData.OK_DONE), keep);
        alert.setTitle(Messages.get("restore.confirm.title"));
        alert.setHeaderText(Messages.get("restore.confirm.header"));
        alert.getDialogPane().setId("restore-confirm");
        if (owner != null) {
            alert.initOwner(owner);
        }
        safeChoiceFirst(alert, keep);
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    /**
     * Makes {@code safe} the button Enter presses and the one with the focus: an Alert makes its OK button
     * the default too, and with two defaults Enter pressed the one that acts.
     */
    private static void safeChoiceFirst(Alert alert, ButtonType safe) {
        for (ButtonType type : alert.getButtonTypes()) {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(type)).setDefaultButton(type == safe);
        }
        alert.setOnShown(e -> alert.getDialogPane().lookupButton(safe).requestFocus());
    }
}
