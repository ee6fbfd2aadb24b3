package lactracker.ui.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.domain.Access;
import lactracker.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A nurse is not offered the Audit trail screen, by button or by Ctrl+9 (the service refuses it in any case). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TrailHiddenFromANurseTest {
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
    }
}
