package lactracker.ui.payments;

import java.util.function.LongConsumer;
import javafx.scene.Node;
import lactracker.ui.screen.ChildLinesModule;
import lactracker.ui.screen.Shell;

/** The Payments screen: out-of-area invoices, verified and paid. */
public final class PaymentsModule extends ChildLinesModule<PaymentsViewModel> {
    public PaymentsModule() {
        super("unsaved.payment", "tab-escalations");
    }

    @Override
    protected PaymentsViewModel model(Shell shell) {
        return new PaymentsViewModel(shell.runner(), shell.services().payments(), shell.services().children()::team,
                shell.logFolder());
    }

    @Override
    protected Node view(PaymentsViewModel model, LongConsumer openChild) {
        return new PaymentsView(model, openChild).root();
    }
}
