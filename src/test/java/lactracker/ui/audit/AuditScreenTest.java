package lactracker.ui.audit;

import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The Audit screen in the real window: Enter works the quarter out; a figure lists the children behind it; Enter opens one. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AuditScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-05-10T09:00:00Z"), ZoneOffset.UTC);

    private TestWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.open(stage, CLOCK, r -> {
            var child = r.children().insert(aChild().withLaId("A1").bornOn(LocalDate.of(2010, 6, 15)).build());
            r.episodes().insert(lactracker.testdata.EpisodeBuilder.anEpisode().forChild(child.id())
                    .startingOn(LocalDate.of(2017, 1, 9)).build());
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aFigureListsTheChildrenBehindItAndEnterOpensOne(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.DIGIT5);
        waitFor(10, TimeUnit.SECONDS, () -> TestWindow.focusOwnerIs(robot, "#audit-quarter"));
        TestWindow.press(robot, KeyCode.ENTER); // Work out, the default button
        TableView<AuditViewModel.Line> rows = robot.lookup("#audit-rows").queryAs(TableView.class);
        waitFor(20, TimeUnit.SECONDS, () -> !rows.getItems().isEmpty());
        assertThat(robot.lookup("#audit-export-xlsx").queryButton().isDisabled()).isFalse();

        robot.interact(() -> {
            var onTime = rows.getItems().stream().filter(l -> l.row().id().equals("iha_on_time")).findFirst().orElseThrow();
            rows.getSelectionModel().select(onTime);
        });
        TableView<?> behind = robot.lookup("#audit-subjects").queryAs(TableView.class);
        waitFor(5, TimeUnit.SECONDS, () -> behind.getItems().size() == 1);
        robot.clickOn("#audit-subjects");
        robot.interact(() -> behind.getSelectionModel().select(0));
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#child-name").tryQuery().isPresent());
    }
}
