package lactracker.ui.imports;

import javafx.scene.Node;
import lactracker.ui.screen.ScreenModule;
import lactracker.ui.screen.Shell;

/** The Import screen: the 903 extract and the team's records, checked and then imported. */
public final class ImportModule implements ScreenModule {
    @Override
    public Node build(Shell shell) {
        var services = shell.services();
        var model = new ImportViewModel(shell.runner(), services.import903(), services.importAssessments(),
                shell.username(), shell.logFolder(), shell::importDone);
        model.setToday(() -> java.time.LocalDate.now(services.context().clock()));
        return new ImportView(model).root();
    }
}
