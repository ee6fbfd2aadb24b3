package lactracker.cli;

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

    @Option(names = "--dry-run", description = "Check and report; write nothing.")
    boolean dryRun;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write the rejected rows (file, line, column, reason) as CSV, and the rows imported with a warning.")
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
            err.println(warned + (warned == 1 ? " row was" : " rows were") + " imported with a warning (read as the rules"
                    + " say, but the local authority should correct its extract)"
                    + (rejects == null ? "; --rejects FILE lists them." : "."));
        }
        if (rejects != null) {
            saveRejects.to(rejects);
            err.println(rejected + " rejected rows" + (warned > 0 ? " and " + warned + " warnings" : "")
                    + " written to " + rejects + ".");
        }
        if (dryRun) {
            err.println("Dry run: nothing was written.");
        } else {
            write.run();
        }
        return rejected > 0 ? ExitCodes.DONE_WITH_REJECTS : ExitCodes.DONE;
    }
}
