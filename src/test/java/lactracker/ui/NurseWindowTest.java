package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.domain.Access;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window signed in as a nurse offers her own work: not the Audit trail or Import screens, by button or
 * shortcut, and the settings read-only (the services refuse the rest in any case).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NurseWindowTest {
    private TestWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.open(stage, Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC), Access.NURSE,
                r -> { });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theScreenIsNotOffered(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        assertThat(robot.lookup("#nav-trail").query().isVisible()).isFalse();
        assertThat(robot.lookup("#nav-children").query().isVisible()).isTrue();
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.DIGIT9);
        waitForFxEvents();
        assertThat(window.model().selectedScreenProperty().get().id()).isEqualTo("alerts");
        assertThat(robot.lookup("#trail").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-import").query().isVisible()).isFalse();
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
        waitForFxEvents();
        assertThat(window.model().selectedScreenProperty().get().id()).isEqualTo("alerts");

        robot.clickOn("#nav-settings");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#settings-readOnly").tryQuery().isPresent());
        assertThat(robot.lookup("#settings-readOnly").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Your account (nurse) may read the settings; an administrator changes them.");
        assertThat(robot.lookup("#settings-save").queryButton().isDisabled()).isTrue();
    }
}
