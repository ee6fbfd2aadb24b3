package lactracker.ui.payments;

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
import lactracker.app.PaymentsService;
import lactracker.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Payments screen in the real window: an invoice for a child who was not ours is flagged and cannot be
 * verified; one for a child who was is verified from the keyboard.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PaymentsScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    private TestWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.open(stage, CLOCK, r -> {
            var gone = r.children().insert(aChild().withLaId("GONE").named("Cal", "Gone").bornOn(LocalDate.of(2010, 6, 15)).build());
            r.episodes().insert(anEpisode().forChild(gone.id()).startingOn(LocalDate.of(2017, 1, 3))
                    .endingOn(LocalDate.of(2017, 1, 31), "E11").build());
            var done = r.assessments().insert(lactracker.testdata.AssessmentBuilder.anIha().forChild(gone.id())
                    .requestedOn(LocalDate.of(2017, 1, 4)).completedOn(LocalDate.of(2017, 2, 7)).outOfArea().build());
            r.payments().insert(new lactracker.domain.Payment(null, done.id(), "INV-9", LocalDate.of(2017, 2, 20),
                    new java.math.BigDecimal("560.00"), false, null, null, null, null));
            var ours = r.children().insert(aChild().withLaId("OURS").named("Ola", "Ours").bornOn(LocalDate.of(2010, 6, 15))
                    .build());
            r.episodes().insert(anEpisode().forChild(ours.id()).startingOn(LocalDate.of(2017, 1, 3)).build());
            var seen = r.assessments().insert(lactracker.testdata.AssessmentBuilder.anIha().forChild(ours.id())
                    .requestedOn(LocalDate.of(2017, 1, 4)).completedOn(LocalDate.of(2017, 2, 14)).outOfArea().build());
            r.payments().insert(new lactracker.domain.Payment(null, seen.id(), "INV-7", LocalDate.of(2017, 2, 24),
                    new java.math.BigDecimal("560.00"), false, null, null, null, null));
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<PaymentsService.PaymentLine> table(FxRobot robot) {
        return robot.lookup("#payments-table").queryAs(TableView.class);
    }

    /** Opens the screen and chooses the line of the child with {@code laId}, from the keyboard. */
    private void openLineOf(FxRobot robot, String laId) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#payments-table").tryQuery().isPresent()
                && table(robot).getItems().size() == 2);
        waitFor(10, TimeUnit.SECONDS, () -> TestWindow.focusOwnerIs(robot, "#payments-table"));
        waitFor(5, TimeUnit.SECONDS, () -> table(robot).getSelectionModel().getSelectedItem() != null);
        for (int i = 0; i < 2 && !laId.equals(table(robot).getSelectionModel().getSelectedItem().laChildId()); i++) {
            TestWindow.press(robot, KeyCode.DOWN);
        }
        waitFor(5, TimeUnit.SECONDS, () -> laId.equals(table(robot).getSelectionModel().getSelectedItem().laChildId()));
    }

    @Test
    void anInvoiceForAChildWhoWasNotOursIsFlaggedAndCannotBeVerified(FxRobot robot) throws Exception {
        openLineOf(robot, "GONE");

        assertThat(robot.lookup("#payments-summary").queryAs(Label.class).getText())
                .contains("2 invoices to verify, 1 invoice for a child who was not ours");
        assertThat(robot.lookup(".table-cell").queryAll()).anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "NOT OURS".equals(c.getText()) && lactracker.ui.Tables.Tone.RED.isOn(c));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#payments-responsibility").queryAs(Label.class).getText()
                .startsWith("Not ours"));
        assertThat(robot.lookup("#commissionerVerified").queryAs(javafx.scene.control.CheckBox.class).isDisabled()).isTrue();
    }

    @Test
    void altYReachesTheOursCheckboxAndSpaceTicksIt(FxRobot robot) throws Exception {
        openLineOf(robot, "OURS");
        var verified = robot.lookup("#commissionerVerified").queryAs(javafx.scene.control.CheckBox.class);
        waitFor(5, TimeUnit.SECONDS, () -> !verified.isDisabled());
        assertThat(verified.isSelected()).isFalse();

        // As everywhere in JavaFX, Alt+letter takes the keyboard to the checkbox and Space ticks it; no
        // hidden part of the window (the answered demo offer had "Start empt_y") may take the letter.
        TestWindow.press(robot, KeyCode.ALT, KeyCode.Y);
        waitFor(5, TimeUnit.SECONDS, () -> TestWindow.focusOwnerIs(robot, "#commissionerVerified"));
        TestWindow.press(robot, KeyCode.SPACE);

        waitFor(5, TimeUnit.SECONDS, verified::isSelected);
    }

    @Test
    void aLineBeingEditedStaysChosenWithWhatWasTypedWhenTheListIsFilteredAgain(FxRobot robot) throws Exception {
        openLineOf(robot, "OURS");
        var verified = robot.lookup("#commissionerVerified").queryAs(javafx.scene.control.CheckBox.class);
        waitFor(5, TimeUnit.SECONDS, () -> !verified.isDisabled());
        robot.interact(() -> verified.setSelected(true)); // typed, not saved

        // Another filter that still holds the line: a new list, which must not choose another line
        // (the form would have asked to discard what was typed, or shown another invoice).
        @SuppressWarnings("unchecked")
        var show = (javafx.scene.control.ComboBox<PaymentsViewModel.Show>) robot.lookup("#payments-show")
                .queryAs(javafx.scene.control.ComboBox.class);
        // (not robot.interact: a question asked would wait for an answer inside it)
        javafx.application.Platform.runLater(() -> show.getSelectionModel().select(PaymentsViewModel.Show.TO_VERIFY));
        waitFor(10, TimeUnit.SECONDS, () -> show.getSelectionModel().getSelectedItem() == PaymentsViewModel.Show.TO_VERIFY
                && !table(robot).getItems().isEmpty());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                .filter(w -> w instanceof javafx.stage.Stage)).hasSize(1); // no question asked
        assertThat(table(robot).getSelectionModel().getSelectedItem().laChildId()).isEqualTo("OURS");
        assertThat(verified.isSelected()).isTrue();
    }

    @Test
    void aSavedInvoiceIsCleanSoChoosingAnotherLineAsksNothing(FxRobot robot) throws Exception {
        openLineOf(robot, "OURS");
        robot.clickOn("#invoiceReference");
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.A);
        TestWindow.type(robot, "INV-70");
        robot.clickOn("#invoiceReceived");
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.A);
        TestWindow.type(robot, "25/02/2017");
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.S); // saved from the date field, as a nurse does
        waitFor(10, TimeUnit.SECONDS, () -> "Invoice saved.".equals(robot.lookup("#payments-message").queryAs(Label.class).getText()));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        var payments = (PaymentsViewModel) robot.lookup("#payments").query().getProperties().get(PaymentsViewModel.class);
        assertThat(payments.hasUnsavedChanges()).isFalse();
        var saved = table(robot).getSelectionModel().getSelectedItem().payment();
        assertThat(saved.invoiceReference()).isEqualTo("INV-70");
        assertThat(saved.invoiceReceived()).isEqualTo(LocalDate.of(2017, 2, 25)); // typed, not yet entered, when Ctrl+S came

        // Another line by mouse: no question, the other invoice shown.
        var other = robot.lookup("#payments-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> "GONE".equals(c.getText())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(() -> { }); // (a question would block robot.interact)
        robot.clickOn(other);
        waitFor(5, TimeUnit.SECONDS, () -> "GONE".equals(table(robot).getSelectionModel().getSelectedItem().laChildId()));
        assertThat(javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                .filter(w -> w instanceof javafx.stage.Stage)).hasSize(1);
    }

    @Test
    void anInvoiceLoggedInErrorIsDeletedByMouseAfterTheQuestion(FxRobot robot) throws Exception {
        openLineOf(robot, "OURS");
        robot.clickOn("#payments-delete");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Delete the invoice INV-7 for Ours, Ola?");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> "Delete".equals(b.getText())).findFirst().orElseThrow());

        waitFor(10, TimeUnit.SECONDS, () -> "The invoice was deleted.".equals(
                robot.lookup("#payments-message").queryAs(Label.class).getText()));
        assertThat(table(robot).getItems()).filteredOn(l -> l.laChildId().equals("OURS"))
                .singleElement().satisfies(l -> assertThat(l.payment()).isNull()); // the line stays, not invoiced
    }
}
