package lactracker.ui;

import lactracker.testdata.Databases;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import lactracker.app.AppContext;
import lactracker.store.Repositories;
import lactracker.ui.shell.MainWindow;
import lactracker.ui.shell.ShellViewModel;
import lactracker.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window over a temporary database, for the TestFX tests of each screen. */
public final class TestWindow {
    private final Path dir;
    private final FxTaskRunner runner;
    private final ShellViewModel model;

    private TestWindow(Path dir, FxTaskRunner runner, ShellViewModel model) {
        this.dir = dir;
        this.runner = runner;
        this.model = model;
    }

    /**
     * Shows the window on {@code stage} over a new database filled by {@code seed}, opened as the
     * application opens it (in the background, {@code clock} giving today).
     */
    public static TestWindow open(Stage stage, Clock clock, Consumer<Repositories> seed) throws Exception {
        return open(stage, clock, lactracker.domain.Access.ADMINISTRATOR, seed);
    }

    /** As {@link #open(Stage, Clock, Consumer)}, the window working with {@code access}. */
    public static TestWindow open(Stage stage, Clock clock, lactracker.domain.Access access, Consumer<Repositories> seed)
            throws Exception {
        Path dir = Files.createTempDirectory("lac-window-test");
        try (AppContext setup = AppContext.open(Databases.fresh(dir.resolve("db")), clock, "lead")) {
            seed.accept(setup.repositories());
        }
        FxTaskRunner runner = new FxTaskRunner(2);
        ShellViewModel model = new ShellViewModel(runner, "lead", dir.resolve("logs").toString());
        MainApp.show(stage, new MainWindow(model, stage));
        stage.sizeToScene(); // the stage is shared between tests: one may have left it small
        stage.show();
        model.open(() -> AppContext.open(Databases.fresh(dir.resolve("db")), clock, "lead", access));
        return new TestWindow(dir, runner, model);
    }

    public ShellViewModel model() {
        return model;
    }

    /** Closes the database and the notification's window (it belongs to the stage the next test is given). */
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(TestWindow::hidePopups).get();
        model.close();
        runner.close();
        afterDatabaseClosed();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static void hidePopups() {
        Window.getWindows().stream().filter(w -> w instanceof PopupWindow).toList().forEach(Window::hide);
    }

    /**
     * Waits for the home screen's alerts (worked out on opening), closes the notification of what is red
     * (under Monocle its window takes the keyboard, a desktop's does not) and gives the window the keyboard.
     */
    public static void waitForAlertsThenTakeKeyboard(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery().isPresent()
                && robot.lookup("#alerts-summary").queryAs(Label.class).getText().contains(" amber"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(TestWindow::hidePopups);
        robot.clickOn("#alerts-table");
    }

    /** Presses and releases {@code keys}, then lets the window handle them before the next. */
    public static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Types {@code text} into the control that has the keyboard, as the key-typed events TestFX's
     * {@code write} sends, but handled together: {@code write} waits for the window after each character
     * (about 60 ms each, most of a screen test's time).
     */
    public static void type(FxRobot robot, String text) {
        robot.interact(() -> {
            Window window = Window.getWindows().stream().filter(Window::isFocused).findFirst()
                    .orElseGet(robot::targetWindow);
            javafx.scene.Node target = window.getScene().getFocusOwner();
            for (char c : text.toCharArray()) {
                javafx.event.Event.fireEvent(target != null ? target : window.getScene().getRoot(),
                        new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_TYPED, String.valueOf(c), "",
                                KeyCode.UNDEFINED, false, false, false, false));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * After a test's database is closed: H2 may finish cleaning up large values on a thread of its own after
     * its store has closed, and TestFX would fail the next test with that thread's error. Waits for that
     * thread to go idle, then drops that error alone (the window does the same, {@code Faults.cleanupAfterClose}).
     */
    public static void afterDatabaseClosed() throws Exception {
        long until = System.nanoTime() + 3_000_000_000L;
        do {
            Thread.sleep(30);
        } while (System.nanoTime() < until && Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("H2-") && t.getState() == Thread.State.RUNNABLE));
        List<Throwable> others = new java.util.ArrayList<>();
        while (true) {
            try {
                WaitForAsyncUtils.checkException();
                break;
            } catch (Throwable error) {
                Throwable cause = error instanceof RuntimeException && error.getCause() != null ? error.getCause() : error;
                if (!(cause.getClass().getName().equals("org.h2.mvstore.MVStoreException")
                        && String.valueOf(cause.getMessage()).startsWith("This store is closed"))) {
                    others.add(error);
                }
            }
        }
        if (!others.isEmpty()) {
            throw new AssertionError("an error on another thread", others.get(0));
        }
    }

    public static boolean focusOwnerIs(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.getScene() != null && n.getScene().getFocusOwner() == n)
                .orElse(false);
    }
}
