package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.app.Accounts;
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

/** The window on an encrypted database asks who is signing in before it opens it (issue 21). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SignInWindowTest {
    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private FxTaskRunner runner;
    private ShellViewModel model;
    private Stage stage;
    private String recoveryKey;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Accounts accounts = new Accounts(Clock.systemUTC());
        var made = accounts.setUp(dir.resolve("db"), "Invented Administrator", "admin", "three small words here".toCharArray());
        made.context().close();
        recoveryKey = made.recoveryKey();
        runner = new FxTaskRunner(2);
        model = new ShellViewModel(runner, "os.user", dir.resolve("logs").toString());
        MainApp.show(stage, new MainWindow(model, stage));
        stage.sizeToScene();
        stage.show();
        model.askToSignIn(dir.resolve("db"), accounts);
    }

    @AfterEach
    void close() throws Exception {
        model.close();
        runner.close();
        TestWindow.afterDatabaseClosed();
    }

    @Test
    void aWrongPasswordIsToldPlainlyAndTheRightOneOpensTheScreensAsThatUser(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signIn-username").tryQuery().isPresent());
        assertThat(robot.lookup("#nav-alerts").query().isDisabled() || robot.lookup("#nav-alerts").query().getParent().isDisabled())
                .as("no screen before signing in").isTrue();
        robot.clickOn("#signIn-username");
        TestWindow.type(robot, "admin");
        robot.clickOn("#signIn-password");
        TestWindow.type(robot, "not the words");
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signIn-message").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("The username, password or recovery key is not right")).orElse(false));
        Screenshots.save(robot, stage.getScene().getRoot(), "sign-in.png");

        robot.clickOn("#signIn-password"); // the username is kept, the password is not
        TestWindow.type(robot, "three small words here");
        robot.clickOn("#signIn-button");
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery().isPresent());
        assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).isEqualTo("User: admin");
        assertThat(model.services().context().access()).isEqualTo(lactracker.domain.Access.ADMINISTRATOR);
    }

    @Test
    void everyPasswordForgottenTheRecoveryKeyOpensItAndSetsANewOne(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signIn-forgotten").tryQuery().isPresent());
        robot.clickOn("#signIn-forgotten");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recover-key").tryQuery().isPresent());
        robot.clickOn("#recover-key");
        TestWindow.type(robot, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE");
        robot.clickOn("#recover-username");
        TestWindow.type(robot, "admin");
        robot.clickOn("#recover-password");
        TestWindow.type(robot, "four other small words");
        robot.clickOn("#recover-again");
        TestWindow.type(robot, "four other small words");
        robot.clickOn("#recover-button");
        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#form-message").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("The username, password or recovery key is not right")).orElse(false));

        robot.doubleClickOn("#recover-key");
        robot.interact(() -> robot.lookup("#recover-key").queryAs(javafx.scene.control.TextField.class).clear());
        TestWindow.type(robot, recoveryKey.toLowerCase(java.util.Locale.ROOT)); // as a person may type it
        robot.clickOn("#recover-password"); // the username is kept, the passwords are not
        TestWindow.type(robot, "four other small words");
        robot.clickOn("#recover-again");
        TestWindow.type(robot, "four other small words");
        robot.clickOn("#recover-button");
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).isEqualTo("User: admin");
        model.close();
        new Accounts(Clock.systemUTC()).signIn(dir.resolve("db"), "admin", "four other small words".toCharArray()).close();
    }
}
