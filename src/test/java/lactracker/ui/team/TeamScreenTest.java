package lactracker.ui.team;

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

/** The Team screen in the real window: tiles and charts drawn, a chart pictured for its PNG, a nurse's children shown. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TeamScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    private TestWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.open(stage, CLOCK, r -> {
            var child = r.children().insert(aChild().withLaId("A1").bornOn(LocalDate.of(2010, 6, 15)).build());
            r.episodes().insert(lactracker.testdata.EpisodeBuilder.anEpisode().forChild(child.id())
                    .startingOn(LocalDate.of(2017, 1, 9)).build());
            // Placed in and out of county, for a pie of more than one slice.
            for (int i = 0; i < 6; i++) {
                var placed = r.children().insert(aChild().withLaId("P" + i).bornOn(LocalDate.of(2010, 6, 15)).build());
                r.episodes().insert(lactracker.testdata.EpisodeBuilder.anEpisode().forChild(placed.id())
                        .startingOn(LocalDate.of(2016, 6, 1)).placedAt(i < 4 ? "ME1 1AA" : "AL1 1AA",
                                i < 4 ? lactracker.domain.PlacementLocation.OUT : lactracker.domain.PlacementLocation.IN).build());
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theTilesAndChartsAreDrawnAndAChartCanBePictured(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#tile-iha_on_time").tryQuery().isPresent());
        waitFor(10, TimeUnit.SECONDS, () -> TestWindow.focusOwnerIs(robot, "#team-caseload"));

        var chart = robot.lookup("#team-chart-looked-after").queryAs(javafx.scene.chart.LineChart.class);
        assertThat(chart.getData()).hasSize(1);
        assertThat(((javafx.scene.chart.XYChart.Series<?, ?>) chart.getData().get(0)).getData()).hasSize(12);
        var picture = WaitForAsyncUtils.asyncFx(() -> TeamView.picture(chart)).get();
        assertThat(picture.getWidth()).isGreaterThan(100);

        // The keyboard landed on the first line (here, the children not allocated), which lists its children.
        var loads = robot.lookup("#team-caseload").queryAs(javafx.scene.control.TableView.class);
        waitFor(5, TimeUnit.SECONDS, () -> loads.getSelectionModel().getSelectedIndex() == 0);
        waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#team-children").queryAs(javafx.scene.control.TableView.class)
                .getItems().isEmpty());
    }

    @Test
    void thePieKeepsItsLabelsBesideItsSlicesWhenTheFiguresAreReadAgain(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        robot.clickOn("#nav-team");
        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#tile-iha_on_time").tryQuery().isPresent());
        var model = ((TeamView) robot.lookup("#team").query().getProperties().get(TeamView.class)).model();
        for (int round = 0; round < 3; round++) { // read again while shown, as after an import or a save elsewhere
            var before = model.overviewProperty().get();
            robot.interact(model::load);
            waitFor(20, TimeUnit.SECONDS, () -> !model.loadingProperty().get() && model.overviewProperty().get() != before);
            WaitForAsyncUtils.waitForFxEvents(); // the charts laid out with the figures read again
        }
        var pie = robot.lookup("#team-chart-placements").queryAs(javafx.scene.chart.PieChart.class);
        var labels = WaitForAsyncUtils.asyncFx(() -> pie.lookupAll(".chart-pie-label").stream()
                .filter(javafx.scene.Node::isVisible)
                .map(n -> n.localToScene(n.getLayoutBounds())).toList()).get();
        assertThat(labels).hasSizeGreaterThanOrEqualTo(2);
        var chartBounds = WaitForAsyncUtils.asyncFx(() -> pie.localToScene(pie.getLayoutBounds())).get();
        // Each label inside the chart, and no two piled on one another.
        assertThat(labels).allMatch(chartBounds::contains);
        for (int a = 0; a < labels.size(); a++) {
            for (int b = a + 1; b < labels.size(); b++) {
                assertThat(labels.get(a).intersects(labels.get(b))).as("labels %d and %d overlap", a, b).isFalse();
            }
        }
    }

    @Test
    void aChartSavedAsPngSaysSoBesideItsButton(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        robot.clickOn("#nav-team");
        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#tile-iha_on_time").tryQuery().isPresent());
        var view = (TeamView) robot.lookup("#team").query().getProperties().get(TeamView.class);
        var chart = robot.lookup("#team-chart-ages").queryAs(javafx.scene.chart.Chart.class);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("age-bands", ".png");
        // (the file was chosen in the system's own dialog, which a test cannot drive)
        robot.interact(() -> view.savePicture(chart, "team-chart-ages", file));

        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#team-chart-ages-message").queryAs(javafx.scene.control.Label.class)
                .getText().startsWith("Chart saved as "));
        assertThat(robot.lookup("#team-chart-looked-after-message").queryAs(javafx.scene.control.Label.class).getText())
                .isEmpty(); // said beside the chart saved only
        assertThat(java.nio.file.Files.size(file)).isGreaterThan(1000);
        java.nio.file.Files.deleteIfExists(file);
    }
}
