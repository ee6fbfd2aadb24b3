package lactracker.ui.trail;

import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lactracker.app.AppContext;
import lactracker.app.AppServices;
import lactracker.domain.Access;
import lactracker.domain.TrailKind;
import lactracker.testdata.Databases;
import lactracker.testdata.MovingClock;
import lactracker.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Audit trail screen's state without a window: the filter, the lines, the export, and a nurse's refusal. */
class TrailViewModelTest {
    @TempDir
    Path dir;
    private final MovingClock clock = new MovingClock();

    @Test
    void showsFiltersAndExportsTheLinesShownAndTheExportIsItselfInTheTrail() throws Exception {
        try (AppContext lead = AppContext.open(Databases.fresh(dir.resolve("db")), clock, "t.lead", Access.TEAM_LEAD)) {
            var child = lead.repositories().children().insert(aChild().withLaId("A1").build());
            lead.repositories().access().opened(child.id());
            var model = new TrailViewModel(new DirectTaskRunner(), new AppServices(lead).trail(), "logs");
            model.load();
            assertThat(model.people()).isEmpty(); // no team yet: the person is typed
            assertThat(model.lines()).hasSize(2);

            model.kind.set(TrailKind.RECORD_OPENED);
            model.show();
            assertThat(model.lines()).singleElement().extracting(l -> l.what()).isEqualTo("Child's record opened");

            Path file = dir.resolve("trail.csv");
            model.export(file);
            assertThat(model.messageProperty().get()).isEqualTo("1 entry written to " + file + ".");
            assertThat(Files.readAllLines(file)).hasSize(3).first().isEqualTo("OFFICIAL-SENSITIVE: PERSONAL");

            model.kind.set(TrailKind.EXPORT);
            model.show();
            assertThat(model.lines()).singleElement().satisfies(l -> assertThat(l.details())
                    .isEqualTo("Record opened, CSV, to " + file.toAbsolutePath()));

            model.unreadableDate(true);
            model.show();
            assertThat(model.messageProperty().get()).startsWith("A day in the filter is not a date");
            model.clear();
            assertThat(model.lines()).hasSize(3);
        }
    }

    @Test
    void aNurseIsToldPlainlyThatTheTrailIsNotTheirs() {
        try (AppContext nurse = AppContext.open(Databases.fresh(dir.resolve("db")), clock, "n.one", Access.NURSE)) {
            var model = new TrailViewModel(new DirectTaskRunner(), new AppServices(nurse).trail(), "logs");
            model.load();
            assertThat(model.lines()).isEmpty();
            assertThat(model.messageProperty().get()).startsWith("Your account (nurse) may not read or export the audit trail");
        }
    }
}
