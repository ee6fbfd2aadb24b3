package lactracker.ui;

import java.util.function.LongConsumer;

/**
 * A child whose lines a screen is asked to show (from the child's record) while its lines may still be
 * being read: chosen at once when they are there, else once they arrive. Used on the UI thread only.
 */
public final class PendingChild {
    private final LongConsumer choose;
    private Long waiting;

    /** @param choose shows every line and chooses the child's first (or says it has none) */
    public PendingChild(LongConsumer choose) {
        this.choose = choose;
    }

    /** The child asked for: chosen now when {@code linesThere}, else by {@link #linesArrived}. */
    public void ask(long childId, boolean linesThere) {
        waiting = childId;
        if (linesThere) {
            linesArrived();
        }
    }

    /** The lines are there: the child asked for, if any, is chosen, once. */
    public void linesArrived() {
        Long id = waiting;
        waiting = null;
        if (id != null) {
            choose.accept(id);
        }
    }
}
