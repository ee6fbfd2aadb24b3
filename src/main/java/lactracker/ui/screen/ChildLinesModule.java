package lactracker.ui.screen;

import java.util.function.LongConsumer;
import javafx.scene.Node;
import lactracker.ui.Messages;

/** A screen of lines per child as the shell shows it: escalations and invoices are built and told alike. */
public abstract class ChildLinesModule<M extends ChildLinesModel> implements ScreenModule {
    private final String unsavedKey;
    private final String childTab;
    private M model;

    /**
     * @param unsavedKey what the screen's unsaved change is called, for the question on leaving
     * @param childTab   the tab of a child's record its lines open on
     */
    protected ChildLinesModule(String unsavedKey, String childTab) {
        this.unsavedKey = unsavedKey;
        this.childTab = childTab;
    }

    protected abstract M model(Shell shell);

    protected abstract Node view(M model, LongConsumer openChild);

    @Override
    public final Node build(Shell shell) {
        model = model(shell);
        Node view = view(model, id -> shell.openChild(this, id, childTab));
        model.setOnChanged(id -> shell.childChanged(this, id));
        model.load();
        return view;
    }

    @Override
    public final String unsavedChanges() {
        return model != null && model.hasUnsavedChanges() ? Messages.get(unsavedKey) : null;
    }

    @Override
    public final void childChanged(long childId) {
        if (model != null) {
            model.refreshChild(childId);
        }
    }

    @Override
    public final void reload() {
        if (model != null) {
            model.load();
        }
    }

    @Override
    public final void showChild(long childId) {
        if (model != null) {
            model.showChild(childId);
        }
    }
}
