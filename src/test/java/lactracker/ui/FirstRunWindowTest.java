package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import lactracker.app.Accounts;
import lactracker.app.AppContext;
import lactracker.ui.shell.MainWindow;
import lactracker.ui.shell.ShellViewModel;
import lactracker.ui.task.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first run in the window: set up for real records (the first administrator, an encrypted database, the
 * recovery key shown once), or try the demo, which says it opens without signing in (issue 21).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FirstRunWindowTest {
    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private FxTaskRunner runner;
    private ShellViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        runner = new FxTaskRunner(2);
        model = new ShellViewModel(runner, "os.user", dir.resolve("logs").toString());
        model.setDemoChildren(20);
        MainApp.show(stage, new MainWindow(model, stage));
        stage.sizeToScene();
        stage.show();
        Path db = dir.resolve("tracker");
        model.askFirstRun(db, new Accounts(Clock.systemUTC()), () -> AppContext.open(db, Clock.systemUTC(), "os.user"));
    }

    @AfterEach
    void close() throws Exception {
        model.close();
        runner.close();
        TestWindow.afterDatabaseClosed();
    }

    private static String problem(FxRobot robot, String field) {
        return robot.lookup("#" + field + "-problem").queryAs(Label.class).getText();
    }

    @Test
    void settingUpMakesAnEncryptedDatabaseShowsTheRecoveryKeyOnceAndOpensAsItsAdministrator(FxRobot robot)
            throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstRun-name").tryQuery().isPresent());
        robot.clickOn("#firstRun-name");
        TestWindow.type(robot, "Invented Administrator");
        robot.clickOn("#firstRun-username");
        TestWindow.type(robot, "admin");
        robot.clickOn("#firstRun-password");
        TestWindow.type(robot, "short");
        robot.clickOn("#firstRun-again");
        TestWindow.type(robot, "short");
        robot.clickOn("#firstRun-setUp");
        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#password-problem").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        assertThat(problem(robot, "password")).startsWith("A password needs at least 12 characters");
        assertThat(lactracker.app.Accounts.signsIn(dir.resolve("tracker"))).as("nothing made").isFalse();
        Screenshots.save(robot, stage.getScene().getRoot(), "first-run-set-up.png");

        robot.clickOn("#firstRun-password");
        TestWindow.type(robot, "three small words here");
        robot.clickOn("#firstRun-again");
        TestWindow.type(robot, "three small words there");
        robot.clickOn("#firstRun-setUp");
        waitFor(10, TimeUnit.SECONDS, () -> !problem(robot, "again").isEmpty());
        assertThat(problem(robot, "again")).isEqualTo("The two passwords are not the same: type the same one twice.");

        robot.clickOn("#firstRun-password");
        TestWindow.type(robot, "three small words here");
        robot.clickOn("#firstRun-again");
        TestWindow.type(robot, "three small words here");
        robot.clickOn("#firstRun-setUp");
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#recoveryKey-key").tryQuery().isPresent());
        String key = robot.lookup("#recoveryKey-key").queryAs(TextField.class).getText();
        assertThat(key).matches("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}");
        assertThat(robot.lookup("#recoveryKey-open").queryButton().isDisabled()).as("not before it is kept").isTrue();
        Screenshots.save(robot, stage.getScene().getRoot(), "recovery-key.png");
        robot.clickOn("#recoveryKey-kept");
        robot.clickOn("#recoveryKey-open");
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery().isPresent());
        assertThat(model.recoveryKeyProperty().get()).as("forgotten once kept").isEmpty();
        assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).isEqualTo("User: admin");
        assertThat(robot.lookup("#demo-offer").tryQuery()).as("no invented children in a real database").isEmpty();
        assertThat(model.services().context().access()).isEqualTo(lactracker.domain.Access.ADMINISTRATOR);
        assertThat(model.locks()).isTrue();
        model.close();

        new Accounts(Clock.systemUTC()).recover(dir.resolve("tracker"), key, "admin", "four other small words".toCharArray())
                .close(); // the key shown opens the records
    }

    @Test
    void tryingItFillsAPlainDatabaseWithInventedChildrenAndTheBannerSaysItOpensWithoutSigningIn(FxRobot robot)
            throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstRun-demo").tryQuery().isPresent());
        robot.clickOn("#firstRun-demo");
        waitFor(60, TimeUnit.SECONDS, () -> model.demoProperty().get());
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#demo-banner").query().isVisible());
        assertThat(robot.lookup("#demo-banner").queryAs(Label.class).getText()).contains("opens without signing in");
        assertThat(robot.lookup("#status-children").queryAs(Label.class).getText()).isEqualTo("20 children");
        assertThat(model.locks()).isFalse();
        assertThat(lactracker.app.Accounts.signsIn(dir.resolve("tracker"))).isFalse();
    }

    @Test
    void theTeamsServerChosenAtTheFirstRunIsRememberedAndSignedInTo(FxRobot robot) throws Exception {
        String url = lactracker.testdata.TestPostgres.shared().freshDatabase();
        try (AppContext admin = AppContext.onServer(url, lactracker.testdata.TestPostgres.USER, "", Clock.systemUTC(),
                "admin", lactracker.domain.Access.ADMINISTRATOR)) {
            new lactracker.app.AppServices(admin).demo().fill(10, 3, done -> { });
        }
        String address = url.substring("jdbc:".length()) + "?sslmode=disable";
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstRun-server").tryQuery().isPresent());

        robot.clickOn("#firstRun-server");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstRun-serverAddress").tryQuery().isPresent());
        robot.clickOn("#firstRun-serverAddress").write("postgresql://lac-db.trust.nhs.uk/lac?sslmode=disable");
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstRun-serverMessage").tryQuery()
                .map(n -> ((Label) n).getText().contains("turns off encryption (TLS)")).orElse(false));
        assertThat(lactracker.app.TeamServer.remembered(dir.resolve("tracker"))).isNull();

        robot.clickOn("#firstRun-server");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstRun-serverAddress").tryQuery().isPresent());
        robot.clickOn("#firstRun-serverAddress").write(address);
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signIn-username").tryQuery().isPresent());
        assertThat(lactracker.app.TeamServer.remembered(dir.resolve("tracker"))).isEqualTo(address);
        robot.clickOn("#signIn-username");
        TestWindow.type(robot, lactracker.testdata.TestPostgres.USER);
        robot.clickOn("#signIn-password");
        TestWindow.type(robot, "server password");
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        assertThat(model.services().context().onServer()).isTrue();
        assertThat(model.services().context().childrenCount()).isEqualTo(10);
    }

    @Test
    void aServerChosenAtTheFirstRunCanBeLeftForThisComputerFromItsSignIn(FxRobot robot) throws Exception {
        String address = "postgresql://localhost:5432/lac?sslmode=disable"; // not asked: nobody signs in to it
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstRun-server").tryQuery().isPresent());
        robot.clickOn("#firstRun-server");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstRun-serverAddress").tryQuery().isPresent());
        robot.clickOn("#firstRun-serverAddress").write(address);
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signIn-thisComputer").tryQuery().isPresent());
        assertThat(lactracker.app.TeamServer.remembered(dir.resolve("tracker"))).isEqualTo(address);

        robot.clickOn("#signIn-thisComputer");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstRun-server").tryQuery().isPresent());
        assertThat(lactracker.app.TeamServer.remembered(dir.resolve("tracker"))).isNull();
        assertThat(model.stateProperty().get()).isEqualTo(ShellViewModel.State.FIRST_RUN);
        assertThat(robot.lookup("#signIn-thisComputer").tryQuery()).isEmpty();
    }
}
