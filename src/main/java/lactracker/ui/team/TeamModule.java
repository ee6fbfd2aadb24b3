package lactracker.ui.team;

import javafx.scene.Node;
import lactracker.ui.screen.ScreenModule;
import lactracker.ui.screen.Shell;

/** The Team screen: the team's compliance, its charts and each nurse's caseload. */
public final class TeamModule implements ScreenModule {
    private TeamViewModel model;

    @Override
    public Node build(Shell shell) {
        model = new TeamViewModel(shell.runner(), shell.services().team(), shell.logFolder(), shell::dataChanged);
        model.load();
        return new TeamView(model).root();
    }

    @Override
    public void reload() {
        if (model != null) {
            model.load();
        }
    }
}
