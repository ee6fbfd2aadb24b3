package lactracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import lactracker.app.AppPaths;
import lactracker.testdata.TestPostgres;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 23: the commands on a team server with --server, and those that belong to a file refused there. */
class ServerCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Cli.commandLine(AppPaths.forThisUser(), (d, logs) -> {
            throw new AssertionError("no window");
        }, new PrintWriter(out, true), new PrintWriter(err, true));
        ((LacTrackerCommand) cl.getCommand()).passwords(prompt -> new char[0]);
        return cl.execute(args);
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void aWorkstationsDatabaseMovedOntoAServerTableByTable() {
        String db = dir.resolve("tracker").toString();
        assertThat(run("--db", db, "demo", "--children", "30", "--seed", "4")).isEqualTo(ExitCodes.DONE);
        String server = TestPostgres.shared().freshDatabase().substring("jdbc:".length()) + "?sslmode=disable";

        assertThat(run("--db", db, "move-to-server", server, "--as", TestPostgres.USER)).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).containsPattern("child: 30 rows, checksum [0-9a-f]+, the same on the server")
                .contains("Moved: 23 tables");
        assertThat(run("--server", server, "--user", TestPostgres.USER, "alerts", "--today", "2026-12-04"))
                .isEqualTo(ExitCodes.DONE);
        assertThat(run("--db", db, "move-to-server", server, "--as", TestPostgres.USER)).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("already holds records");
    }

    @Test
    void theDemoAndTheDaysAlertsOnAServerAndABackupRefusedThere() {
        String server = TestPostgres.shared().freshDatabase().substring("jdbc:".length()) + "?sslmode=disable";

        assertThat(run("--server", server, "--user", TestPostgres.USER, "demo", "--children", "40", "--seed", "3"))
                .isEqualTo(ExitCodes.DONE);
        assertThat(run("--server", server, "--user", TestPostgres.USER, "alerts", "--today", "2026-12-04"))
                .isEqualTo(ExitCodes.DONE);
        assertThat(out.toString().lines().filter(l -> l.matches("D\\d+,.*")).count()).isGreaterThan(10);

        assertThat(run("--server", server, "--user", TestPostgres.USER, "backup", "--to", "b.zip")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("backup works on this computer's database file");
        assertThat(run("--server", "postgresql://lac-db.trust.nhs.uk/lac?sslmode=disable", "--user", "s.ash", "alerts"))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("turns off encryption (TLS) to lac-db.trust.nhs.uk");
    }
}
