package lactracker.ui.trail;

import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.app.AuditTrailService.Line;
import lactracker.ui.Screenshots;
import lactracker.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Audit trail screen in the real window: filtered by mouse and keys, a line opens its child (issue 21). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TrailScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC);

    private TestWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = TestWindow.open(stage, CLOCK, r -> {
            var a1 = r.children().insert(aChild().withLaId("A1").build());
            r.children().insert(aChild().withLaId("B2").build());
            r.access().opened(a1.id());
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    /** The "Change" line of the kind's open list, or null while it is not showing. */
    private static javafx.scene.control.ListCell<?> changeChoice(FxRobot robot) {
        return robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> "Change".equals(c.getText())).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    @Test
    void filtersByKindAndChildShowsEntriesInWordsAndOpensTheChild(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.DIGIT9);
        waitFor(10, TimeUnit.SECONDS, () -> TestWindow.focusOwnerIs(robot, "#trail-person"));
        TableView<Line> table = robot.lookup("#trail-table").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(Line::what)
                .containsExactly("Child's record opened", "Child's record added", "Child's record added");
        assertThat(robot.lookup("#trail-heading").queryAs(Label.class).getText()).isEqualTo("3 entries, newest first");
        robot.lookup("#trail-heading").queryAs(Label.class); // one entry is "1 entry": checked below;

        robot.clickOn("#trail-kind");
        waitFor(5, TimeUnit.SECONDS, () -> changeChoice(robot) != null);
        robot.clickOn(changeChoice(robot));
        assertThat(window.model().services()).isNotNull();
        robot.clickOn("#trail-show");
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);

        robot.clickOn("#trail-child");
        TestWindow.type(robot, "B2");
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).laChildId()).isEqualTo("B2");
        assertThat(robot.lookup("#trail-heading").queryAs(Label.class).getText()).isEqualTo("1 entry, newest first");
        assertThat(table.getItems().get(0).details()).startsWith("LA id: B2; ");
        Screenshots.save(robot, stage.getScene().getRoot(), "audit-trail.png");

        robot.doubleClickOn("#trail-child");
        TestWindow.type(robot, "ZZ9");
        robot.clickOn("#trail-show");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#trail-message").queryAs(Label.class).getText()
                .contains("No child has LA id ZZ9."));

        robot.clickOn("#trail-clear");
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.getItems().get(0).childId()).isNotNull();
        // the first line of the list (the flow keeps spare empty rows, so not merely the first row found)
        robot.doubleClickOn(robot.lookup("#trail-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.getIndex() == 0 && !r.isEmpty()).findFirst().orElseThrow());
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#child-name").tryQuery().isPresent());
    }
}
