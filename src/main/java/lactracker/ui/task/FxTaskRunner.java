package lactracker.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** The real task runner: a small pool of daemon threads, results handed to the JavaFX thread. */
public final class FxTaskRunner extends TaskRunner implements AutoCloseable {
    private final ExecutorService executor;

    public FxTaskRunner(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Runnable debounced(long millis, Runnable work) {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(millis));
        pause.setOnFinished(e -> work.run());
        return pause::playFromStart;
    }

    @Override
    protected void inBackground(Runnable work) {
        try {
            executor.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Closed: the window is closing, and work asked for by a last callback is not wanted.
            onUiThread(this::finished);
        }
    }

    @Override
    protected void onUiThread(Runnable work) {
        Platform.runLater(work);
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
