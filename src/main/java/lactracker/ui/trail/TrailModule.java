package lactracker.ui.trail;

import javafx.scene.Node;
import lactracker.ui.screen.ScreenModule;
import lactracker.ui.screen.Shell;

/** The Audit trail screen: who changed or looked at what, for a team lead or an administrator. */
public final class TrailModule implements ScreenModule {
    private TrailViewModel model;

    @Override
    public Node build(Shell shell) {
        model = new TrailViewModel(shell.runner(), shell.services().trail(), shell.logFolder());
        var view = new TrailView(model, id -> shell.openChild(this, id, "tab-changes"));
        model.load();
        return view.root();
    }

    @Override
    public void reload() {
        if (model != null) {
            model.show();
        }
    }
}
