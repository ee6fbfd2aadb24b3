package lactracker.ui.alerts;

import javafx.scene.Node;
import lactracker.ui.Messages;
import lactracker.ui.screen.ScreenModule;
import lactracker.ui.screen.Shell;

/** The Alerts screen, the home screen: the day's timescale alerts, most urgent first. */
public final class AlertsModule implements ScreenModule {
    private AlertsViewModel model;

    @Override
    public Node build(Shell shell) {
        model = new AlertsViewModel(shell.runner(), shell.services().alerts(), shell.services().children()::team,
                shell.logFolder());
        var view = new AlertsView(model, (id, kind) -> shell.openChild(this, id,
                lactracker.ui.child.ChildRecordView.tabAbout(kind)));
        model.setOnFirstLoad(() -> {
            // One big read at a time: the Children screen reads the caseload again for its list.
            shell.prepare("children");
            String red = model.redSummary();
            if (red != null && shell.window().isShowing()) {
                org.controlsfx.control.Notifications.create().owner(shell.window())
                        .title(Messages.get("alerts.notification.title")).text(red)
                        .hideAfter(javafx.util.Duration.seconds(12)).showWarning();
            }
        });
        model.load();
        return view.root();
    }

    @Override
    public void reload() {
        if (model != null) {
            model.load();
        }
    }

    @Override
    public void childChanged(long childId) {
        if (model != null) {
            model.refreshChild(childId);
        }
    }
}
