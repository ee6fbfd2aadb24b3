package lactracker.ui.payments;

import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.domain.Payment;
import lactracker.testdata.AssessmentBuilder;
import lactracker.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An invoice is verified from the keyboard alone: its checkbox has its own Alt+letter, which no hidden part of the window takes. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PaymentsKeyboardTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    private TestWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.open(stage, CLOCK, r -> {
            var ours = r.children().insert(aChild().withLaId("OURS").named("Ola", "Ours").bornOn(LocalDate.of(2010, 6, 15))
                    .build());
            r.episodes().insert(anEpisode().forChild(ours.id()).startingOn(LocalDate.of(2017, 1, 3)).build());
            var done = r.assessments().insert(AssessmentBuilder.anIha().forChild(ours.id())
                    .requestedOn(LocalDate.of(2017, 1, 4)).completedOn(LocalDate.of(2017, 2, 7)).outOfArea().build());
            r.payments().insert(new Payment(null, done.id(), "INV-7", LocalDate.of(2017, 2, 20), new BigDecimal("560.00"),
                    false, null, null, null, null));
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void altYReachesTheOursCheckboxAndSpaceTicksIt(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        TestWindow.press(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#payments-table").tryQuery().isPresent()
                && robot.lookup("#payments-table").queryAs(TableView.class).getItems().size() == 1);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#payments-table").queryAs(TableView.class)
                .getSelectionModel().getSelectedItem() != null);
        CheckBox verified = robot.lookup("#commissionerVerified").queryAs(CheckBox.class);
        assertThat(verified.isSelected()).isFalse();

        // As everywhere in JavaFX, Alt+letter takes the keyboard to the checkbox and Space ticks it.
        TestWindow.press(robot, KeyCode.ALT, KeyCode.Y);
        waitFor(5, TimeUnit.SECONDS, () -> TestWindow.focusOwnerIs(robot, "#commissionerVerified"));
        TestWindow.press(robot, KeyCode.SPACE);

        waitFor(5, TimeUnit.SECONDS, verified::isSelected);
    }
}
