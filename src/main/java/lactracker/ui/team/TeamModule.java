package lactracker.ui.team;

import javafx.scene.Node;
import lactracker.ui.screen.ScreenModule;
import lactracker.ui.screen.Shell;

/** The Team screen: the team's compliance, its charts and each nurse's caseload. */
public final class TeamModule implements ScreenModule {
    @Override
    public Node build(Shell shell) {
        var model = new TeamViewModel(shell.runner(), shell.services().team(), shell.logFolder(), shell::dataChanged);
        shell.onDataChanged(model::load);
        model.load();
        return new TeamView(model).root();
    }
}
