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
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
            boolean refused = error instanceof UserFacingException;
            commandLine.getErr().println(refused ? error.getMessage()
                    : "The command failed: " + error.getClass().getSimpleName()
                            + ". Run it again with --verbose to see the details.");
            if (root.verbose()) {
                error.printStackTrace(commandLine.getErr());
            }
            return refused ? ExitCodes.REFUSED : ExitCodes.USAGE;
        });
        return cl;
    }
}
