package lactracker.ui;

import lactracker.testdata.Databases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.app.AppContext;
import lactracker.ui.shell.MainWindow;
import lactracker.ui.shell.Screen;
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

/** The real main window, headless: it opens its database and every navigation entry shows its screen. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private ShellViewModel model;
    private FxTaskRunner runner;
    private Stage stage;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("lac-window-test");
        runner = new FxTaskRunner(1);
        model = new ShellViewModel(runner, "test.nurse", dir.resolve("logs").toString());
        model.setDemoChildren(30);
        MainWindow window = new MainWindow(model, stage);
        MainApp.show(stage, window);
        stage.show();
        model.open(() -> AppContext.open(Databases.fresh(dir.resolve("db")), Clock.systemUTC(), "test.nurse"));
    }

    @AfterEach
    void close() throws Exception {
        model.close();
        runner.close();
        TestWindow.afterDatabaseClosed();
        try (var files = Files.walk(dir)) { // leave no database behind in the temporary folder
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void windowOpensOnTheAlertsScreenWithTheDatabaseInTheStatusBar(FxRobot robot) throws Exception {
        waitUntilReady();

        assertThat(robot.lookup("#alerts").tryQuery()).isPresent();
        assertThat(robot.lookup("#status-database").queryAs(Label.class).getText()).startsWith("Database: ").endsWith("db.mv.db");
        assertThat(robot.lookup("#status-children").queryAs(Label.class).getText()).isEqualTo("No children");
        assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).isEqualTo("User: test.nurse");
        assertThat(stage.getIcons()).isNotEmpty();
    }

    @Test
    void everyNavigationEntryShowsItsScreen(FxRobot robot) throws Exception {
        waitUntilReady();

        for (Screen screen : Screen.values()) {
            robot.clickOn("#nav-" + screen.id());
            Node shown = robot.lookup("#" + screen.id()).query();
            assertThat(shown.isVisible()).as(screen.id()).isTrue();
            assertThat(robot.lookup("#" + screen.id() + "-title").queryAs(Label.class).getText())
                    .isEqualTo(Messages.get(screen.titleKey()));
            assertThat(robot.lookup("#nav-" + screen.id()).queryAs(ToggleButton.class).isSelected()).isTrue();
            assertThat(model.selectedScreenProperty().get()).isEqualTo(screen);
        }
    }

    @Test
    void keyboardShortcutsOpenEachScreen(FxRobot robot) throws Exception {
        waitUntilReady();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        assertThat(robot.lookup("#settings").tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(robot.lookup("#children").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-children").queryAs(ToggleButton.class).isSelected()).isTrue();
        // Ctrl+2 and type: the keyboard is in the search box.
        waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().getFocusOwner() == robot.lookup("#children-search").query());
    }

    @Test
    void aboutBoxShowsTheVersionAndTheDatabase(FxRobot robot) throws Exception {
        waitUntilReady();

        robot.clickOn("#menu-help").clickOn("#menu-about");

        Node about = robot.lookup("#about-dialog").query();
        assertThat(robot.from(about).lookup(".content").queryAs(Label.class).getText()).contains("db.mv.db");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    }

    @Test
    void f1OpensTheUserGuideAndTheHelpMenuTheShortcutSheet(FxRobot robot) throws Exception {
        waitUntilReady();
        robot.interact(stage::requestFocus);

        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#help-guide").tryQuery().isPresent());
        javafx.stage.Window guide = robot.lookup("#help-guide").query().getScene().getWindow();
        assertThat(((Stage) guide).getTitle()).startsWith("User guide");
        assertThat(robot.lookup("#help-guide .label").queryAllAs(Label.class)).anyMatch(l -> l.getText().equals(
                "Find a child and log an assessment"));
        assertThat(robot.lookup("#help-guide .image-view").queryAll()).hasSizeGreaterThan(5); // the screenshots
        robot.interact(guide::hide);

        robot.clickOn("#menu-help").clickOn("#menu-shortcuts");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#help-shortcuts").tryQuery().isPresent());
        assertThat(robot.lookup("#help-shortcuts .label").queryAllAs(Label.class)).anyMatch(l -> l.getText().equals("Ctrl+S"));
        robot.interact(() -> robot.lookup("#help-shortcuts").query().getScene().getWindow().hide());
    }

    @Test
    void filePrintWithNoPrinterSaysSoPlainly(FxRobot robot) throws Exception {
        waitUntilReady();
        robot.clickOn("#menu-file").clickOn("#menu-print");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#print-message").tryQuery().isPresent());
        assertThat(robot.lookup("#print-message .content").queryAs(Label.class).getText())
                .startsWith("No printer is set up on this computer");
        robot.interact(() -> robot.lookup("#print-message").query().getScene().getWindow().hide());
    }

    @Test
    void anEmptyDatabaseIsOfferedDemoChildrenAndThenSaysTheyAreInvented(FxRobot robot) throws Exception {
        waitUntilReady();
        assertThat(robot.lookup("#demo-offer").query().isVisible()).isTrue();
        assertThat(robot.lookup("#demo-offer .label").queryAllAs(Label.class)) // a new team's first step, said first
                .anyMatch(l -> l.getText().contains("set the home area in Settings (Ctrl+8) first"));
        assertThat(robot.lookup("#demo-banner").query().isVisible()).isFalse();

        robot.clickOn("#demo-add");
        waitFor(30, TimeUnit.SECONDS, () -> model.demoProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#demo-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#demo-offer").tryQuery()).isEmpty(); // out of the window, its Alt+letters too
        assertThat(robot.lookup("#status-children").queryAs(Label.class).getText()).isEqualTo("30 children");
        lactracker.ui.Screenshots.save(robot, stage.getScene().getRoot(), "demo-data.png");
    }

    @Test
    void theImportScreenChecksTheSampleExtractAndImportsItWhenConfirmed(FxRobot robot) throws Exception {
        waitUntilReady();
        lactracker.ui.Screenshots.save(robot, stage.getScene().getRoot(), "first-run.png");
        robot.clickOn("#demo-decline");
        robot.clickOn("#nav-import");
        assertThat(robot.lookup("#import-confirm").queryButton().isDisabled()).isTrue();

        // Hand over the folder as dropping it does (a native file dialog cannot be driven headless).
        javafx.scene.Node screen = robot.lookup("#import").query();
        var importModel = (lactracker.ui.imports.ImportViewModel) screen.getProperties()
                .get(lactracker.ui.imports.ImportViewModel.class);
        robot.interact(() -> importModel.choose(java.util.List.of(java.nio.file.Path.of("src/test/resources/ssda903-sample"))));
        waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#import-confirm").queryButton().isDisabled());

        assertThat(robot.lookup("#import-summary").queryTableView().getItems()).hasSize(4);
        assertThat(robot.lookup("#import-rejections").queryTableView().getItems()).hasSize(72 + 29); // rejected, warnings
        lactracker.ui.Screenshots.save(robot, stage.getScene().getRoot(), "import-checked.png");
        assertThat(robot.lookup("#status-children").queryAs(Label.class).getText()).isEqualTo("No children");
        robot.clickOn("#import-confirm");
        waitFor(60, TimeUnit.SECONDS, () -> "2,675 children".equals(
                robot.lookup("#status-children").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#import-message").queryAs(Label.class).getText()).startsWith("Imported: ");
    }


    private void waitUntilReady() throws Exception {
        waitFor(20, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        // The state is read from this thread; the FX thread may still be running its listeners.
        WaitForAsyncUtils.waitForFxEvents();
    }
}
