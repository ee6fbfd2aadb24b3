package lactracker.ui.escalations;

import lactracker.testdata.Databases;
import lactracker.app.AppServices;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import lactracker.app.AppContext;
import lactracker.app.ChildrenService;
import lactracker.app.EscalationsService;
import lactracker.domain.Child;
import lactracker.domain.PlacementLocation;
import lactracker.ui.escalations.EscalationsViewModel.Action;
import lactracker.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Escalations screen's model without a window: a step, its response due date, problems at the fields. */
class EscalationsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    AppContext context;
    EscalationsViewModel model;
    Child away;
    final List<Long> changed = new ArrayList<>();

    @BeforeEach
    void open() {
        context = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "lead");
        away = context.repositories().children().insert(aChild().withLaId("AWAY").bornOn(LocalDate.of(2010, 6, 15)).build());
        context.repositories().episodes().insert(anEpisode().forChild(away.id()).startingOn(LocalDate.of(2017, 1, 9))
                .placedAt("ME1 1AA", PlacementLocation.OUT).build());
        model = new EscalationsViewModel(new DirectTaskRunner(), new AppServices(context).escalations(),
                new AppServices(context).children()::team, "logs");
        model.setOnChanged(changed::add);
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aStepSavedFromTheFormGoesOverdueWhenItsResponseDateHasPassed() {
        assertThat(model.summaryProperty().get()).startsWith("No escalation open, 0 with a response overdue, 1 not chased yet");
        model.selectedProperty().set(model.rows().get(0));
        model.start(Action.STEP);
        assertThat(model.level.get()).isEqualTo(1);
        model.date.set(LocalDate.of(2017, 2, 7));
        assertThat(model.responseDueProperty().get()).isEqualTo("21 Feb 2017");
        model.contact.set("Medway LAC admin");
        model.hostArea.set("Medway");

        model.save();

        assertThat(model.problems()).isEmpty();
        assertThat(model.actionProperty().get()).isEqualTo(Action.NONE);
        assertThat(model.rows()).singleElement().satisfies(l -> assertThat(l.level()).isEqualTo(1));
        assertThat(model.selectedProperty().get()).isSameAs(model.rows().get(0));
        assertThat(model.steps()).hasSize(1);
        assertThat(model.summaryProperty().get()).startsWith("1 escalation open, 1 with a response overdue, 0 not chased yet");
        assertThat(changed).containsExactly(away.id());
    }

    @Test
    void theLetterForTheLastStepIsMadeAndNamedByLaIdAndLevel() throws Exception {
        model.setDocuments(new AppServices(context).documents());
        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.letterStep(null)).as("not chased: no step to write for").isNull();
        model.start(Action.STEP);
        model.date.set(LocalDate.of(2017, 2, 7));
        model.contact.set("Medway LAC admin");
        model.hostArea.set("Medway");
        model.save();

        var step = model.letterStep(null);
        assertThat(model.letterName(step)).isEqualTo("AWAY-escalation-level-1.pdf");
        java.nio.file.Path out = dir.resolve(model.letterName(step));
        model.makeLetter(step, out);

        assertThat(model.messageProperty().get()).startsWith("The letter was written to " + out.toAbsolutePath());
        assertThat(lactracker.app.DocumentServiceTest.textOf(out)).contains("AWAY").contains("To: Medway LAC admin")
                .contains("Please respond by 21 Feb 2017").contains("This is the first step.");
    }

    @Test
    void aProblemIsNamedAtItsFieldAndNothingIsSaved() {
        model.selectedProperty().set(model.rows().get(0));
        model.start(Action.STEP);
        model.date.set(LocalDate.of(2017, 3, 2)); // tomorrow
        model.contact.set("");

        model.save();

        assertThat(model.problems()).containsKeys("stepDate", "contact");
        assertThat(model.messageProperty().get()).startsWith("Nothing was saved");
        assertThat(model.actionProperty().get()).isEqualTo(Action.STEP);
        assertThat(context.repositories().escalations().findByChild(away.id())).isEmpty();
        assertThat(changed).isEmpty();
    }

    @Test
    void aResponseCannotBeRecordedBeforeAnyoneChased() {
        model.selectedProperty().set(model.rows().get(0));
        model.start(Action.RESPONSE);
        assertThat(model.actionProperty().get()).isEqualTo(Action.NONE);
        assertThat(model.messageProperty().get()).contains("add a step first");
    }

    @Test
    void theChildsRecordCanAskForItsLine() {
        model.showChild(away.id());
        assertThat(model.selectedProperty().get()).isNotNull().satisfies(l -> assertThat(l.childId()).isEqualTo(away.id()));
        assertThat(model.showClosedProperty().get()).isTrue();

        model.showChild(away.id() + 1000);
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("This child has no out-of-county assessment to chase.");
    }

    @Test
    void aStepBeingTypedIsUnsavedUntilSavedOrDropped() {
        model.selectedProperty().set(model.rows().get(0));
        model.start(Action.STEP);
        assertThat(model.hasUnsavedChanges()).as("the form's own defaults are not changes").isFalse();
        model.contact.set("Medway LAC admin");
        assertThat(model.hasUnsavedChanges()).isTrue();
        model.cancel();
        assertThat(model.hasUnsavedChanges()).isFalse();
    }
}
