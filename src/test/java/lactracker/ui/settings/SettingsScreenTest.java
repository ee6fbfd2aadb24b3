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
        TestWindow.type(robot, "0");
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#ihaDue-problem").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#ihaDue-problem").queryAs(Label.class).getText())
                .isEqualTo("The IHA due period must be between 1 and 60.");

        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.A);
        TestWindow.type(robot, "21");
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-message").queryAs(Label.class).getText()
                .startsWith("Settings saved."));
        assertThat(robot.lookup("#ihaDue-problem").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void settingsSavedIsSaidBesideTheSaveButtonPressedWithTheMouse(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.DIGIT8);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-save").tryQuery().isPresent()
                && "20".equals(robot.lookup("#ihaDue").queryAs(javafx.scene.control.TextField.class).getText()));
        robot.doubleClickOn("#ihaDue");
        TestWindow.type(robot, "21");
        var view = robot.lookup("#settings").queryAs(javafx.scene.control.ScrollPane.class);
        var button = robot.lookup("#settings-save").query();
        robot.interact(() -> { // scrolled down to the button, as a nurse would with the wheel
            double content = view.getContent().getBoundsInLocal().getHeight();
            double seen = view.getViewportBounds().getHeight();
            double y = view.getContent().sceneToLocal(button.localToScene(0, 0)).getY();
            view.setVvalue(content <= seen ? 0 : Math.min(1, Math.max(0, (y - seen / 2) / (content - seen))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(button);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-message").queryAs(Label.class).getText()
                .startsWith("Settings saved."));
        WaitForAsyncUtils.waitForFxEvents();
        // In sight: inside the screen's visible part, just under the button that was pressed.
        var message = robot.lookup("#settings-message").queryAs(Label.class);
        var seen = view.localToScreen(view.getLayoutBounds());
        assertThat(seen.contains(message.localToScreen(message.getLayoutBounds()))).isTrue();
        assertThat(message.localToScreen(0, 0).getY() - button.localToScreen(0, 0).getY()).isBetween(0.0, 60.0);
        // No other part says it.
        assertThat(robot.lookup("#settings-team-message").queryAs(Label.class).getText()).isEmpty();
    }
}
