package lactracker.ui.health;

import javafx.scene.Node;
import lactracker.ui.screen.ScreenModule;
import lactracker.ui.screen.Shell;

/** The Health needs screen: the children's health needs on a day, by nurse and placement, with charts. */
public final class HealthNeedsModule implements ScreenModule {
    @Override
    public Node build(Shell shell) {
        return new HealthNeedsView(new HealthNeedsViewModel(shell.runner(), shell.services().audit(), shell.logFolder()),
                id -> shell.openChild(this, id, "tab-details")).root();
    }
}
