package lactracker.cli;

import java.io.PrintWriter;
import lactracker.app.AppPaths;
import lactracker.domain.UserFacingException;
import picocli.CommandLine;

/** Builds the command line and runs it, turning failures into plain messages and exit codes. */
public final class Cli {
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
            boolean refused = error instanceof UserFacingException || error instanceof java.io.IOException;
            String message;
            if (error instanceof UserFacingException) {
                message = error.getMessage();
            } else if (error instanceof java.nio.file.NoSuchFileException) {
                message = error.getMessage() + " was not found.";
            } else if (error instanceof java.nio.file.AccessDeniedException) {
                message = error.getMessage() + " cannot be read: permission denied.";
            } else if (error instanceof java.io.IOException) {
                message = "A file could not be read or written (" + error.getClass().getSimpleName()
                        + "). Run it again with --verbose to see the details.";
            } else {
                message = "The command failed: " + error.getClass().getSimpleName()
                        + ". Run it again with --verbose to see the details.";
            }
            commandLine.getErr().println(message);
            if (root.verbose()) {
                error.printStackTrace(commandLine.getErr());
            }
            return refused ? ExitCodes.REFUSED : ExitCodes.USAGE;
        });
        return cl;
    }

    /** cli.md: wrong usage exits 1, for every command (picocli's own default is 2, our "refused"). */
    private static void usageErrorsExitWithOne(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        cl.getSubcommands().values().forEach(Cli::usageErrorsExitWithOne);
    }
}
