package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.app.Accounts;
import lactracker.domain.Access;
import lactracker.ui.shell.ShellViewModel;
import lactracker.ui.task.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Accounts in Settings and File > Change my password, in the window signed in as the administrator (issue 21). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AccountsWindowTest {
    private static final String PASSWORD = SignedInWindow.PASSWORD;

    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private FxTaskRunner runner;
    private ShellViewModel model;
    private Stage stage;
    private SignedInWindow signedIn;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        signedIn = SignedInWindow.open(stage, dir, Clock.systemUTC());
        runner = signedIn.runner();
        model = signedIn.model();
    }

    @AfterEach
    void close() throws Exception {
        signedIn.close();
    }

    /** Scrolls the Settings screen until {@code query} is in view, so that the mouse can reach it. */
    private static void scrollTo(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            ScrollPane pane = (ScrollPane) robot.lookup("#settings").query();
            double y = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
        waitForFxEvents();
    }

    @Test
    void anAdministratorGivesANewMemberAnAccountWhoThenSignsInAndChangesTheirOwnPassword(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        robot.clickOn("#nav-settings");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-account-save").tryQuery().isPresent());
        scrollTo(robot, "#settings-member-new");
        robot.clickOn("#settings-member-new");
        scrollTo(robot, "#memberName");
        robot.clickOn("#memberName");
        TestWindow.type(robot, "Invented Lead");
        robot.clickOn("#memberUsername");
        TestWindow.type(robot, "t.lead");
        robot.clickOn("#settings-member-save");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-team").queryTableView().getItems().size() == 2);
        robot.interact(() -> robot.lookup("#settings-team").queryTableView().getSelectionModel().select(1));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-account-current").queryAs(Label.class).getText()
                .equals("No account yet: this team member cannot sign in."));

        scrollTo(robot, "#settings-account-save");
        robot.clickOn("#settings-account-access");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> "team lead".equals(c.getText())).findFirst().orElseThrow());
        robot.clickOn("#settings-account-save");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#accountPassword-problem").queryAs(Label.class).getText()
                .startsWith("A new account needs a first password"));
        robot.clickOn("#settings-account-password");
        TestWindow.type(robot, "a first password here");
        robot.clickOn("#settings-account-save");
        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#settings-account-message").queryAs(Label.class).getText()
                .equals("t.lead now signs in as team lead."));
        assertThat(robot.lookup("#settings-account-current").queryAs(Label.class).getText()).isEqualTo("Signs in as team lead.");
        Screenshots.save(robot, stage.getScene().getRoot(), "settings-accounts.png");

        robot.clickOn("#menu-file");
        robot.clickOn("#menu-password");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#password-current").tryQuery().isPresent());
        // typed key by key: the batched typing reaches the focused window, which under Monocle is not the dialog
        robot.clickOn("#password-current").write(PASSWORD);
        robot.clickOn("#password-new").write("words changed by me");
        robot.clickOn("#password-again").write("words changed by me");
        TestWindow.press(robot, KeyCode.ENTER);
        waitFor(20, TimeUnit.SECONDS, () -> !model.maintenanceNewsProperty().get().isEmpty());
        assertThat(model.maintenanceNewsProperty().get()).startsWith("Your password was changed");
        model.close();

        var accounts = new Accounts(Clock.systemUTC());
        accounts.signIn(dir.resolve("db"), "admin", "words changed by me".toCharArray()).close();
        try (var lead = accounts.signIn(dir.resolve("db"), "t.lead", "a first password here".toCharArray())) {
            assertThat(lead.access()).isEqualTo(Access.TEAM_LEAD);
        }
    }
}
