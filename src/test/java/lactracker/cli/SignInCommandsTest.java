package lactracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import lactracker.app.AppPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line on an encrypted database: set up once, then every command signs in (issue 21). */
class SignInCommandsTest {
    private static final String PASSWORD = "three small words here";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs a command whose console answers each password question with the next of {@code typed}. */
    private int run(List<String> typed, String... args) {
        Deque<String> answers = new ArrayDeque<>(typed);
        CommandLine cl = Cli.commandLine(AppPaths.forThisUser(), (d, logs) -> {
            throw new AssertionError("no window");
        }, new PrintWriter(out, true), new PrintWriter(err, true));
        ((LacTrackerCommand) cl.getCommand()).passwords(prompt -> answers.pop().toCharArray());
        return cl.execute(args);
    }

    @Test
    void setUpOnceThenEachCommandSignsInAsItsUser() {
        String db = dir.resolve("tracker").toString();
        assertThat(run(List.of(PASSWORD, PASSWORD), "--db", db, "--user", "admin", "setup", "--name", "Invented Administrator"))
                .isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("with admin as its first administrator")
                .containsPattern("Recovery key \\(.*\\): [2-9A-Z]{5}(-[2-9A-Z]{5}){4}");

        assertThat(run(List.of(PASSWORD), "--db", db, "--user", "admin", "check")).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("The audit trail's 4 sealed entries are linked unbroken.");
        assertThat(run(List.of(PASSWORD), "--db", db, "--user", "admin", "backup", "--to", dir.resolve("b.zip").toString()))
                .isEqualTo(ExitCodes.DONE);
    }

    @Test
    void withoutAUserOrWithAWrongPasswordNothingOpensAndTheReasonIsPlain() throws Exception {
        String db = dir.resolve("tracker").toString();
        run(List.of(PASSWORD, PASSWORD), "--db", db, "--user", "admin", "setup", "--name", "Invented Administrator");

        assertThat(run(List.of(), "--db", db, "check")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("This database is encrypted and opens only by signing in: give --user NAME");
        assertThat(run(List.of("not the words"), "--db", db, "--user", "admin", "check")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("The username, password or recovery key is not right.");
        assertThat(run(List.of(), "--db", db, "import-903", "--dry-run", dir.toString())).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("A dry run cannot read an encrypted database yet");

        java.nio.file.Files.delete(dir.resolve("tracker.keys.json"));
        assertThat(run(List.of(PASSWORD), "--db", db, "--user", "admin", "check")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("The key file tracker.keys.json is not beside the database tracker.mv.db");
        assertThat(run(List.of(), "--db", db, "check")).as("no user: still told to sign in").isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void setUpRefusesTwoDifferentPasswordsAWeakOneAndAnExistingDatabase() {
        String db = dir.resolve("tracker").toString();
        assertThat(run(List.of(PASSWORD, PASSWORD + "!"), "--db", db, "--user", "admin", "setup", "--name", "Invented"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run(List.of("short", "short"), "--db", db, "--user", "admin", "setup", "--name", "Invented"))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("A password needs at least 12 characters");
        assertThat(dir.resolve("tracker.mv.db")).doesNotExist();

        run(List.of(PASSWORD, PASSWORD), "--db", db, "--user", "admin", "setup", "--name", "Invented Administrator");
        assertThat(run(List.of(PASSWORD, PASSWORD), "--db", db, "--user", "other", "setup", "--name", "Another"))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("There is already a database here");
    }

    @Test
    void anAdministratorAddsANurseWhoSignsInWithANursesAccessAndChangesHerPassword() {
        String db = dir.resolve("tracker").toString();
        run(List.of(PASSWORD, PASSWORD), "--db", db, "--user", "admin", "setup", "--name", "Invented Administrator");
        assertThat(run(List.of(PASSWORD, "a first nurse phrase", "a first nurse phrase"), "--db", db, "--user", "admin",
                "add-account", "--name", "Invented Nurse", "--username", "nurse1", "--access", "nurse"))
                .isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("Account nurse1 made, with a nurse's access.");

        assertThat(run(List.of("a first nurse phrase"), "--db", db, "--user", "nurse1", "alerts")).isEqualTo(ExitCodes.DONE);
        assertThat(run(List.of("a first nurse phrase"), "--db", db, "--user", "nurse1", "check")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("Your account (nurse) may not check the database: ask an administrator.");
        assertThat(run(List.of("a first nurse phrase", "x", "y z w"), "--db", db, "--user", "nurse1", "add-account",
                "--name", "Someone", "--username", "other", "--access", "administrator")).isEqualTo(ExitCodes.REFUSED);

        assertThat(run(List.of("a first nurse phrase", "a first nurse phrase", "my own nurse words", "my own nurse words"),
                "--db", db, "--user", "nurse1", "password")).isEqualTo(ExitCodes.DONE);
        assertThat(run(List.of("my own nurse words"), "--db", db, "--user", "nurse1", "alerts")).isEqualTo(ExitCodes.DONE);
        assertThat(run(List.of("a first nurse phrase"), "--db", db, "--user", "nurse1", "alerts")).isEqualTo(ExitCodes.REFUSED);
    }
}
