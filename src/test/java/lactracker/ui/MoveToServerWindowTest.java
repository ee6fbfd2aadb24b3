package lactracker.ui;

import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import lactracker.app.TeamServer;
import lactracker.testdata.TestPostgres;
import lactracker.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 23: an administrator moves this computer's records onto a team server from the window (File >
 * Move onto a team server), then works on the server from this computer; its file is kept as it was, and
 * the server's sign-in leads back to it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MoveToServerWindowTest {
    private TestWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.open(stage, Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC), r -> {
            for (int i = 1; i <= 12; i++) {
                r.children().insert(aChild().withLaId(String.format("LA%04d", i)).build());
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theRecordsAreMovedByMouseAndKeysAndThisComputerThenWorksOnTheServer(FxRobot robot) throws Exception {
        ShellViewModel model = window.model();
        waitFor(20, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        Path file = Path.of(model.databaseLocationProperty().get());
        int trailBefore = model.services().context().repositories().auditLog().count();
        String address = TestPostgres.shared().freshDatabase().substring("jdbc:".length()) + "?sslmode=disable";

        robot.clickOn("#menu-file").clickOn("#menu-moveToServer");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#move-address").tryQuery().isPresent());
        assertThat(TestWindow.focusOwnerIs(robot, "#move-address")).as("the address has the keyboard first").isTrue();
        robot.clickOn("#move-address").write(address);
        robot.clickOn("#move-account").write(TestPostgres.USER);
        robot.clickOn("#move-password").write("server password");
        javafx.scene.control.Button move = robot.lookup("#move-dialog .button").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> "Move".equals(b.getText())).findFirst().orElseThrow();
        assertThat(move.isDisabled()).as("address, account and password typed").isFalse();
        robot.clickOn(move);

        // the question's window shown and laid out (found while still opening, its button was not yet visible)
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#move-switch").tryQuery().isPresent()
                && robot.lookup("Work on the server").queryAll().stream().anyMatch(javafx.scene.Node::isVisible));
        assertThat(robot.lookup("#move-switch .header-panel .label").queryAs(Label.class).getText())
                .startsWith("Moved: ").endsWith("rows, counted and checksummed on both");
        robot.clickOn("Work on the server");

        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signIn-password").tryQuery().isPresent());
        assertThat(TeamServer.remembered(file)).isEqualTo(address);
        robot.clickOn("#signIn-password"); // the account used for the move is filled in
        TestWindow.type(robot, "server password");
        robot.clickOn("#signIn-button");
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        assertThat(model.services().context().onServer()).isTrue();
        waitFor(10, TimeUnit.SECONDS, () -> "12 children".equals(robot.lookup("#status-children").queryAs(Label.class).getText()));
        try (var kept = lactracker.app.AppContext.openReadOnly(file, Clock.systemUTC(), "test")) {
            assertThat(kept.childrenCount()).isEqualTo(12);
            assertThat(kept.repositories().auditLog().count()).as("the file only read").isEqualTo(trailBefore);
        }
    }

    @Test
    void aWrongAddressIsSaidAndNothingMoves(FxRobot robot) throws Exception {
        ShellViewModel model = window.model();
        waitFor(20, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        robot.clickOn("#menu-file").clickOn("#menu-moveToServer");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#move-address").tryQuery().isPresent());
        robot.clickOn("#move-address").write("postgresql://lac-db.trust.nhs.uk/lac?sslmode=disable");
        robot.clickOn("#move-account").write("lac_admin");
        robot.clickOn("#move-password").write("x");
        TestWindow.press(robot, javafx.scene.input.KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> model.maintenanceNewsProperty().get().contains("turns off encryption (TLS)"));
        assertThat(model.movingProperty().get()).isFalse();
        assertThat(model.services().context().onServer()).isFalse();
    }
}
