package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.domain.AuditEntry;
import lactracker.testdata.MovingClock;
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
 * The window signed in to an encrypted database locks after the idle minutes of the settings, on a clock
 * the test moves, and keeps what was typed (issue 21).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class IdleLockWindowTest {
    private static final String PASSWORD = SignedInWindow.PASSWORD;

    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private final MovingClock clock = new MovingClock();
    private FxTaskRunner runner;
    private ShellViewModel model;
    private Stage stage;
    private SignedInWindow signedIn;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        signedIn = SignedInWindow.open(stage, dir, clock);
        runner = signedIn.runner();
        model = signedIn.model();
        window = signedIn.window();
    }

    @AfterEach
    void close() throws Exception {
        signedIn.close();
    }

    private void idleCheck() {
        Platform.runLater(model::checkIdle);
        waitForFxEvents();
    }

    @Test
    void locksAfterTheIdleMinutesKeepsTheTypedSearchAndUnlocksOnlyWithThePassword(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        robot.clickOn("#nav-children");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#children-search").tryQuery().isPresent());
        robot.clickOn("#children-search");
        TestWindow.type(robot, "half typed");

        clock.pass(Duration.ofMinutes(9).plusSeconds(59));
        idleCheck();
        assertThat(model.lockedProperty().get()).as("not yet: 9:59 idle of 10 minutes").isFalse();
        robot.moveTo("#children-search"); // the mouse moving is use: the ten minutes start again
        robot.moveBy(20, 5);
        clock.pass(Duration.ofMinutes(9));
        idleCheck();
        assertThat(model.lockedProperty().get()).as("9 minutes since the mouse moved").isFalse();

        clock.pass(Duration.ofMinutes(1));
        idleCheck();
        assertThat(model.lockedProperty().get()).isTrue();
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lock-password").tryQuery().isPresent());
        assertThat(robot.lookup("#lock-intro").queryAs(Label.class).getText())
                .contains("after 10 minutes without use").contains("admin");
        assertThat(robot.lookup("#children-search").queryAs(TextField.class).isVisible()
                && robot.lookup("#main-window").query().isVisible()).as("nothing of the screens shows").isFalse();
        Screenshots.save(robot, stage.getScene().getRoot(), "idle-lock.png");

        TestWindow.press(robot, KeyCode.SHORTCUT, KeyCode.DIGIT1); // no screen opens behind the lock
        waitForFxEvents();
        assertThat(model.selectedScreenProperty().get().id()).isEqualTo("children");

        robot.clickOn("#lock-password");
        TestWindow.type(robot, "not my words at all");
        robot.clickOn("#lock-unlock");
        waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#lock-message").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#lock-message").queryAs(Label.class).getText())
                .isEqualTo("That is not the password of admin, who is signed in here. Type it again, or close the tracker.");
        assertThat(model.lockedProperty().get()).isTrue();

        robot.clickOn("#lock-password");
        TestWindow.type(robot, PASSWORD);
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(20, TimeUnit.SECONDS, () -> !model.lockedProperty().get());
        waitForFxEvents();
        TextField search = robot.lookup("#children-search").queryAs(TextField.class);
        assertThat(search.getText()).as("what was typed survives the lock").isEqualTo("half typed");
        assertThat(search.isFocused()).as("the keyboard is back where it was").isTrue();
        assertThat(robot.lookup("#lock").tryQuery()).isEmpty();

        // a form with changes not yet saved survives it too, and still counts as unsaved
        robot.clickOn("#nav-settings");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#homeLocalAuthority").tryQuery().isPresent());
        robot.doubleClickOn("#homeLocalAuthority");
        TestWindow.type(robot, "919");
        robot.interact(model::lockNow);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lock-password").tryQuery().isPresent());
        robot.clickOn("#lock-password");
        TestWindow.type(robot, PASSWORD);
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(20, TimeUnit.SECONDS, () -> !model.lockedProperty().get());
        assertThat(robot.lookup("#homeLocalAuthority").queryAs(TextField.class).getText()).isEqualTo("919");
        assertThat(window.hasUnsavedChanges()).isTrue();

        List<String> trail = model.services().context().database().dsl()
                .select(lactracker.store.jooq.Tables.AUDIT_LOG.TABLE_NAME).from(lactracker.store.jooq.Tables.AUDIT_LOG)
                .where(lactracker.store.jooq.Tables.AUDIT_LOG.ACTION.eq("access"))
                .and(lactracker.store.jooq.Tables.AUDIT_LOG.USERNAME.eq("admin"))
                .orderBy(lactracker.store.jooq.Tables.AUDIT_LOG.ID).fetch(lactracker.store.jooq.Tables.AUDIT_LOG.TABLE_NAME);
        assertThat(trail).containsSubsequence("sign_in", "lock", "unlock_refused", "unlock");
    }

    @Test
    void ctrlLLocksAtOnce(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        TestWindow.press(robot, KeyCode.SHORTCUT, KeyCode.L);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lock-intro").tryQuery().isPresent());
        assertThat(robot.lookup("#lock-intro").queryAs(Label.class).getText()).startsWith("The window was locked.");
    }
}
