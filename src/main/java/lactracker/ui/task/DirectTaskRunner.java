package lactracker.ui.task;

/**
 * Runs every task at once on the calling thread, callbacks included: view-model tests use it so that
 * background work is deterministic and needs no JavaFX thread.
 */
public final class DirectTaskRunner extends TaskRunner {
    /** No waiting in tests: the work runs at once. */
    @Override
    public Runnable debounced(long millis, Runnable work) {
        return work;
    }

    @Override
    protected void inBackground(Runnable work) {
        work.run();
    }

    @Override
    protected void onUiThread(Runnable work) {
        work.run();
    }
}
