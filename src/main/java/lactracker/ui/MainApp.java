package lactracker.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import lactracker.app.AppContext;
import lactracker.domain.UserFacingException;
import lactracker.ui.shell.ErrorDialog;
import lactracker.ui.shell.MainWindow;
import lactracker.ui.shell.ShellViewModel;
import lactracker.ui.task.FxTaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. It shows the window first and opens the database behind it, so the window
 * appears fast even when the database is large or being migrated.
 */
public final class MainApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(MainApp.class);
    static final String DB_PARAMETER = "db";
    static final String LOGS_PARAMETER = "logs";
    static final String STARTED_PARAMETER = "started";
    static final String SERVER_PARAMETER = "server";
    static final String USER_PARAMETER = "user";
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private FxTaskRunner runner;
    private ShellViewModel model;

    /**
     * Opens the window on {@code database}; returns when the window is closed.
     *
     * @throws UserFacingException when this computer cannot show a JavaFX window at all
     */
    public static void launch(Path database, Path logFolder, long startedNanos) {
        try {
            Application.launch(MainApp.class, "--" + DB_PARAMETER + "=" + database,
                    "--" + LOGS_PARAMETER + "=" + logFolder, "--" + STARTED_PARAMETER + "=" + startedNanos);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            LOG.error("The window could not be opened", e);
            throw new UserFacingException(whyNoWindow(e), e);
        }
    }

    /**
     * Opens the window on a team's server (issue 23): it asks for the person's server account before any
     * screen; {@code user} fills the username when given. Returns when the window is closed.
     */
    public static void launchOnServer(String address, String user, Path logFolder, long startedNanos) {
        try {
            Application.launch(MainApp.class, "--" + SERVER_PARAMETER + "=" + address,
                    "--" + USER_PARAMETER + "=" + (user == null ? "" : user),
                    "--" + LOGS_PARAMETER + "=" + logFolder, "--" + STARTED_PARAMETER + "=" + startedNanos);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            LOG.error("The window could not be opened", e);
            throw new UserFacingException(whyNoWindow(e), e);
        }
    }

    static String whyNoWindow(Throwable e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.contains("GTK")) {
            return Messages.get("window.noGtk");
        }
        if (reason.contains("DISPLAY") || reason.contains("display")) {
            return Messages.get("window.noDisplay");
        }
        return Messages.get("window.notOpened");
    }

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        String server = named.get(SERVER_PARAMETER);
        String logFolder = named.get(LOGS_PARAMETER);
        long started = Long.parseLong(named.getOrDefault(STARTED_PARAMETER, String.valueOf(System.nanoTime())));

        installErrorHandler(stage, logFolder);
        runner = new FxTaskRunner(2);
        model = new ShellViewModel(runner, AppContext.operatingSystemUser(), logFolder);
        model.setDailyBackups(true);
        MainWindow window = new MainWindow(model, stage);
        show(stage, window);
        stage.setOnShown(e -> LOG.info("Window shown {} ms after start, {} ms after the process started",
                (System.nanoTime() - started) / 1_000_000, sinceProcessStart()));
        stage.show();
        Path database = server == null ? Path.of(named.get(DB_PARAMETER)) : null;
        if (server == null) {
            server = lactracker.app.TeamServer.remembered(database); // chosen at the first run, or moved onto
        }
        if (server != null) {
            if (database != null) {
                model.setDatabasePath(database);
            }
            model.askToSignInToServer(server, lactracker.app.TeamServer.gate(server, Clock.systemDefaultZone()),
                    named.get(USER_PARAMETER));
            return;
        }
        // After the window is shown, not beside it: on two cores, opening the database (about 2 s of
        // loading H2, Flyway and jOOQ) at the same time as the JavaFX start-up delayed the window by 1 s.
        // The first run (no database yet) sets real records up encrypted, with an administrator, or tries the demo.
        model.openThisComputer(database);
    }

    /** Milliseconds since this process started, as the system counts them: what a user waits, JVM start included. */
    public static long sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis()).orElse(-1L);
    }

    /** Sets up the stage for the window: scene, stylesheet, title, icons, shortcuts. */
    public static void show(Stage stage, MainWindow window) {
        // Fit the screen: many NHS laptops are still 1366x768, smaller than the size we would like.
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, screen.getWidth());
        double height = Math.min(800, screen.getHeight());
        Scene scene = new Scene(window.root(), width, height);
        scene.getStylesheets().add(MainApp.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        for (int size : ICON_SIZES) {
            var icon = MainApp.class.getResource("/lactracker/icons/lac-tracker-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        window.installShortcuts();
    }

    private static void installErrorHandler(Stage stage, String logFolder) {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            if (lactracker.app.Faults.cleanupAfterClose(thread, error)) {
                LOG.warn("The database engine tidied up after its database had closed, on thread {}", thread.getName());
                return; // after a restore: not a fault to show
            }
            LOG.error("Uncaught exception on thread {}", thread.getName(), error);
            Runnable show = () -> ErrorDialog.show(stage, error, logFolder);
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }

    @Override
    public void stop() throws Exception {
        if (model != null) {
            model.close();
        }
        if (runner != null) {
            runner.close();
        }
        LOG.info("Window closed");
    }
}
