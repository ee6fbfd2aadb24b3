package lactracker.ui.escalations;

import java.util.function.LongConsumer;
import javafx.scene.Node;
import lactracker.ui.screen.ChildLinesModule;
import lactracker.ui.screen.Shell;

/** The Escalations screen: out-of-county assessments chased up the ladder. */
public final class EscalationsModule extends ChildLinesModule<EscalationsViewModel> {
    public EscalationsModule() {
        super("unsaved.escalation", "tab-escalations");
    }

    @Override
    protected EscalationsViewModel model(Shell shell) {
        EscalationsViewModel model = new EscalationsViewModel(shell.runner(), shell.services().escalations(),
                shell.services().children()::team, shell.logFolder());
        model.setDocuments(shell.services().documents());
        return model;
    }

    @Override
    protected Node view(EscalationsViewModel model, LongConsumer openChild) {
        return new EscalationsView(model, openChild).root();
    }
}
