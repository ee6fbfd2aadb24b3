package lactracker.ui.audit;

import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.app.AppContext;
import lactracker.ui.MainApp;
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
import org.testfx.util.WaitForAsyncUtils;

/** The Audit screen in the real window: Enter works the quarter out; a figure lists the children behind it; Enter opens one. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AuditScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-05-10T09:00:00Z"), ZoneOffset.UTC);

    private Path dir;
    private ShellViewModel model;
    private FxTaskRunner runner;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("lac-audit-test");
        try (AppContext setup = AppContext.open(dir.resolve("db"), CLOCK, "lead")) {
            var child = setup.repositories().children().insert(aChild().withLaId("A1").bornOn(LocalDate.of(2010, 6, 15)).build());
            setup.repositories().episodes().insert(lactracker.testdata.EpisodeBuilder.anEpisode().forChild(child.id())
                    .startingOn(LocalDate.of(2017, 1, 9)).build());
        }
        runner = new FxTaskRunner(2);
        model = new ShellViewModel(runner, "lead", dir.resolve("logs").toString());
        MainWindow window = new MainWindow(model, stage);
        MainApp.show(stage, window);
        stage.show();
        model.open(() -> AppContext.open(dir.resolve("db"), CLOCK, "lead"));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).toList().forEach(javafx.stage.Window::hide)).get();
        model.close();
        runner.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean focusOwnerIs(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.getScene() != null && n.getScene().getFocusOwner() == n)
                .orElse(false);
    }

    @Test
    void aFigureListsTheChildrenBehindItAndEnterOpensOne(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery().isPresent()
                && robot.lookup("#alerts-summary").queryAs(Label.class).getText().contains(" amber"));
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow)
                .toList().forEach(javafx.stage.Window::hide));
        robot.clickOn("#alerts-table");
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT5);
        waitFor(10, TimeUnit.SECONDS, () -> focusOwnerIs(robot, "#audit-quarter"));
        press(robot, KeyCode.ENTER); // Work out, the default button
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
        press(robot, KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#child-name").tryQuery().isPresent());
    }
}
