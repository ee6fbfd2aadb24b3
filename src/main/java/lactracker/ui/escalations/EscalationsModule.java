package lactracker.ui.escalations;

import javafx.scene.Node;
import lactracker.ui.Messages;
import lactracker.ui.screen.ScreenModule;
import lactracker.ui.screen.Shell;

/** The Escalations screen: out-of-county assessments chased up the ladder. */
public final class EscalationsModule implements ScreenModule {
    private EscalationsViewModel model;

    @Override
    public Node build(Shell shell) {
        model = new EscalationsViewModel(shell.runner(), shell.services().escalations(),
                shell.services().children()::team, shell.logFolder());
        var view = new EscalationsView(model, id -> shell.openChild(this, id, "tab-escalations"));
        model.setOnChanged(id -> shell.childChanged(this, id));
        shell.onDataChanged(model::load);
        model.load();
        return view.root();
    }

    @Override
    public String unsavedChanges() {
        return model != null && model.hasUnsavedChanges() ? Messages.get("unsaved.escalation") : null;
    }

    @Override
    public void childChanged(long childId) {
        if (model != null) {
            model.refreshChild(childId);
        }
    }

    @Override
    public void showChild(long childId) {
        if (model != null) {
            model.showChild(childId);
        }
    }
}
