package lactracker.ui.audit;

import javafx.scene.Node;
import lactracker.ui.screen.ScreenModule;
import lactracker.ui.screen.Shell;

/** The Audit screen: the quarter's figures, the children behind each, and the sheet's files. */
public final class AuditModule implements ScreenModule {
    @Override
    public Node build(Shell shell) {
        return new AuditView(new AuditViewModel(shell.runner(), shell.services().audit(), shell.logFolder()),
                id -> shell.openChild(this, id, "tab-duties")).root();
    }
}
