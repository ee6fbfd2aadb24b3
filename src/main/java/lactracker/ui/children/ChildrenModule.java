package lactracker.ui.children;

import javafx.scene.Node;
import lactracker.ui.screen.ScreenModule;
import lactracker.ui.screen.Shell;

/** The Children screen: the list, and a child's record opened from it or from another screen. */
public final class ChildrenModule implements ScreenModule {
    private ChildrenScreen screen;

    @Override
    public Node build(Shell shell) {
        screen = new ChildrenScreen(shell.runner(), shell.services().children(), shell.services().documents(),
                shell.logFolder());
        screen.setOnOpenElsewhere(id -> shell.showChild("escalations", id), id -> shell.showChild("payments", id));
        screen.setOnChildChanged(id -> shell.childChanged(this, id));
        return screen.root();
    }

    /** Opens a child's record on {@code tab}; Back (labelled with where it goes) runs {@code back}. */
    public void openChild(long childId, String tab, String backTo, Runnable back) {
        screen.openChild(childId, tab, backTo, back);
    }

    @Override
    public void reload() {
        if (screen != null) {
            screen.reload();
        }
    }

    @Override
    public void childChanged(long childId) {
        if (screen != null) {
            screen.listModel().refreshChild(childId);
        }
    }

    @Override
    public String unsavedChanges() {
        return screen == null ? null : screen.unsavedChanges();
    }
}
