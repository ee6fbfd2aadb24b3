package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.app.AppContext;
import lactracker.app.AppServices;
import lactracker.app.TeamServer;
import lactracker.domain.Access;
import lactracker.testdata.TestPostgres;
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

/**
 * Issue 23: the window on a team's server. It asks for the server account before any screen (the username
 * given on the command line filled in), opens the screens with that account's access, offers none of the
 * file's own work (backup, restore, the check, a new password), and locks and unlocks against the server.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ServerWindowTest {
    private FxTaskRunner runner;
    private ShellViewModel model;
    private Stage stage;
    private String url;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        url = TestPostgres.shared().freshDatabase();
        try (AppContext admin = AppContext.onServer(url, TestPostgres.USER, "", Clock.systemUTC(), "admin", Access.ADMINISTRATOR)) {
            new AppServices(admin).demo().fill(30, 4, done -> { });
        }
        String address = url.substring("jdbc:".length()) + "?sslmode=disable";
        runner = new FxTaskRunner(2);
        model = new ShellViewModel(runner, "os.user", "logs");
        MainApp.show(stage, new MainWindow(model, stage));
        stage.sizeToScene();
        stage.show();
        model.askToSignInToServer(address, TeamServer.gate(address, Clock.systemUTC()), TestPostgres.USER);
    }

    @AfterEach
    void close() throws Exception {
        model.close();
        runner.close();
    }

    @Test
    void signedInToTheServerTheScreensOpenAndTheFilesOwnWorkIsNotOffered(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signIn-password").tryQuery().isPresent());
        assertThat(robot.lookup("#signIn").lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("The team's records are on the server postgresql://localhost:"));
        assertThat(robot.lookup("#signIn-forgotten").tryQuery()).as("no recovery key on a server").isEmpty();
        assertThat(robot.lookup("#signIn-thisComputer").tryQuery()).as("the server was given at the start").isEmpty();
        robot.clickOn("#signIn-password"); // the username came from the command line
        TestWindow.type(robot, "server password");
        robot.clickOn("#signIn-button");
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery().isPresent());
        assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).isEqualTo("User: " + TestPostgres.USER);
        assertThat(model.services().context().onServer()).isTrue();

        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        var file = bar.getMenus().get(0).getItems();
        for (String id : new String[] {"menu-backup", "menu-restore", "menu-check", "menu-moveToServer", "menu-encrypt",
            "menu-password"}) {
            assertThat(file.stream().filter(i -> id.equals(i.getId())).map(MenuItem::isDisable).findFirst()).as(id).contains(true);
        }
        assertThat(file.stream().filter(i -> "menu-lock".equals(i.getId())).map(MenuItem::isDisable).findFirst()).contains(false);

        TestWindow.press(robot, KeyCode.SHORTCUT, KeyCode.L);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lock-password").tryQuery().isPresent());
        robot.clickOn("#lock-password");
        TestWindow.type(robot, "server password");
        robot.clickOn("#lock-unlock");
        waitFor(20, TimeUnit.SECONDS, () -> !model.lockedProperty().get());
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery().isPresent());
    }

    @Test
    void aLostConnectionShowsABannerKeepsWhatWasTypedAndGoesOnceTheServerAnswers(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signIn-password").tryQuery().isPresent());
        robot.clickOn("#signIn-password");
        TestWindow.type(robot, "server password");
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        robot.clickOn("#nav-children");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#children-search").tryQuery().isPresent());
        robot.clickOn("#children-search");
        TestWindow.type(robot, "Demo");
        assertThat(robot.lookup("#connection-banner").queryAs(Label.class).isVisible()).isFalse();

        // The server ends this desk's connections, as a restart does; the window's next catching up finds it.
        String database = url.substring(url.lastIndexOf('/') + 1);
        try (var admin = java.sql.DriverManager.getConnection(TestPostgres.shared().url("postgres"), TestPostgres.USER, "");
                var s = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?")) {
            s.setString(1, database);
            s.executeQuery().close();
        }
        robot.interact(model::catchUpQuietly);
        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#connection-banner").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#connection-banner").queryAs(Label.class).getText())
                .startsWith("The team's server is not answering");
        Screenshots.save(robot, stage.getScene().getRoot(), "server-connection-lost.png");

        // Asked again (every 10 s in the window; here at once), the pool's next connections answer.
        for (int i = 0; i < 6 && robot.lookup("#connection-banner").queryAs(Label.class).isVisible(); i++) {
            robot.interact(model::retryIfLost);
            Thread.sleep(1000);
        }
        waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#connection-banner").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#children-search").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Demo");
    }
}
