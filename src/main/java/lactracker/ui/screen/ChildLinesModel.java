package lactracker.ui.screen;

import java.util.function.LongConsumer;

/** The model of a screen of lines per child (escalations, invoices): read whole, or one child at a time. */
public interface ChildLinesModel {
    /** Reads every line again in the background. */
    void load();

    /** Reads one child's lines again after a change elsewhere. */
    void refreshChild(long childId);

    /** Chooses the first line of one child. */
    void showChild(long childId);

    /** What is being typed and not yet saved. */
    boolean hasUnsavedChanges();

    /** Told the child's id after a change saved here. */
    void setOnChanged(LongConsumer onChanged);
}
