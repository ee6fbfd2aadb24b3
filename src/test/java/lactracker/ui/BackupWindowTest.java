package lactracker.ui;

import lactracker.testdata.Databases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import lactracker.app.AppContext;
import lactracker.app.DemoService;
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

/** Issue 19 in the window: File > Back up now, Check the database and Restore from a backup. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BackupWindowTest {
    private ShellViewModel model;
    private FxTaskRunner runner;
    private MainWindow window;
    private Stage stage;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("lac-backup-window-test");
        try (AppContext seed = AppContext.open(Databases.fresh(dir.resolve("db")), Clock.systemUTC(), "seed")) {
            new DemoService(seed).fill(20, 5, done -> { });
        }
        runner = new FxTaskRunner(1);
        model = new ShellViewModel(runner, "lead", dir.resolve("logs").toString());
        window = new MainWindow(model, stage);
        MainApp.show(stage, window);
        stage.show();
        model.open(() -> AppContext.open(Databases.fresh(dir.resolve("db")), Clock.systemUTC(), "lead"));
    }

    @AfterEach
    void close() throws Exception {
        model.close();
        runner.close();
        TestWindow.afterDatabaseClosed();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void aBackupMadeFromTheWindowIsRestoredAfterTheUserSeesWhatItHolds(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        Path backup = dir.resolve("kept.zip");
        robot.interact(() -> model.backupNow(backup)); // the native file chooser cannot be driven headless
        waitFor(30, TimeUnit.SECONDS, () -> model.maintenanceNewsProperty().get().startsWith("Backup written to "));
        assertThat(model.maintenanceNewsProperty().get()).endsWith("(20 children).");

        robot.clickOn("#menu-file").clickOn("#menu-check");
        waitFor(30, TimeUnit.SECONDS, () -> model.maintenanceNewsProperty().get().startsWith("The database check read "));
        assertThat(model.maintenanceNewsProperty().get()).endsWith("the stored cases of all 20 children agree with their records.");

        javafx.application.Platform.runLater(() -> window.askAndRestore(backup)); // it waits for the answer
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#restore-confirm").tryQuery().isPresent());
        assertThat(robot.lookup("#restore-confirm .content").queryAs(Label.class).getText())
                .startsWith("The backup kept.zip holds the database as it was: made ").contains("20 children");
        lactracker.ui.Screenshots.save(robot, robot.lookup("#restore-confirm").query(), "restore-confirm.png");
        robot.clickOn("Restore");

        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.RESTORED);
        lactracker.ui.Screenshots.save(robot, stage.getScene().getRoot(), "restored.png");
        assertThat(robot.lookup("#restore-message").queryAs(Label.class).getText())
                .startsWith("The backup kept.zip (20 children) was restored. The database it replaced is kept as ")
                .endsWith("Start the tracker again to work on the restored records.");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("db-before-restore-"));
        }
    }

    @Test
    void keepingTheDatabaseIsTheDefaultAnswer(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        Path backup = dir.resolve("kept.zip");
        robot.interact(() -> model.backupNow(backup));
        waitFor(30, TimeUnit.SECONDS, () -> model.maintenanceNewsProperty().get().startsWith("Backup written to "));

        javafx.application.Platform.runLater(() -> window.askAndRestore(backup)); // it waits for the answer
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#restore-confirm").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ENTER);

        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#restore-confirm").tryQuery().isEmpty());
        assertThat(model.stateProperty().get()).isEqualTo(ShellViewModel.State.READY);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("db-before-restore-"));
        }
    }

    @Test
    void theDailyBackupsPlanIsSetOnTheSettingsScreenAndABadNumberIsNamed(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        robot.clickOn("#nav-settings");
        waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#settings-backup-keep").queryAs(javafx.scene.control.TextField.class)
                .getText().isEmpty());
        assertThat(robot.lookup("#settings-backup-folder").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(dir.resolve("backups").toString());
        var view = robot.lookup("#settings").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> view.setVvalue(1)); // the section is last: scrolled down, as with the wheel
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        robot.doubleClickOn("#settings-backup-keep");

        TestWindow.type(robot, "many");
        robot.clickOn("#settings-backup-save");
        assertThat(robot.lookup("#settings-backup-message").queryAs(Label.class).getText())
                .isEqualTo("Backups kept must be a whole number from 1 to 365.");

        robot.doubleClickOn("#settings-backup-keep");

        TestWindow.type(robot, "3");
        robot.clickOn("#settings-backup-daily");
        robot.clickOn("#settings-backup-save");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-backup-message").queryAs(Label.class).getText()
                .equals("The backup plan was saved."));
        lactracker.ui.Screenshots.save(robot, stage.getScene().getRoot(), "settings-backups.png");
        var plan = model.backupService().plan();
        assertThat(plan.keep()).isEqualTo(3);
        assertThat(plan.daily()).isFalse();
    }

}
