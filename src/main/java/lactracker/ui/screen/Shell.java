package lactracker.ui.screen;

import lactracker.app.AppServices;
import lactracker.ui.task.TaskRunner;

/** What a screen may ask of the window around it. */
public interface Shell {
    /** The services over the open database. */
    AppServices services();

    /** The one way screens run work in the background. */
    TaskRunner runner();

    /** Where the log files are, named in messages about unexpected failures. */
    String logFolder();

    /** Who is using the window. */
    String username();

    /** Opens a child's record on the Children screen, on {@code tab}; its Back returns to {@code from}. */
    void openChild(ScreenModule from, long childId, String tab);

    /** Shows the screen of this id ("escalations", "payments") with one child's lines chosen. */
    void showChild(String screenId, long childId);

    /**
     * This child's records were saved on {@code from}: the caseload of the day catches up, and every other
     * screen is told ({@link ScreenModule#childChanged}).
     */
    void childChanged(ScreenModule from, long childId);

    /**
     * Many records changed at once, or something that moves due dates (a setting, the team): the caseload of
     * the day catches up, and the screens are told what changed.
     */
    void dataChanged();

    /** An import changed how many children there are: the status bar reads it again, and every screen its lists. */
    void importDone();

    /** Builds the screen of this id now, off-screen, so that its first showing is quick. */
    void prepare(String screenId);

    /** The window, for dialogs and file choosers. */
    javafx.stage.Window window();
}
