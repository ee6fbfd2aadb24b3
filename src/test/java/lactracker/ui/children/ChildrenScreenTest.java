package lactracker.ui.children;

import lactracker.ui.TestWindow;
import lactracker.testdata.Databases;
import lactracker.app.AppServices;
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
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lactracker.app.AppContext;
import lactracker.app.ChildrenService;
import lactracker.domain.Child;
import lactracker.domain.DutyState;
import lactracker.ui.task.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The nurse's screens driven as she uses them, from the keyboard: find a child by NHS number, open
 * them, log their IHA, and see the duty turn to the next RHA; a wrong entry is named at its field.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChildrenScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    private Path dir;
    private AppContext context;
    private FxTaskRunner runner;
    private ChildrenScreen screen;
    private Stage stage;
    private Child child;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("lac-children-test");
        context = AppContext.open(Databases.seeded(dir.resolve("db"), "children-screen", CLOCK, seed -> {
            for (int i = 0; i < 40; i++) { // others to search past, written once and copied for each test
                Child other = seed.children().insert(aChild().withLaId("X" + i).named("Other" + i, "Invented").build());
                seed.episodes().insert(anEpisode().forChild(other.id()).startingOn(LocalDate.of(2016, 3, 7)).build());
            }
        }), CLOCK, "test.nurse");
        var r = context.repositories();
        child = r.children().insert(aChild().withLaId("A1").named("Ann", "Zeta").bornOn(LocalDate.of(2010, 6, 15))
                .withNhsNumber("9990000018").build());
        r.episodes().insert(anEpisode().forChild(child.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
        runner = new FxTaskRunner(2);
        screen = new ChildrenScreen(runner, new AppServices(context).children(), dir.resolve("logs").toString());
        Scene scene = new Scene((javafx.scene.Parent) screen.root(), 1366, 768);
        scene.getStylesheets().add(lactracker.ui.MainApp.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage is shared between test classes: one may have left it small
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        runner.close();
        context.close();
        lactracker.ui.TestWindow.afterDatabaseClosed();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private void waitForList(FxRobot robot) throws Exception {
        waitFor(20, TimeUnit.SECONDS, () -> !screen.listModel().loadingProperty().get()
                && robot.lookup("#children-count").queryAs(Label.class).getText().startsWith("Showing"));
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents(); // each key handled before the next is sent
    }

    private void findAndOpenTheChild(FxRobot robot) throws Exception {
        waitForList(robot);
        robot.clickOn("#children-search");
        TestWindow.type(robot, "999 000 0018");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#children-table").queryAs(TableView.class).getItems().size() == 1);
        press(robot, KeyCode.ENTER); // the only child found opens from the search box
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#child-name").tryQuery().isPresent()
                && "Zeta, Ann".equals(robot.lookup("#child-name").queryAs(Label.class).getText()));
        waitFor(10, TimeUnit.SECONDS, () -> hasKeyboard(robot, "#child-log-assessment"));
        // Keys go to the focused window: after another test class's windows, make sure it is this one.
        robot.interact(stage::requestFocus);
        waitFor(10, TimeUnit.SECONDS, () -> stage.isFocused());
    }

    @Test
    void aNurseFindsAChildByNhsNumberLogsTheIhaAndSeesTheNextRhaFromTheKeyboard(FxRobot robot) throws Exception {
        findAndOpenTheChild(robot);
        assertThat(robot.lookup("#child-next-duty").queryAs(Label.class).getText())
                .isEqualTo("Next: IHA due 6 Feb 2017 (Overdue)");
        lactracker.ui.Screenshots.save(robot, stage.getScene().getRoot(), "child-record.png");

        // Log an assessment (the open duty is the IHA). Space does it in the window; the headless robot's
        // Space was lost now and then on a loaded machine, so the test presses the button with the mouse.
        robot.clickOn("#child-log-assessment");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessment-form").tryQuery().isPresent()
                && hasKeyboard(robot, "#type"));
        assertThat(robot.lookup("#assessment-due").queryAs(Label.class).getText()).startsWith("IHA due 6 Feb 2017");

        // Keyboard only, top to bottom: type, request date, add appointment, outcome, outcome date...
        press(robot, KeyCode.TAB);
        TestWindow.type(robot, "10/01/2017");
        press(robot, KeyCode.TAB); // to "Add an appointment"
        press(robot, KeyCode.TAB); // to the outcome
        press(robot, KeyCode.DOWN); // on the closed outcome box: the next choice, Completed
        press(robot, KeyCode.TAB);
        TestWindow.type(robot, "1/2/2017");
        press(robot, KeyCode.TAB); // practitioner name ("why not required" shows only for that outcome)
        TestWindow.type(robot, "Dr Invented Person");
        press(robot, KeyCode.CONTROL, KeyCode.S);

        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessment-message").queryAs(Label.class).getText()
                .startsWith("Saved."));
        assertThat(robot.lookup("#assessment-message").queryAs(Label.class).getText())
                .isEqualTo("Saved. Next: RHA due 1 Feb 2018 (On track).");
        lactracker.ui.Screenshots.save(robot, stage.getScene().getRoot(), "assessment-saved.png");

        press(robot, KeyCode.ESCAPE); // back to the child, whose duty has turned
        waitFor(10, TimeUnit.SECONDS, () -> "Next: RHA due 1 Feb 2018 (On track)".equals(
                robot.lookup("#child-next-duty").queryAs(Label.class).getText()));
        press(robot, KeyCode.ESCAPE); // back to the list: the line is up to date
        waitFor(10, TimeUnit.SECONDS, () -> screen.listModel().rows().stream().anyMatch(r ->
                r.summary().laChildId().equals("A1") && r.summary().state() == DutyState.ON_TRACK
                        && "RHA".equals(r.nextDuty())));
        var stored = context.repositories().assessments().findByChild(child.id());
        assertThat(stored).singleElement().satisfies(a -> {
            assertThat(a.requestReceived()).isEqualTo(LocalDate.of(2017, 1, 10));
            assertThat(a.completedOn()).isEqualTo(LocalDate.of(2017, 2, 1));
            assertThat(a.practitionerName()).isEqualTo("Dr Invented Person");
        });
    }

    @Test
    void aWrongEntryIsNamedAtItsFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        findAndOpenTheChild(robot);
        robot.clickOn("#child-log-assessment");
        waitFor(10, TimeUnit.SECONDS, () -> hasKeyboard(robot, "#type"));

        focus(robot, "#sdqScore");
        TestWindow.type(robot, "45");
        focus(robot, "#outcomeDate");
        TestWindow.type(robot, "2/3/2017"); // tomorrow, with no outcome chosen
        press(robot, KeyCode.TAB);

        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sdqScore-problem").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#sdqScore-problem").queryAs(Label.class).getText())
                .isEqualTo("An SDQ total score is from 0 to 40.");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#outcome-problem").queryAs(Label.class).isVisible());
        // Read on the FX thread: the style classes change there while the checks come in.
        waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#sdqScore").query().getStyleClass().contains("invalid")).get());
        lactracker.ui.Screenshots.save(robot, stage.getScene().getRoot(), "assessment-problem.png");

        robot.clickOn("#assessment-save");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessment-message").queryAs(Label.class).getText()
                .startsWith("Not saved"));
        assertThat(context.repositories().assessments().findByChild(child.id())).isEmpty();
    }

    @Test
    void theListIsSortedByDueDateAndAColumnSortsItElsewhere(FxRobot robot) throws Exception {
        waitForList(robot);
        TableView<?> table = robot.lookup("#children-table").queryAs(TableView.class);
        // Everyone else came into care in March 2016: their first RHA is long overdue, earlier than A1's IHA.
        assertThat(((ChildrenViewModel.Row) table.getItems().get(table.getItems().size() - 1)).summary().laChildId())
                .isEqualTo("A1");
        // Light cells, each as wide as its column: the due date as the screens write it, the state in red.
        ChildrenViewModel.Row first = (ChildrenViewModel.Row) table.getItems().get(0);
        javafx.scene.control.TableCell<?, ?> due = cell(robot, "Due", 0);
        assertThat(due).isInstanceOf(lactracker.ui.LightCell.class);
        assertThat(due.getText()).isEqualTo(lactracker.ui.Tables.date(first.summary().nextDue()));
        assertThat(due.getWidth()).isCloseTo(due.getTableColumn().getWidth(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(cell(robot, "Born", 0).getText()).isEqualTo(lactracker.ui.Tables.date(first.summary().dateOfBirth()));
        javafx.scene.control.TableCell<?, ?> state = cell(robot, "State", 0);
        assertThat(state.getText()).isEqualTo("Overdue");
        assertThat(lactracker.ui.Tables.Tone.RED.isOn(state)).isTrue();
        robot.clickOn(robot.lookup(".column-header").nth(0).queryAs(javafx.scene.Node.class)); // Name
        waitFor(10, TimeUnit.SECONDS, () -> ((ChildrenViewModel.Row) table.getItems().get(0)).name().startsWith("Invented"));
        lactracker.ui.Screenshots.save(robot, stage.getScene().getRoot(), "children.png");
    }

    @Test
    void aClickChoosesAChildAndADoubleClickOpensThem(FxRobot robot) throws Exception {
        waitForList(robot);
        TableView<?> table = robot.lookup("#children-table").queryAs(TableView.class);
        robot.clickOn(cell(robot, "Name", 2));
        waitFor(5, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedIndex() == 2);
        assertThat(table.getFocusModel().getFocusedIndex()).isEqualTo(2);
        robot.clickOn(cell(robot, "Due", 4));
        waitFor(5, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedIndex() == 4);

        String name = ((ChildrenViewModel.Row) table.getItems().get(1)).summary().displayName();
        robot.doubleClickOn(cell(robot, "LA id", 1));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#child-name").tryQuery().isPresent()
                && name.equals(robot.lookup("#child-name").queryAs(Label.class).getText()));
    }

    @Test
    void aNurseAddsAChildByHandWithTheMouse(FxRobot robot) throws Exception {
        waitForList(robot);
        robot.clickOn("#children-add");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#laChildId").tryQuery().isPresent()
                && robot.lookup("#laChildId").query().isVisible());
        // A child not yet in any extract: no duty to show, no extract to read from.
        assertThat(robot.lookup("#laChildId").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#sex").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#dateOfBirth").query().isDisabled()).isFalse();
        assertThat(shown(robot.lookup("#child-next-duty").query())).isFalse();
        assertThat(robot.lookup(".section-title").queryAllAs(Label.class))
                .noneMatch(l -> shown(l) && l.getText().contains("903"));

        robot.clickOn("#laChildId");

        TestWindow.type(robot, "NEW1");
        robot.clickOn("#sex");
        robot.clickOn("Male");
        robot.clickOn("#dateOfBirth");
        TestWindow.type(robot, "14/05/2012");
        robot.clickOn("#givenName");
        TestWindow.type(robot, "Noor");
        robot.clickOn("#familyName");
        TestWindow.type(robot, "Invented");
        robot.clickOn("#child-save");
        waitFor(10, TimeUnit.SECONDS, () -> "Invented, Noor".equals(robot.lookup("#child-name").queryAs(Label.class).getText()));
        var added = context.repositories().children().findByLaChildId("NEW1");
        assertThat(added).hasValueSatisfying(c -> {
            assertThat(c.dateOfBirth()).isEqualTo(LocalDate.of(2012, 5, 14));
            assertThat(c.sex()).isEqualTo(lactracker.domain.Sex.MALE);
            assertThat(c.source()).isEqualTo(lactracker.domain.RecordSource.MANUAL);
        });
    }

    @Test
    void anAssessmentLoggedInErrorIsDeletedByMouseAfterTheQuestion(FxRobot robot) throws Exception {
        context.repositories().assessments().insert(lactracker.testdata.AssessmentBuilder.anIha().forChild(child.id())
                .requestedOn(LocalDate.of(2017, 1, 10)).completedOn(LocalDate.of(2017, 2, 1)).build());
        findAndOpenTheChild(robot);
        robot.clickOn("Assessments");
        var table = robot.lookup("#child-assessments").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.doubleClickOn(robot.lookup("#child-assessments .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessment-delete").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false));

        robot.clickOn("#assessment-delete");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Delete the IHA of 1 Feb 2017?");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> "Delete".equals(b.getText())).findFirst().orElseThrow());

        waitFor(10, TimeUnit.SECONDS, () -> context.repositories().assessments().findByChild(child.id()).isEmpty());
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#child-next-duty").tryQuery().map(n -> ((Label) n).getText())
                .orElse("").equals("Next: IHA due 6 Feb 2017 (Overdue)"));
    }

    @Test
    void logAnAssessmentCarriesOnTheOneInProgressAfterAMissedAppointment(FxRobot robot) throws Exception {
        var missed = new lactracker.domain.Appointment(null, LocalDate.of(2017, 1, 20), "Clinic",
                lactracker.domain.AppointmentOutcome.DID_NOT_ATTEND, null);
        var inProgress = context.repositories().assessments().insert(lactracker.testdata.AssessmentBuilder.anIha()
                .forChild(child.id()).requestedOn(LocalDate.of(2017, 1, 10)).withAppointment(missed).build());
        findAndOpenTheChild(robot);

        robot.clickOn("#child-log-assessment");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessment-form").tryQuery().isPresent());
        var form = (lactracker.ui.assessment.AssessmentFormViewModel) robot.lookup("#assessment-form").query()
                .getProperties().get(lactracker.ui.assessment.AssessmentFormViewModel.class);
        waitFor(5, TimeUnit.SECONDS, () -> form.storedProperty().get());
        assertThat(form.described()).isEqualTo("the IHA requested 10 Jan 2017");
        assertThat(context.repositories().assessments().findByChild(child.id())).singleElement()
                .extracting(lactracker.domain.HealthAssessment::id).isEqualTo(inProgress.id());
    }

    /** The node and every parent are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The cell of a column and line, once the table has drawn and laid out that line (a pulse after a new list). */
    private static javafx.scene.control.TableCell<?, ?> cell(FxRobot robot, String column, int line) throws Exception {
        java.util.function.Supplier<java.util.Optional<javafx.scene.control.TableCell<?, ?>>> find = () -> robot
                .lookup("#children-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && column.equals(c.getTableColumn().getText())
                        && c.getIndex() == line && c.getWidth() > 0)
                .<javafx.scene.control.TableCell<?, ?>>map(c -> c).findFirst();
        waitFor(5, TimeUnit.SECONDS, () -> find.get().isPresent());
        return find.get().orElseThrow();
    }

    /**
     * The scene's focus owner is this node. (Node.isFocused() also needs the window to have the focus,
     * which a headless window gets only some time after another test's window.)
     */
    private boolean hasKeyboard(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.getScene() == stage.getScene()
                && stage.getScene().getFocusOwner() == n).orElse(false);
    }

    /** Puts the keyboard on a field, as Tab would: a click could miss a field scrolled out of sight. */
    private void focus(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
    }

}
