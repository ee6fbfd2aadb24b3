package lactracker.ui.shell;

import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
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
 * Every screen at 150% scaling on a 1366x768 display (a window of 911x512 at 100%): each button and
 * field lies inside the window, so nobody scrolls sideways to reach one. Screens are chosen by mouse.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LayoutAtOneAndAHalfTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final double WIDTH = 1366 / 1.5;
    private static final double HEIGHT = 768 / 1.5;

    private TestWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = TestWindow.open(stage, CLOCK, r -> {
            var child = r.children().insert(aChild().withLaId("A1").named("Ann", "Zeta").bornOn(LocalDate.of(2010, 6, 15)).build());
            r.episodes().insert(anEpisode().forChild(child.id()).startingOn(LocalDate.of(2016, 1, 4)).build());
            var done = r.assessments().insert(anIha().forChild(child.id()).requestedOn(LocalDate.of(2016, 1, 5))
                    .completedOn(LocalDate.of(2016, 1, 28)).outOfArea().build());
            r.payments().insert(new lactracker.domain.Payment(null, done.id(), "INV-1", LocalDate.of(2016, 2, 20),
                    new java.math.BigDecimal("560.00"), false, null, null, null, null));
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void everyControlOfEveryScreenLiesInsideTheWindow(FxRobot robot) throws Exception {
        TestWindow.waitForAlertsThenTakeKeyboard(robot);
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        List<String> outside = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            robot.clickOn("#nav-" + screen.id());
            waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith(
                    lactracker.ui.Messages.get(screen.titleKey())));
            WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS); // the screen's lists arrive and it is laid out again
            WaitForAsyncUtils.waitForFxEvents();
            outside.addAll(WaitForAsyncUtils.asyncFx(() -> controlsOutside(screen)).get());
        }
        assertThat(outside).as("controls past the window's edge at 150%").isEmpty();
    }

    /** The visible buttons and fields of the screen shown whose right edge is past the window's. */
    private List<String> controlsOutside(Screen screen) {
        List<String> outside = new ArrayList<>();
        double right = stage.getScene().getWidth();
        for (Node n : stage.getScene().getRoot().lookupAll("*")) {
            boolean control = n instanceof ButtonBase || n instanceof TextInputControl || n instanceof ComboBoxBase;
            if (!control || !shown(n) || n.getStyleClass().contains("nav-button") || insideATable(n)) {
                continue;
            }
            Bounds b = n.localToScene(n.getLayoutBounds());
            String name = n.getId() == null ? n.getClass().getSimpleName() : n.getId();
            if (b.getMaxX() > right + 1 || b.getMinX() < -1) {
                outside.add(screen + ": " + name + " spans " + Math.round(b.getMinX()) + "-" + Math.round(b.getMaxX())
                        + " of " + Math.round(right));
            } else if (n instanceof ButtonBase button && button.getText() != null && !button.getText().isEmpty()
                    && !button.isWrapText() && button.getWidth() + 0.5 < button.prefWidth(-1)) {
                outside.add(screen + ": " + name + " squeezed to \"...\""); // a button whose words are cut
            }
        }
        return outside;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** A control drawn inside a table (a cell's own) scrolls with the table's lines. */
    private static boolean insideATable(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TableView<?> || n instanceof javafx.scene.control.ListView<?>) {
                return true;
            }
        }
        return false;
    }
}
