package lactracker.cli;

import lactracker.domain.Words;
import java.io.PrintWriter;
import lactracker.app.AppPaths;
import lactracker.domain.UserFacingException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Builds the command line and runs it, turning failures into plain messages and exit codes. */
public final class Cli {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static CommandLine commandLine(AppPaths paths, LacTrackerCommand.Window window, PrintWriter out,
            PrintWriter err) {
        LacTrackerCommand root = new LacTrackerCommand(paths, window);
        CommandLine cl = new CommandLine(root);
        usageErrorsExitWithOne(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
            String disk = diskFull(error);
            boolean lost = lactracker.app.Faults.connectionLost(error);
            boolean refused = error instanceof UserFacingException || error instanceof java.io.IOException
                    || disk != null || lost;
            String message;
            if (disk != null) {
                message = disk;
            } else if (lost) {
                LOG.warn("The connection to the server was lost ({})", error.getClass().getSimpleName());
                message = Words.get("error.connectionLost");
            } else if (error instanceof UserFacingException) {
                message = error.getMessage();
            } else if (error instanceof java.nio.file.NoSuchFileException) {
                message = Words.format("cli.failed.notFound", error.getMessage());
            } else if (error instanceof java.nio.file.AccessDeniedException) {
                message = Words.format("cli.failed.denied", error.getMessage());
            } else if (error instanceof java.io.IOException) {
                message = Words.format("cli.failed.io", error.getClass().getSimpleName()
                        + (error.getMessage() == null ? "" : ": " + error.getMessage().lines().findFirst().orElse("")));
            } else {
                // a fault in the tracker, not in the user's data or machine: logged (redacted) for whoever fixes it
                LOG.error("A command failed", error);
                message = Words.format("cli.failed.fault", error.getClass().getSimpleName(),
                        paths.logFolder().resolve("lac-tracker.log"));
            }
            commandLine.getErr().println(message);
            if (root.verbose()) {
                error.printStackTrace(commandLine.getErr());
            }
            return refused ? ExitCodes.REFUSED : ExitCodes.USAGE;
        });
        return cl;
    }

    /**
     * The plain sentence for a full disk anywhere in {@code error}'s causes (H2 wraps the operating system's
     * message several times over), or null.
     */
    static String diskFull(Throwable error) {
        return lactracker.app.Faults.diskFull(error)
                ? Words.get("cli.failed.diskFull")
                : null;
    }

    /** cli.md: wrong usage exits 1, for every command (picocli's own default is 2, our "refused"). */
    private static void usageErrorsExitWithOne(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        cl.getSubcommands().values().forEach(Cli::usageErrorsExitWithOne);
    }
}
