package lactracker.ui.task;

/** What a background task sees of its caller: where to report progress, and whether to stop. */
public interface Progress {
    /** Reports {@code done} of {@code total} steps (total below 1: not known) with a short message. */
    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link java.util.concurrent.CancellationException} when the caller asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new java.util.concurrent.CancellationException();
        }
    }
}
