package lactracker.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short form of the kill campaign on the bulk write paths (issue 19), run with every build: import-903,
 * import-assessments and demo each run whole once and killed once at a random moment, on the classes of
 * this build. The long form is {@link ImportKillCampaign#main}, as docs/bench/kill-imports.sh runs it.
 */
@Tag("campaign")
class ImportKillCampaignTest {
    private static final int TRIALS = Integer.getInteger("campaign.trials", 6);

    @TempDir
    Path dir;

    @Test
    void aKilledImportOrDemoLeavesAllOrNoneOfItsWorkAndRunningItAgainFinishesIt() throws Exception {
        long seed = System.nanoTime();
        List<ImportKillCampaign.Trial> trials = ImportKillCampaign.run(TRIALS, dir, null, 200, new Random(seed), t -> { });

        assertThat(trials).as("seed %d: %s", seed, ImportKillCampaign.summary(trials)).allSatisfy(t -> {
            assertThat(t.partial()).as("trial %d (%s): part of the work", t.trial(), t.path()).isFalse();
            assertThat(t.mended()).as("trial %d (%s): not finished by running again", t.trial(), t.path()).isTrue();
        });
    }
}
