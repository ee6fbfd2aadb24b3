package lactracker.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 22: after an unclean shutdown of a national database the check (and the daily backup) took both of
 * the window's background threads for half a minute, and the Alerts screen stayed empty behind them.
 * Housekeeping now runs aside, on a thread of its own.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {
    @Start
    void start(Stage stage) {
        // The JavaFX thread is all this needs: results come back on it.
    }

    @Test
    void housekeepingAsideLeavesEveryThreadToTheScreens() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch screensRead = new CountDownLatch(2);
        CountDownLatch housekeepingDone = new CountDownLatch(2);
        AtomicReference<String> housekeepingThread = new AtomicReference<>();
        CountDownLatch housekeepingStarted = new CountDownLatch(1);
        try (FxTaskRunner runner = new FxTaskRunner(2)) {
            javafx.application.Platform.runLater(() -> {
                for (int i = 0; i < 2; i++) { // the check, then the daily backup: both long
                    runner.task(p -> {
                        housekeepingThread.set(Thread.currentThread().getName());
                        housekeepingStarted.countDown();
                        return release.await(10, TimeUnit.SECONDS);
                    }).onSuccess(r -> housekeepingDone.countDown()).aside().start();
                }
                for (int i = 0; i < 2; i++) { // two screens reading the caseload
                    runner.task(p -> "read").onSuccess(r -> screensRead.countDown()).start();
                }
            });

            assertThat(screensRead.await(5, TimeUnit.SECONDS)).as("the screens read while housekeeping runs").isTrue();
            assertThat(housekeepingDone.getCount()).as("housekeeping still running").isEqualTo(2);
            // the screens may well have read before the housekeeping thread was even scheduled: wait for it
            assertThat(housekeepingStarted.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(housekeepingThread.get()).isEqualTo("housekeeping");
            release.countDown();
            assertThat(housekeepingDone.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}
