package lactracker.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Threads for one whole-caseload reading: one per processor, never keeping the application alive. */
final class Workers {
    private Workers() {
    }

    /** Shut down by the caller once its reading is done (its threads are named {@code name} in a profile). */
    static ExecutorService forReading(String name) {
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
