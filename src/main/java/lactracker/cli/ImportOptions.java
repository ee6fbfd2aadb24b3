package lactracker.cli;

import lactracker.domain.Words;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --dry-run and --rejects, and what they do, for both imports. */
final class ImportOptions {
    @FunctionalInterface
    interface Save {
        void to(Path file) throws IOException;
    }

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    boolean dryRun;

    @Option(names = "--rejects", paramLabel = "FILE",
            descriptionKey = "cli.import.rejects")
    Path rejects;

    /** Saves the rejected rows if asked, writes unless this is a dry run, and gives the exit status. */
    int finish(int rejected, Save saveRejects, Runnable write, PrintWriter err) throws IOException {
        return finish(rejected, 0, saveRejects, write, err);
    }

    /**
     * As {@link #finish(int, Save, Runnable, PrintWriter)}, with rows imported with a warning: they are
     * counted and saved beside the rejected rows, and do not change the exit status.
     */
    int finish(int rejected, int warned, Save saveRejects, Runnable write, PrintWriter err) throws IOException {
        if (warned > 0) {
            err.println(Words.format(rejects == null ? "cli.import.warnedListed" : "cli.import.warned", warned,
                    String.valueOf(warned)));
        }
        if (rejects != null) {
            saveRejects.to(rejects);
            err.println(warned > 0 ? Words.format("cli.import.rejectsAndWarningsWritten", String.valueOf(rejected),
                    String.valueOf(warned), rejects) : Words.format("cli.import.rejectsWritten", String.valueOf(rejected), rejects));
        }
        if (dryRun) {
            err.println(Words.get("cli.import.dryRunDone"));
        } else {
            write.run();
        }
        return rejected > 0 ? ExitCodes.DONE_WITH_REJECTS : ExitCodes.DONE;
    }
}
