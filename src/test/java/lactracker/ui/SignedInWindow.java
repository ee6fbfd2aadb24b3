package lactracker.ui;

import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;
import lactracker.app.Accounts;
import lactracker.ui.shell.MainWindow;
import lactracker.ui.shell.ShellViewModel;
import lactracker.ui.task.FxTaskRunner;

/**
 * The window on a new encrypted database in {@code dir}, set up with administrator "admin" (password
 * {@link #PASSWORD}) and signed in as the application does it, in the background: issue 21's window tests.
 */
public record SignedInWindow(FxTaskRunner runner, ShellViewModel model, MainWindow window) {
    public static final String PASSWORD = "three small words here";

    public static SignedInWindow open(Stage stage, Path dir, Clock clock) {
        return open(stage, dir, clock, admin -> { });
    }

    /** As {@link #open(Stage, Path, Clock)}, {@code seed} first given the administrator's set-up context. */
    public static SignedInWindow open(Stage stage, Path dir, Clock clock,
            java.util.function.Consumer<lactracker.app.AppContext> seed) {
        Accounts accounts = new Accounts(clock);
        try (var admin = accounts.setUp(dir.resolve("db"), "Invented Administrator", "admin", PASSWORD.toCharArray())
                .context()) {
            seed.accept(admin);
        }
        FxTaskRunner runner = new FxTaskRunner(2);
        ShellViewModel model = new ShellViewModel(runner, "os.user", dir.resolve("logs").toString());
        MainWindow window = new MainWindow(model, stage);
        MainApp.show(stage, window);
        stage.sizeToScene();
        stage.show();
        model.askToSignIn(dir.resolve("db"), accounts);
        model.signIn("admin", PASSWORD.toCharArray());
        return new SignedInWindow(runner, model, window);
    }

    public void close() throws Exception {
        model.close();
        runner.close();
        TestWindow.afterDatabaseClosed();
    }
}
