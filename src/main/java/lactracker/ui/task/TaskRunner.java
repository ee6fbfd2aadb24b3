package lactracker.ui.task;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Runs work off the JavaFX thread and brings its result back to it: the one way screens do background
 * work. {@link FxTaskRunner} is the real one; tests use {@link DirectTaskRunner}, which runs everything
 * at once on the calling thread, so view models are tested deterministically without a window.
 */
public abstract class TaskRunner {
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);

    /** Starts describing a task; nothing runs until {@link BackgroundTask#start()}. */
    public <T> BackgroundTask<T> task(BackgroundTask.Work<T> work) {
        return new BackgroundTask<>(this, work);
    }

    /** How many tasks are running now (for a busy indicator); changes on the UI thread. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    void started() {
        running.set(running.get() + 1);
    }

    void finished() {
        running.set(running.get() - 1);
    }

    /**
     * {@code work} wrapped so that it runs on the UI thread once calls have stopped for {@code millis}:
     * each call restarts the wait (typing in a search box runs one search, not one per key).
     */
    public abstract Runnable debounced(long millis, Runnable work);

    /** Runs {@code work} on the UI thread, after what is already waiting there (news from another thread). */
    public final void later(Runnable work) {
        onUiThread(work);
    }

    /** Runs {@code work} on a background thread. */
    protected abstract void inBackground(Runnable work);

    /** Runs housekeeping ({@link BackgroundTask#aside}) on a background thread of its own; by default as any work. */
    protected void aside(Runnable work) {
        inBackground(work);
    }

    /** Runs {@code work} on the UI thread. */
    protected abstract void onUiThread(Runnable work);
}
