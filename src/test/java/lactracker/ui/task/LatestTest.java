package lactracker.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 20: latest wins, once, in the task runner. */
class LatestTest {
    /** Runs background work only when told, so readings can finish out of order. */
    private static final class HeldRunner extends TaskRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public Runnable debounced(long millis, Runnable work) {
            return work;
        }

        @Override
        protected void inBackground(Runnable work) {
            held.add(work);
        }

        @Override
        protected void onUiThread(Runnable work) {
            work.run();
        }
    }

    @Test
    void anOlderReadingThatFinishesLateIsDroppedAndTheNewestIsShown() {
        HeldRunner runner = new HeldRunner();
        Latest latest = new Latest();
        List<String> shown = new ArrayList<>();
        runner.task(p -> "old").whileNewest(latest.next()).onSuccess(shown::add).start();
        runner.task(p -> "new").whileNewest(latest.next()).onSuccess(shown::add).start();

        runner.held.get(1).run(); // the newer one first
        runner.held.get(0).run(); // then the older, late

        assertThat(shown).containsExactly("new");
        assertThat(runner.runningProperty().get()).as("both counted as finished").isZero();
    }

    @Test
    void workThatBelongsToTheNewestReadingIsShownAndDroppedOnceANewerStarts() {
        HeldRunner runner = new HeldRunner();
        Latest latest = new Latest();
        List<String> shown = new ArrayList<>();
        latest.next();
        runner.task(p -> "one child").whileNewest(latest.current()).onSuccess(shown::add).start();
        runner.task(p -> { throw new IllegalStateException("late failure"); }).whileNewest(latest.current())
                .onFailure(e -> shown.add("failure")).start();
        runner.held.get(0).run();
        latest.next(); // a whole new reading starts
        runner.held.get(1).run();

        assertThat(shown).containsExactly("one child");
    }
}
