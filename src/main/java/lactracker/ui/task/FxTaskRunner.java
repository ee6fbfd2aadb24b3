package lactracker.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** The real task runner: a small pool of daemon threads, results handed to the JavaFX thread. */
public final class FxTaskRunner extends TaskRunner implements AutoCloseable {
    private final ExecutorService executor;
    /** One thread for housekeeping: a national check or backup takes a minute, and no screen waits behind it. */
    private final ExecutorService housekeeping = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "housekeeping");
        t.setDaemon(true);
        return t;
    });

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
        run(executor, work);
    }

    @Override
    protected void aside(Runnable work) {
        run(housekeeping, work);
    }

    private void run(ExecutorService threads, Runnable work) {
        try {
            threads.execute(work);
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
        housekeeping.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        housekeeping.awaitTermination(5, TimeUnit.SECONDS);
    }
}
