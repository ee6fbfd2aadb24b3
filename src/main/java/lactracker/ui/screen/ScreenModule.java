package lactracker.ui.screen;

import javafx.scene.Node;

/**
 * One screen of the window, as the shell shows it: built once, when first wanted, from what the shell
 * gives it. A new screen is a package holding its view, its view model and one of these, registered by one
 * line in the shell's {@code Screen} list.
 */
public interface ScreenModule {
    /** Builds the screen (its root node has the screen's id); called once. */
    Node build(Shell shell);

    /** What on the screen holds changes not yet saved, in words ("the invoice on the Payments screen"), or null. */
    default String unsavedChanges() {
        return null;
    }

    /** A child's records changed (on another screen, or at another desk): show that child's lines as they now are. */
    default void childChanged(long childId) {
    }

    /** The caseload was worked out again (an import, the demo, a setting): read every line again. */
    default void reload() {
    }

    /** Show this child's lines (asked from another screen, such as a child's record). */
    default void showChild(long childId) {
    }
}
