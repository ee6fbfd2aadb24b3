package lactracker.ui.alerts;

import lactracker.ui.TestWindow;
import lactracker.testdata.Databases;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
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
import lactracker.domain.AlertKind;
import lactracker.domain.Child;
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

/** The home screen in the real window: an overdue IHA shows, opens its child, and goes once the IHA is logged. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AlertsScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    private Path dir;
    private ShellViewModel model;
    private FxTaskRunner runner;
    private Child child;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("lac-alerts-test");
        try (AppContext setup = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "lead")) {
            child = setup.repositories().children().insert(aChild().withLaId("A1").named("Ann", "Zeta")
                    .bornOn(LocalDate.of(2010, 6, 15)).build());
            setup.repositories().episodes().insert(anEpisode().forChild(child.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
        }
        runner = new FxTaskRunner(2);
        model = new ShellViewModel(runner, "lead", dir.resolve("logs").toString());
        MainWindow window = new MainWindow(model, stage);
        MainApp.show(stage, window);
        stage.show();
        model.open(() -> AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "lead"));
    }

    @AfterEach
    void close() throws Exception {
        // The notification's window belongs to the stage the next test class is given: close it too.
        WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).toList().forEach(javafx.stage.Window::hide)).get();
        model.close();
        runner.close();
        lactracker.ui.TestWindow.afterDatabaseClosed();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<lactracker.app.AlertsService.AlertLine> table(FxRobot robot) {
        return robot.lookup("#alerts-table").queryAs(TableView.class);
    }

    private boolean showsOverdueIha(FxRobot robot) {
        return table(robot).getItems().stream().anyMatch(l -> l.alert().kind() == AlertKind.IHA_OVERDUE);
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents(); // each key handled before the next is sent
    }

    private boolean focusOwnerIs(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.getScene() != null && n.getScene().getFocusOwner() == n)
                .orElse(false);
    }

    @Test
    void anOverdueIhaShowsOpensTheChildAndGoesWhenTheIhaIsLogged(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery().isPresent() && showsOverdueIha(robot));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#alerts-summary").queryAs(Label.class).getText().startsWith("1 red"));

        // The notification of what is red was shown; under Monocle its window takes the keyboard from the
        // main window (a desktop's does not), so it is closed before the keys below.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(javafx.stage.Window.getWindows()).anyMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing());
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow)
                .toList().forEach(javafx.stage.Window::hide));
        // A click on the first alert (which also gives the headless window the keyboard), then Enter.
        robot.clickOn("#alerts-table");
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#child-name").tryQuery().isPresent()
                && "Zeta, Ann".equals(robot.lookup("#child-name").queryAs(Label.class).getText()));

        // The record's documents, by mouse: the save dialog (the desktop's) answered with a file in the test's folder.
        lactracker.ui.SaveDialog.answerWith((owner, question) -> dir.resolve(question.name()));
        try {
            robot.clickOn("#child-documents");
            waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Care leaver's health summary…").tryQuery().isPresent());
            robot.clickOn("Request for the initial health assessment…");
            waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#child-message").queryAs(Label.class).getText()
                    .startsWith("The IHA request was written to " + dir.resolve("A1-iha-request.pdf").toAbsolutePath()));
            assertThat(lactracker.app.DocumentServiceTest.textOf(dir.resolve("A1-iha-request.pdf")))
                    .contains("Request for an initial health assessment").contains("Zeta");
        } finally {
            lactracker.ui.SaveDialog.answerWith(null);
        }

        // Log the IHA in the form (the keyboard-only way is ChildrenScreenTest's).
        waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#child-log-assessment").queryButton().isDisabled());
        robot.clickOn("#child-log-assessment");
        waitFor(10, TimeUnit.SECONDS, () -> focusOwnerIs(robot, "#type"));
        press(robot, KeyCode.TAB);
        TestWindow.type(robot, "10/01/2017");
        press(robot, KeyCode.TAB);
        press(robot, KeyCode.TAB);
        press(robot, KeyCode.DOWN); // on the closed outcome box: the next choice, Completed
        press(robot, KeyCode.TAB);
        TestWindow.type(robot, "1/2/2017");
        press(robot, KeyCode.TAB);
        TestWindow.type(robot, "Dr Invented Person");
        press(robot, KeyCode.CONTROL, KeyCode.S);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessment-message").queryAs(Label.class).getText()
                .startsWith("Saved."));

        press(robot, KeyCode.CONTROL, KeyCode.DIGIT1); // back to the alerts: worked out again for that child
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery().isPresent());
        waitFor(10, TimeUnit.SECONDS, () -> !showsOverdueIha(robot));
    }

    @Test
    void anIhaLoggedOutsideTheWindowGoesFromTheAlertsWhenTheWindowCatchesUp(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery().isPresent() && showsOverdueIha(robot));

        // Written to the database as a command run beside the window, or another desk, writes it: not
        // through any screen, so no screen is told.
        model.services().context().repositories().assessments().insert(lactracker.testdata.AssessmentBuilder.anIha()
                .forChild(child.id()).requestedOn(LocalDate.of(2017, 1, 10)).completedOn(LocalDate.of(2017, 2, 1)).build());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(showsOverdueIha(robot)).isTrue();

        robot.interact(model::catchUpQuietly); // what the window does every minute
        waitFor(10, TimeUnit.SECONDS, () -> !showsOverdueIha(robot));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#alerts-summary").queryAs(Label.class).getText().startsWith("0 red"));
    }

    @Test
    void aKindChosenStaysChosenInItsListOnceItsAlertsAreShown(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery().isPresent() && showsOverdueIha(robot));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<lactracker.ui.alerts.AlertsViewModel.Group> kinds = robot.lookup("#alerts-groups")
                .queryAs(javafx.scene.control.ListView.class);
        // Chosen with the mouse, as a user does: a selection made in code while the counts' new list was
        // being laid out failed inside the list's own skin now and then.
        java.util.function.Supplier<java.util.Optional<javafx.scene.control.ListCell<?>>> overdueCell = () -> robot
                .lookup("#alerts-groups .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() instanceof lactracker.ui.alerts.AlertsViewModel.Group g
                        && g.kind() == AlertKind.IHA_OVERDUE)
                .<javafx.scene.control.ListCell<?>>map(c -> c).findFirst();
        waitFor(10, TimeUnit.SECONDS, () -> overdueCell.get().isPresent());
        robot.clickOn(overdueCell.get().orElseThrow());
        waitFor(10, TimeUnit.SECONDS, () -> !table(robot).getItems().isEmpty() && table(robot).getItems().stream()
                .allMatch(l -> l.alert().kind() == AlertKind.IHA_OVERDUE));
        WaitForAsyncUtils.waitForFxEvents();

        // The counts came back as a new list of kinds: the one shown is still the one marked.
        assertThat(kinds.getSelectionModel().getSelectedItem()).isNotNull()
                .extracting(lactracker.ui.alerts.AlertsViewModel.Group::kind).isEqualTo(AlertKind.IHA_OVERDUE);
    }

    @Test
    void aDoubleClickedAlertOpensItsChildOnTheDutiesAndBackReturnsToTheAlerts(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery().isPresent() && showsOverdueIha(robot));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow)
                .toList().forEach(javafx.stage.Window::hide));
        var overdue = robot.lookup("#alerts-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() instanceof lactracker.app.AlertsService.AlertLine l
                        && l.alert().kind() == AlertKind.IHA_OVERDUE && c.getText() != null && !c.getText().isEmpty())
                .findFirst().orElseThrow();
        robot.doubleClickOn(overdue);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#child-name").tryQuery().isPresent()
                && "Zeta, Ann".equals(robot.lookup("#child-name").queryAs(Label.class).getText()));
        var tabs = robot.lookup("#child-tabs").queryAs(javafx.scene.control.TabPane.class);
        waitFor(5, TimeUnit.SECONDS, () -> "tab-duties".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        assertThat(robot.lookup("#child-back").queryButton().getText()).isEqualTo("← Back to Alerts");

        robot.clickOn("#child-back");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false) && robot.lookup("#child-name").tryQuery().map(n -> n.getScene() == null).orElse(true));
    }
}
