package lactracker.ui;

import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import lactracker.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A database made before sign-in is encrypted from the window, by File > Set up sign-in and encrypt (issue 21). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EncryptWindowTest {
    private TestWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.open(stage, Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC), r -> {
            r.children().insert(aChild().withLaId("LA0001").named("Testa", "Fakename").build());
            r.children().insert(aChild().withLaId("LA0002").build());
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aPlainDatabaseIsEncryptedWithItsChildrenAndOpensSignedIn(FxRobot robot) throws Exception {
        ShellViewModel model = window.model();
        waitFor(20, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        robot.clickOn("#nav-children"); // built now, on the plain database
        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#children-table").tryQuery().isPresent());
        waitFor(10, TimeUnit.SECONDS, () -> model.maintenanceNewsProperty().get().startsWith("This database is not encrypted"));
        Path file = Path.of(model.databaseLocationProperty().get());

        robot.clickOn("#menu-file");
        robot.clickOn("#menu-encrypt");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstRun-name").tryQuery().isPresent());
        assertThat(robot.lookup("#firstRun-demo").tryQuery()).as("no demo offered here").isEmpty();
        robot.clickOn("#firstRun-name");
        TestWindow.type(robot, "Invented Administrator");
        robot.clickOn("#firstRun-username");
        TestWindow.type(robot, "admin");
        robot.clickOn("#firstRun-password");
        TestWindow.type(robot, "three small words here");
        robot.clickOn("#firstRun-again");
        TestWindow.type(robot, "three small words here");
        robot.clickOn("#firstRun-setUp");
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.RECOVERY_KEY
                && robot.lookup("#recoveryKey-kept").tryQuery().map(n -> n.getScene() != null).orElse(false));
        // Twice under a busy CI (session 16) the box was found, then was out of the window by the click (its
        // scene null; why is not yet known): the click waits for the window's pending events first.
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#recoveryKey-kept");
        robot.clickOn("#recoveryKey-open");
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        waitFor(10, TimeUnit.SECONDS, () -> "2 children".equals(robot.lookup("#status-children").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).isEqualTo("User: admin");
        assertThat(model.locks()).isTrue();
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).startsWith("H2encrypt")
                .doesNotContain("Fakename");
        // a screen built on the plain database reads the encrypted one now: the list as at another day
        robot.clickOn("#nav-children");
        robot.interact(() -> robot.lookup("#children-as-at").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2026, 12, 1)));
        waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#children-count").queryAs(Label.class).getText()
                .equals(lactracker.ui.Messages.get("children.loading")));
        assertThat(robot.lookup("#children-failure").queryAs(Label.class).getText()).as("no failure").isEmpty();
        assertThat(robot.lookup("#children-count").queryAs(Label.class).getText()).isEqualTo("Showing 0 of 2");
    }
}
