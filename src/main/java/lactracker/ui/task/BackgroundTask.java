package lactracker.ui.task;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One piece of background work with its callbacks, all of which run on the UI thread:
 * {@code runner.task(p -> load()).onSuccess(show).onFailure(report).start()}.
 * A cancelled task calls neither success nor failure, only {@link #onCancelled}.
 */
public final class BackgroundTask<T> {
    /** The work itself, run off the UI thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** A progress report, delivered on the UI thread. */
    public record Report(long done, long total, String message) {
        /** Done as a fraction from 0 to 1, or -1 when the total is not known (an indeterminate bar). */
        public double fraction() {
            return total < 1 ? -1 : Math.min(1.0, (double) done / total);
        }
    }

    private final TaskRunner runner;
    private final Work<T> work;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Consumer<Report> onProgress = report -> { };
    private Runnable onCancelled = () -> { };
    private boolean startedOnce;
    private boolean aside;
    private java.util.function.BooleanSupplier deliver = () -> true;

    BackgroundTask(TaskRunner runner, Work<T> work) {
        this.runner = runner;
        this.work = Objects.requireNonNull(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = callback;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = callback;
        return this;
    }

    public BackgroundTask<T> onProgress(Consumer<Report> callback) {
        this.onProgress = callback;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = callback;
        return this;
    }

    /**
     * Latest wins: its success, failure or cancellation is told only while {@code ticket} is still the
     * newest of its kind; else the result is dropped.
     */
    public BackgroundTask<T> whileNewest(Latest.Ticket ticket) {
        this.deliver = ticket::isNewest;
        return this;
    }

    /**
     * Housekeeping the user did not wait for (the check after an unclean shutdown, the daily backup): it
     * runs on the runner's thread kept for such work, one after another, so that however long it takes it
     * never holds a thread a screen's reading waits for.
     */
    public BackgroundTask<T> aside() {
        this.aside = true;
        return this;
    }

    /** Starts the work. Call on the UI thread, once. */
    public BackgroundTask<T> start() {
        if (startedOnce) {
            throw new IllegalStateException("a task runs once");
        }
        startedOnce = true;
        runner.started();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                Report report = new Report(done, total, message);
                runner.onUiThread(() -> {
                    if (!cancelled.get()) {
                        onProgress.accept(report);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        java.util.function.Consumer<Runnable> where = aside ? runner::aside : runner::inBackground;
        where.accept(() -> {
            T result;
            try {
                result = work.call(progress);
            } catch (Throwable error) {
                runner.onUiThread(() -> {
                    runner.finished();
                    if (!deliver.getAsBoolean()) {
                        return; // a newer reading is on its way
                    }
                    if (cancelled.get() || error instanceof CancellationException) {
                        onCancelled.run();
                    } else {
                        onFailure.accept(error);
                    }
                });
                return;
            }
            runner.onUiThread(() -> {
                runner.finished();
                if (!deliver.getAsBoolean()) {
                    return; // a newer reading is on its way
                }
                if (cancelled.get()) {
                    onCancelled.run();
                } else {
                    onSuccess.accept(result);
                }
            });
        });
        return this;
    }

    /** Asks the work to stop; its result, if it still arrives, is dropped. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
