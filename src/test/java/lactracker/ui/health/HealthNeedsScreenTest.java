package lactracker.ui.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.domain.AuditRow;
import lactracker.testdata.HealthNeedsCases;
import lactracker.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Health needs screen in the real window, by mouse and by keys: the day typed, the figures worked out,
 * a nurse chosen, a figure's children listed and one opened; the charts drawn.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HealthNeedsScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-05-10T09:00:00Z"), ZoneOffset.UTC);

    private TestWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.open(stage, CLOCK, HealthNeedsCases::seed);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<AuditRow> rows(FxRobot robot) {
        return robot.lookup("#health-rows").queryAs(TableView.class);
    }

    @Test
    void byMouseTheDaysFiguresANursesChildrenAndOneOpened(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        robot.clickOn("#nav-health");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#health-day").tryQuery().isPresent());
        robot.clickOn("#health-day .text-field");
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("31/03/2017");
        robot.clickOn("#health-compute");
        waitFor(20, TimeUnit.SECONDS, () -> rows(robot).getItems().size() == 40);
        assertThat(robot.lookup("#health-heading").queryAs(Label.class).getText())
                .isEqualTo("On 31 Mar 2017: 5 looked after, 1 care leavers.");

        robot.clickOn("#health-nurse");
        robot.clickOn("Nurse Alpha");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#health-heading").queryAs(Label.class).getText()
                .equals("On 31 Mar 2017: 2 looked after, 0 care leavers."));

        robot.clickOn("Looked after: health passport given");
        TableView<?> behind = robot.lookup("#health-subjects").queryAs(TableView.class);
        waitFor(5, TimeUnit.SECONDS, () -> behind.getItems().size() == 2); // H1 (given) and H2
        robot.doubleClickOn("H2");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#child-name").tryQuery().isPresent());
    }

    @Test
    void byKeysTheFiguresThenTheCharts(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        waitFor(10, TimeUnit.SECONDS, () -> TestWindow.focusOwnerIs(robot, "#health-day"));
        robot.write("31/03/2017");
        TestWindow.press(robot, KeyCode.ENTER); // Work out, the default button
        waitFor(20, TimeUnit.SECONDS, () -> rows(robot).getItems().size() == 40);
        assertThat(rows(robot).getItems().get(0).id()).isEqualTo("needs_sdq_normal");

        robot.clickOn("#health-tab-charts");
        PieChart sdq = robot.lookup("#health-chart-sdq").queryAs(PieChart.class);
        assertThat(sdq.getData()).extracting(PieChart.Data::getName).containsExactly("normal, 0-13 (1)",
                "borderline, 14-16 (0)", "a cause for concern, 17-40 (1)", "none recorded (2)");
        StackedBarChart<?, ?> screening = robot.lookup("#health-chart-screening").queryAs(StackedBarChart.class);
        assertThat(screening.getData()).hasSize(5); // done, declined, not indicated, pending, not recorded
    }
}
