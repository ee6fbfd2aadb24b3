package lactracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: H2 commits each table a migration creates, so a new database killed while its tables were being
 * made could never be opened again ("Table TEAM_MEMBER already exists", found by the kill campaign). The
 * layout is made, or brought up to date, on a copy that takes the database's name only once whole.
 */
class LayoutOnACopyTest {
    @TempDir
    Path dir;

    @Test
    void aNewDatabaseKilledWhileItsTablesWereMadeLeavesNothingThatStopsTheNextOpening() throws Exception {
        Path db = dir.resolve("tracker");
        // what a kill during the first migration leaves: some tables, no record of the migration
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("tracker.upgrading"), "sa", "");
                var s = c.createStatement()) {
            s.execute("CREATE TABLE team_member (id BIGINT PRIMARY KEY)");
        }

        try (Database d = Database.open(db)) {
            assertThat(d.dsl().fetchCount(d.dsl().selectFrom("team_member"))).isZero();
        }
        assertThat(dir.resolve("tracker.upgrading.mv.db")).doesNotExist();
        assertThat(dir.resolve("tracker.mv.db")).exists();
    }

    @Test
    void anOlderLayoutIsBroughtUpToDateOnACopyAndKeepsItsRecords() throws Exception {
        Path db = dir.resolve("old");
        String url = "jdbc:h2:file:" + db;
        Flyway.configure().dataSource(url, "sa", "").locations(Migrations.h2()).target("1").load().migrate();
        try (var c = DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
            s.execute("INSERT INTO team_member (name, role, active) VALUES ('Demo Nurse Ash', 'nurse', TRUE)");
        }

        try (Database d = Database.open(db)) {
            assertThat(d.dsl().fetchCount(d.dsl().selectFrom("team_member"))).isEqualTo(1);
            assertThat(d.dsl().fetchCount(d.dsl().selectFrom("case_snapshot"))).isZero(); // V2's table
        }
        assertThat(dir.resolve("old.upgrading.mv.db")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("old.mv.db");
        }
    }
}
