package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import lactracker.app.DemoService;
import lactracker.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Signed in to an encrypted database with children, the Alerts screen lists their alerts (issue 21). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SignedInAlertsTest {
    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private SignedInWindow window;
    private ShellViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        window = SignedInWindow.open(stage, dir, Clock.systemUTC(), admin -> new DemoService(admin).fill(30, 1, done -> { }));
        model = window.model();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theAlertsOfTheChildrenAreListed(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> model.stateProperty().get() == ShellViewModel.State.READY);
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        assertThat(robot.lookup("#demo-banner").queryAs(Label.class).getText()).doesNotContain("without signing in");
    }
}
