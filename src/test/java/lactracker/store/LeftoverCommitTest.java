package lactracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, decision 0012: a file exactly as a kill -9 of {@code demo --children 1500 --seed 1} left it
 * (invented children only), killed while H2 was turning the demo's one transaction into committed values.
 * H2 2.5.252 alone opens it with part of that transaction (4,830 of 5,176 assessments, no escalations
 * or payments, yet the audit entry that was written last); all of it must be there, or none.
 */
class LeftoverCommitTest {
    @TempDir
    Path dir;

    @Test
    void aCommitAKillLeftHalfDoneIsFinishedWhenTheDatabaseIsOpened() throws Exception {
        Path file = killedDemo();
        try (Database d = Database.open(file)) {
            assertThat(counts(d)).isEqualTo(new Counts(1500, 2509, 5176, 58, 779, 1500));
        }
        try (Database d = Database.open(file)) {
            assertThat(counts(d)).as("finished for good, not only in memory").isEqualTo(new Counts(1500, 2509, 5176, 58, 779,
                    1500));
            d.dsl().execute("DELETE FROM payment"); // the rows it finished can be written again
            assertThat(d.dsl().fetchCount(d.dsl().selectFrom("payment"))).isZero();
        }
    }

    @Test
    void aDryRunRefusesAFileWithAHalfDoneCommitRatherThanReadPartOfIt() throws Exception {
        Path file = killedDemo();
        assertThatThrownBy(() -> Database.openReadOnly(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("left part-way through saving")
                .hasMessageContaining("without --dry-run");
        try (Database d = Database.open(file)) { // and the read-only attempt left it to be finished
            assertThat(counts(d).assessments()).isEqualTo(5176);
        }
    }

    private record Counts(int children, int episodes, int assessments, int escalations, int payments, int caseChanged) {
    }

    private static Counts counts(Database d) {
        var dsl = d.dsl();
        return new Counts(dsl.fetchCount(dsl.selectFrom("child")), dsl.fetchCount(dsl.selectFrom("episode")),
                dsl.fetchCount(dsl.selectFrom("health_assessment")), dsl.fetchCount(dsl.selectFrom("escalation")),
                dsl.fetchCount(dsl.selectFrom("payment")), dsl.fetchCount(dsl.selectFrom("case_changed")));
    }

    private Path killedDemo() throws Exception {
        Path db = dir.resolve("killed");
        try (InputStream in = new GZIPInputStream(
                LeftoverCommitTest.class.getResourceAsStream("demo-killed-mid-commit.mv.db.gz"))) {
            Files.copy(in, Database.fileOf(db));
        }
        return db;
    }
}
