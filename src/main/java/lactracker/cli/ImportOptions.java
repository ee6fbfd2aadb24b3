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

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write the rejected rows (file, line, column, reason) as CSV.")
    Path rejects;

    /** Saves the rejected rows if asked, writes unless this is a dry run, and gives the exit status. */
    int finish(int rejected, Save saveRejects, Runnable write, PrintWriter err) throws IOException {
        if (rejects != null) {
            saveRejects.to(rejects);
            err.println(rejected + " rejected rows written to " + rejects + ".");
        }
        if (dryRun) {
            err.println("Dry run: nothing was written.");
        } else {
            write.run();
        }
        return rejected > 0 ? ExitCodes.DONE_WITH_REJECTS : ExitCodes.DONE;
    }
}
