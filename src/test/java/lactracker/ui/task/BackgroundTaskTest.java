package lactracker.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
    private final DirectTaskRunner runner = new DirectTaskRunner();

    @Test
    void successDeliversTheResultAndProgressInOrder() {
        List<String> seen = new ArrayList<>();
        runner.task(p -> {
            p.update(1, 2, "half");
            return "done";
        }).onProgress(r -> seen.add(r.message() + " " + r.fraction()))
                .onSuccess(seen::add)
                .onFailure(e -> seen.add("failed"))
                .start();

        assertThat(seen).containsExactly("half 0.5", "done");
        assertThat(runner.runningProperty().get()).isZero();
    }

    @Test
    void failureDeliversTheErrorAndNotASuccess() {
        AtomicReference<Throwable> error = new AtomicReference<>();
        List<Object> results = new ArrayList<>();
        runner.task(p -> {
            throw new IllegalStateException("broken");
        }).onSuccess(results::add).onFailure(error::set).start();

        assertThat(error.get()).hasMessage("broken");
        assertThat(results).isEmpty();
    }

    @Test
    void workThatSeesCancellationEndsAsCancelledNotFailed() {
        List<String> seen = new ArrayList<>();
        BackgroundTask<?>[] self = new BackgroundTask<?>[1];
        self[0] = runner.task(p -> {
            self[0].cancel();
            p.checkCancelled();
            return "unreachable";
        }).onSuccess(r -> seen.add("success")).onFailure(e -> seen.add("failure")).onCancelled(() -> seen.add("cancelled"));
        self[0].start();

        assertThat(seen).containsExactly("cancelled");
    }

    @Test
    void unknownTotalGivesAnIndeterminateFraction() {
        assertThat(new BackgroundTask.Report(5, 0, "").fraction()).isEqualTo(-1);
        assertThat(new BackgroundTask.Report(5, 4, "").fraction()).isEqualTo(1.0);
    }
}
