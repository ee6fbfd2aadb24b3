package lactracker;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import lactracker.app.AppPaths;
import lactracker.cli.Cli;
import lactracker.cli.ExitCodes;
import lactracker.domain.UserFacingException;
import lactracker.ui.MainApp;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The jar's main class. A plain class, not the JavaFX Application, so the application runs from the
 * class path without JavaFX modules; it hands over to the command line, which opens the window when no
 * command is given.
 */
public final class Launcher {
    /**
     * JavaFX warns on every start that it runs from the class path, which is this application's chosen
     * way (see the class comment); only that one warning is dropped. Held here: JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger JAVAFX = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {
    }

    /** Drops JavaFX's warning that it runs from the class path, and nothing else it says. */
    public static void quietClassPathWarning() {
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        quietClassPathWarning();
        AppPaths paths = AppPaths.forThisUser();
        // Before the first logger: logback reads this when it starts.
        System.setProperty("lactracker.logdir", paths.logFolder().toString());
        // Logging takes about 0.3 s to start: do it beside the window's start-up, not before it.
        // SLF4J keeps what is logged meanwhile and replays it once logback is ready.
        Thread logging = new Thread(() -> {
            LoggerFactory.getILoggerFactory();
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }, "logging-start");
        logging.setDaemon(true);
        logging.start();

        if (args.length == 0) {
            // How the installed application and a double-click start it: straight to the window on the
            // default database. Parsing nothing with picocli still cost about 0.15 s of start-up.
            try {
                MainApp.launch(paths.defaultDatabase(), paths.logFolder(), started);
                System.exit(ExitCodes.DONE);
            } catch (UserFacingException e) {
                System.err.println(e.getMessage());
                System.exit(ExitCodes.REFUSED);
            }
        }
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        var window = new lactracker.cli.LacTrackerCommand.Window() {
            @Override
            public void open(java.nio.file.Path database, java.nio.file.Path logs) {
                MainApp.launch(database, logs, started);
            }

            @Override
            public void openServer(String address, String user, java.nio.file.Path logs) {
                MainApp.launchOnServer(address, user, logs, started);
            }
        };
        int status = Cli.commandLine(paths, window, out, err).execute(args);
        System.exit(status);
    }
}
