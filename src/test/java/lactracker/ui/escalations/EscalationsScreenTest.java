package lactracker.ui.escalations;

import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.app.EscalationsService.EscalationLine;
import lactracker.domain.AlertKind;
import lactracker.domain.PlacementLocation;
import lactracker.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Escalations screen in the real window: a step taken from the keyboard goes overdue and raises the alert. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EscalationsScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    private TestWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.open(stage, CLOCK, r -> {
            var away = r.children().insert(aChild().withLaId("AWAY").named("Bea", "Away")
                    .bornOn(LocalDate.of(2010, 6, 15)).build());
            r.episodes().insert(anEpisode().forChild(away.id()).startingOn(LocalDate.of(2017, 1, 9))
                    .placedAt("ME1 1AA", PlacementLocation.OUT).build());
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<EscalationLine> table(FxRobot robot) {
        return robot.lookup("#escalations-table").queryAs(TableView.class);
    }

    @Test
    void aStepTakenFromTheKeyboardGoesOverdueAndRaisesTheAlert(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#escalations-table").tryQuery().isPresent()
                && table(robot).getItems().size() == 1);
        waitFor(10, TimeUnit.SECONDS, () -> TestWindow.focusOwnerIs(robot, "#escalations-table"));
        waitFor(5, TimeUnit.SECONDS, () -> table(robot).getSelectionModel().getSelectedItem() != null);

        TestWindow.press(robot, KeyCode.ALT, KeyCode.T); // Add a step
        waitFor(5, TimeUnit.SECONDS, () -> TestWindow.focusOwnerIs(robot, "#level"));
        TestWindow.press(robot, KeyCode.TAB);
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.A); // today is filled in: the step was a week ago
        TestWindow.type(robot, "7/2/2017");
        TestWindow.press(robot, KeyCode.TAB);
        TestWindow.type(robot, "Host LAC administrator");
        TestWindow.press(robot, KeyCode.TAB);
        TestWindow.type(robot, "Medway");
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.S);

        waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1 && table(robot).getItems().get(0).level() == 1);
        waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().get(0).stepOverdue(LocalDate.of(2017, 3, 1)));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#escalations-summary").queryAs(Label.class).getText()
                .startsWith("1 escalation open, 1 with a response overdue"));

        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").queryAs(TableView.class).getItems().stream()
                .anyMatch(l -> ((lactracker.app.AlertsService.AlertLine) l).alert().kind() == AlertKind.ESCALATION_STEP_DUE));
    }

    @Test
    void theChildsRecordOpensItsLineOnTheEscalationsScreen(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        robot.interact(() -> robot.lookup("#alerts-table").queryAs(TableView.class).getSelectionModel().select(0));
        TestWindow.press(robot, KeyCode.ENTER); // the child's record
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#child-open-escalations").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#child-open-escalations").queryButton().fire());

        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#escalations-table").tryQuery().isPresent()
                && table(robot).getSelectionModel().getSelectedItem() != null
                && "AWAY".equals(table(robot).getSelectionModel().getSelectedItem().laChildId()));
    }

    @Test
    void byMouseAnEscalationIsStartedClosedWithAReasonAndReopened(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        robot.clickOn("#nav-escalations");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#escalations-table").tryQuery().isPresent()
                && table(robot).getItems().size() == 1);
        robot.clickOn(robot.lookup("#escalations-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitFor(5, TimeUnit.SECONDS, () -> table(robot).getSelectionModel().getSelectedItem() != null);

        robot.clickOn("#escalations-add-step");
        robot.clickOn("#contact");
        TestWindow.type(robot, "Host LAC administrator");
        robot.clickOn("#hostArea");
        TestWindow.type(robot, "Medway");
        robot.clickOn("#escalations-save");
        waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().get(0).level() == 1);

        // The step's letter, by mouse: the save dialog (the desktop's) answered with a file in a folder of the test's.
        java.nio.file.Path letters = java.nio.file.Files.createTempDirectory("lac-letters");
        lactracker.ui.SaveDialog.answerWith((owner, question) -> letters.resolve(question.name()));
        try {
            waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#escalations-letter-made").queryAs(Label.class).getText()
                    .equals("No letter made for the level 1 step yet."));
            robot.clickOn("#escalations-letter");
            waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#escalations-message").queryAs(Label.class).getText()
                    .startsWith("The letter was written to " + letters.resolve("AWAY-escalation-level-1.pdf").toAbsolutePath()));
            assertThat(lactracker.app.DocumentServiceTest.textOf(letters.resolve("AWAY-escalation-level-1.pdf")))
                    .contains("To: Host LAC administrator").contains("AWAY");
            // Kept beside its step: the step now says when, by whom and where its letter went.
            waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#escalations-letter-made").queryAs(Label.class).getText()
                    .matches("Letter for the level 1 step made on .* by lead, saved to "
                            + java.util.regex.Pattern.quote(letters.resolve("AWAY-escalation-level-1.pdf").toAbsolutePath().toString())));
        } finally {
            lactracker.ui.SaveDialog.answerWith(null);
        }

        robot.clickOn("#escalations-close");
        robot.clickOn("#escalations-save"); // no reason given
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#asked-problem").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#asked-problem").queryAs(Label.class).getText()).startsWith("Say why the escalation is closed");
        robot.clickOn("#asked");
        TestWindow.type(robot, "Child moved back into county");
        robot.clickOn("#escalations-save");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#escalations-message").queryAs(Label.class).getText()
                .equals(lactracker.ui.Messages.get("escalations.saved.closed")));

        robot.clickOn("#escalations-show-closed");
        waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1 && table(robot).getItems().get(0).closed());
        robot.clickOn(robot.lookup("#escalations-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#escalations-reopen").query().isVisible());
        robot.clickOn("#escalations-reopen");
        waitFor(10, TimeUnit.SECONDS, () -> !table(robot).getItems().get(0).closed());
        assertThat(table(robot).getItems().get(0).level()).isEqualTo(1);
    }

    @Test
    void aStepLoggedInErrorIsDeletedByMouseAfterTheQuestion(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        robot.clickOn("#nav-escalations");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#escalations-table").tryQuery().isPresent()
                && table(robot).getItems().size() == 1);
        robot.clickOn(robot.lookup("#escalations-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#escalations-add-step");
        robot.clickOn("#contact");
        TestWindow.type(robot, "Host LAC administrator");
        robot.clickOn("#hostArea");
        TestWindow.type(robot, "Medway");
        robot.clickOn("#escalations-save");
        waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().get(0).level() == 1);
        // the chosen line's steps are read again after the save: click the step once it is listed
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#escalations-steps .table-row-cell").queryAllAs(
                javafx.scene.control.TableRow.class).stream().anyMatch(row -> !row.isEmpty()));

        robot.clickOn(robot.lookup("#escalations-steps .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(row -> !row.isEmpty()).findFirst().orElseThrow());
        robot.clickOn("#escalations-delete-step");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Delete the level 1 step of 1 Mar 2017?");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> "Delete".equals(b.getText())).findFirst().orElseThrow());

        waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().get(0).level() == 0);
    }
}
