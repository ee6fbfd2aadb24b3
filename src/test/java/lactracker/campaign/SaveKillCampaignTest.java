package lactracker.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short form of the kill campaign on the save path (issue 25), run with every build: a few trials on
 * one file carried across them. The long form is {@link SaveKillCampaign#main}, as docs/bench/kill-saves.sh
 * runs it (300 trials).
 */
@Tag("campaign")
class SaveKillCampaignTest {
    private static final int TRIALS = Integer.getInteger("campaign.trials", 5);

    @TempDir
    Path dir;

    @Test
    void noAcknowledgedSaveIsLostWhenTheProcessIsKilledAtRandomMoments() throws Exception {
        long seed = System.nanoTime();
        List<SaveKillCampaign.Trial> trials = SaveKillCampaign.run(TRIALS, dir.resolve("db"), new Random(seed),
                "alternate", t -> { });

        assertThat(trials).as("seed %d: %s", seed, SaveKillCampaign.summary(trials))
                .allSatisfy(t -> {
                    assertThat(t.lost()).as("trial %d: acknowledged saves lost", t.trial()).isZero();
                    assertThat(t.auditMissing()).as("trial %d: audit rows missing", t.trial()).isZero();
                });
    }
}
