package lactracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lactracker.app.AppPaths;
import lactracker.domain.Words;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The command line's help comes from messages.properties: picocli finds a command's description and footer
 * by its qualified name (lac-tracker.audit.usage.description), keys no code names, so they are checked here
 * against the commands themselves rather than by MessagesTest's search of the code.
 */
class CliWordsTest {
    private static CommandLine commandLine(StringWriter out) {
        return Cli.commandLine(AppPaths.forThisUser(), (db, logs) -> { }, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
    }

    private static List<CommandLine> everyCommand(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(c -> all.addAll(everyCommand(c)));
        return all;
    }

    @Test
    void everyCommandAndEveryOptionIsDescribedFromTheMessages() {
        for (CommandLine c : everyCommand(commandLine(new StringWriter()))) {
            var spec = c.getCommandSpec();
            assertThat(spec.usageMessage().description()).as(spec.qualifiedName()).isNotEmpty()
                    .containsExactly(Words.get(spec.qualifiedName(".") + ".usage.description"));
            for (ArgSpec arg : spec.args()) {
                if (arg.isOption() && (((CommandLine.Model.OptionSpec) arg).usageHelp()
                        || ((CommandLine.Model.OptionSpec) arg).versionHelp())) {
                    continue; // picocli's own -h and -V
                }
                assertThat(arg.descriptionKey()).as(spec.qualifiedName() + " " + arg.paramLabel()).startsWith("cli.");
                assertThat(arg.description()).as(arg.descriptionKey()).containsExactly(Words.get(arg.descriptionKey())
                        .replace("${DEFAULT-VALUE}", String.valueOf(arg.defaultValueString())));
            }
        }
    }

    @Test
    void everyKeyOfPicocliInTheMessagesBelongsToACommand() {
        Set<String> known = new TreeSet<>();
        for (CommandLine c : everyCommand(commandLine(new StringWriter()))) {
            known.add(c.getCommandSpec().qualifiedName(".") + ".usage.description");
            known.add(c.getCommandSpec().qualifiedName(".") + ".usage.footer");
        }
        Set<String> keys = new TreeSet<>(Words.bundle().keySet());
        keys.removeIf(k -> !k.startsWith("lac-tracker."));
        assertThat(keys).isNotEmpty();
        assertThat(known).containsAll(keys);
    }

    @Test
    void theHelpKeepsItsLinesAndItsIndentation() {
        StringWriter out = new StringWriter();
        assertThat(commandLine(out).execute("import-903", "--help")).isZero();
        assertThat(out.toString()).contains("Import 903 tables (files, or a folder holding them)")
                .contains(String.format("%n%nThe 903 tables are CSV files with a header row"))
                .contains(String.format("%n  header    CHILD, SEX, DOB, ETHNIC, UPN%n"))
                .contains("903 table files, or folders holding them.");
        StringWriter root = new StringWriter();
        assertThat(commandLine(root).execute("--help")).isZero();
        assertThat(root.toString()).contains(String.format(
                "Tracks the statutory health assessments of children looked after.%nWith no command, opens the application window."))
                .contains("The database file (without H2's .mv.db ending).").contains("Default:");
    }
}
