package lactracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lactracker.app.AppPaths;
import org.junit.jupiter.api.Test;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> windowsOpened = new ArrayList<>();

    private int run(String... args) {
        AppPaths paths = AppPaths.forThisUser();
        return Cli.commandLine(paths, (db, logs) -> windowsOpened.add(db), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
    }

    @Test
    void helpListsTheOptionsAndOpensNoWindow() {
        assertThat(run("--help")).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("lac-tracker").contains("--db").contains("--version");
        assertThat(windowsOpened).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "import-903         | episodes  CHILD, DECOM, RNE",
        "import-assessments | DELAY_REASON",
        "alerts             | most urgent first",
    })
    void eachCommandsHelpDescribesItsFilesItselfAndSendsNobodyToDevelopersFiles(String command, String described) {
        assertThat(run(command, "--help")).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains(described).doesNotContain(".md");
    }

    @Test
    void versionPrintsTheBuildVersionAndOpensNoWindow() {
        assertThat(run("--version")).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).startsWith("LAC Health Tracker ");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void noCommandOpensTheWindowOnTheChosenDatabase() {
        assertThat(run("--db", "somewhere/tracker")).isEqualTo(ExitCodes.DONE);
        assertThat(windowsOpened).containsExactly(Path.of("somewhere/tracker"));
    }

    @Test
    void noCommandAndNoDatabaseOpensTheDefaultOne() {
        run();
        assertThat(windowsOpened).containsExactly(AppPaths.forThisUser().defaultDatabase());
    }

    @Test
    void anUnknownOptionIsWrongUsageWithExitOne() {
        assertThat(run("--colour")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--colour'");
        assertThat(windowsOpened).isEmpty();
    }
}
