package lactracker.ui.payments;

import javafx.scene.Node;
import lactracker.ui.Messages;
import lactracker.ui.screen.ScreenModule;
import lactracker.ui.screen.Shell;

/** The Payments screen: out-of-area invoices, verified and paid. */
public final class PaymentsModule implements ScreenModule {
    private PaymentsViewModel model;

    @Override
    public Node build(Shell shell) {
        model = new PaymentsViewModel(shell.runner(), shell.services().payments(),
                shell.services().children()::team, shell.logFolder());
        var view = new PaymentsView(model, id -> shell.openChild(this, id, "tab-escalations"));
        model.setOnChanged(id -> shell.childChanged(this, id));
        shell.onDataChanged(model::load);
        model.load();
        return view.root();
    }

    @Override
    public String unsavedChanges() {
        return model != null && model.hasUnsavedChanges() ? Messages.get("unsaved.payment") : null;
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
