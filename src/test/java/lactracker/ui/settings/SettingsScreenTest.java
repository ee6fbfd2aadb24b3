package lactracker.ui.settings;

import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings screen in the real window, from the keyboard: a bad value named at its field, then saved. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    private TestWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.open(stage, CLOCK, r -> {
            r.children().insert(aChild().withLaId("A1").bornOn(LocalDate.of(2010, 6, 15)).build());
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aBadValueIsNamedAtItsFieldAndAGoodOneIsSaved(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.DIGIT8);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#ihaDue").tryQuery().isPresent()
                && "20".equals(robot.lookup("#ihaDue").queryAs(javafx.scene.control.TextField.class).getText()));
        waitFor(10, TimeUnit.SECONDS, () -> TestWindow.focusOwnerIs(robot, "#ihaRequestWindow"));

        TestWindow.press(robot, KeyCode.TAB); // to the IHA due period
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("0");
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#ihaDue-problem").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#ihaDue-problem").queryAs(Label.class).getText())
                .isEqualTo("The IHA due period must be between 1 and 60.");

        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("21");
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-message").queryAs(Label.class).getText()
                .startsWith("Settings saved."));
        assertThat(robot.lookup("#ihaDue-problem").queryAs(Label.class).isVisible()).isFalse();
    }
}
