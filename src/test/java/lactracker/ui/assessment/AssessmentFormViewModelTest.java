package lactracker.ui.assessment;

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
import lactracker.domain.AssessmentType;
import lactracker.domain.Child;
import lactracker.domain.DelayReason;
import lactracker.domain.Outcome;
import lactracker.domain.PractitionerRole;
import lactracker.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assessment form's model, without a window: due date shown, checks at the field, save, next duty. */
class AssessmentFormViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    AppContext context;
    ChildrenService service;
    AssessmentFormViewModel form;
    Child child;
    final List<Long> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        context = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "nurse");
        child = context.repositories().children().insert(aChild().withLaId("A1").bornOn(LocalDate.of(2010, 6, 15)).build());
        context.repositories().episodes().insert(anEpisode().forChild(child.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
        service = new AppServices(context).children();
        form = new AssessmentFormViewModel(new DirectTaskRunner(), service, "logs", saved::add);
        form.open(service.record(child.id(), service.today()).orElseThrow(), null, AssessmentType.IHA);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theDueDateIsShownNeverTyped() {
        assertThat(form.dueProperty().get()).startsWith("IHA due 6 Feb 2017");
        assertThat(form.titleProperty().get()).isEqualTo("New IHA for Fakename, Testa");
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void aProblemIsShownAtItsFieldAsItIsTypedAndNothingIsSaved() {
        form.requestReceived.set(LocalDate.of(2017, 1, 10));
        form.outcome.set(Outcome.COMPLETED);
        form.outcomeDate.set(LocalDate.of(2017, 2, 1));
        form.practitionerRole.set(PractitionerRole.NURSE);

        assertThat(form.problems()).containsOnlyKeys("practitionerRole");
        assertThat(form.dirtyProperty().get()).isTrue();
        form.save();
        assertThat(form.messageProperty().get()).startsWith("Not saved");
        assertThat(context.repositories().assessments().findByChild(child.id())).isEmpty();
        assertThat(saved).isEmpty();
    }

    @Test
    void aCompletedIhaIsSavedAndTheFormSaysWhenTheFirstRhaIsDue() {
        form.requestReceived.set(LocalDate.of(2017, 1, 10));
        form.outcome.set(Outcome.COMPLETED);
        form.outcomeDate.set(LocalDate.of(2017, 2, 1));
        form.practitionerName.set("Dr Invented");
        form.sdqScore.set("14");
        form.addAppointment();
        form.appointments.get(0).date.set(LocalDate.of(2017, 2, 1));
        form.appointments.get(0).outcome.set(lactracker.domain.AppointmentOutcome.ATTENDED);

        form.save();

        assertThat(form.problems()).isEmpty();
        assertThat(form.messageProperty().get()).isEqualTo("Saved. Next: RHA due 1 Feb 2018 (On track).");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(saved).containsExactly(child.id());
        var stored = context.repositories().assessments().findByChild(child.id());
        assertThat(stored).singleElement().satisfies(a -> {
            assertThat(a.sdqScore()).isEqualTo(14);
            assertThat(a.appointments()).hasSize(1);
        });
        assertThat(form.titleProperty().get()).startsWith("IHA for");
    }

    @Test
    void aLateCompletionAsksForTheReasonForDelay() {
        form.outcome.set(Outcome.COMPLETED);
        form.outcomeDate.set(LocalDate.of(2017, 2, 20));
        assertThat(form.problems()).containsKey("delayReason");
        form.delayReason.set(DelayReason.PROVIDER_CAPACITY);
        assertThat(form.problems()).doesNotContainKey("delayReason");
    }

    @Test
    void formProblemsAreNamedBeforeTheRulesAreAsked() {
        form.sdqScore.set("twelve");
        form.outcome.set(Outcome.COMPLETED);
        form.addAppointment();
        form.unreadableDate("requestReceived", true);

        assertThat(form.problems()).containsKeys("sdqScore", "outcomeDate", "appointment.0.date", "requestReceived");
        assertThat(form.problems().get("requestReceived")).contains("day/month/year");
        form.save();
        assertThat(context.repositories().assessments().findByChild(child.id())).isEmpty();
    }

    @Test
    void revertPutsTheFormBackAsItWasOpened() {
        form.practitionerName.set("Someone");
        form.revert();
        assertThat(form.practitionerName.get()).isEmpty();
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void anAttendedAppointmentCompletesTheAssessmentOnItsDayAndAMissedOneLeavesItOpen() {
        form.requestReceived.set(LocalDate.of(2017, 1, 10));
        form.addAppointment();
        form.appointments.get(0).date.set(LocalDate.of(2017, 1, 20));
        form.appointments.get(0).outcome.set(lactracker.domain.AppointmentOutcome.DID_NOT_ATTEND);
        assertThat(form.outcome.get()).isNull(); // still open: the next appointment goes on this record
        assertThat(form.outcomeDate.get()).isNull();

        form.addAppointment();
        form.appointments.get(1).outcome.set(lactracker.domain.AppointmentOutcome.ATTENDED);
        form.appointments.get(1).date.set(LocalDate.of(2017, 2, 1));

        assertThat(form.outcome.get()).isEqualTo(Outcome.COMPLETED);
        assertThat(form.outcomeDate.get()).isEqualTo(LocalDate.of(2017, 2, 1));
    }
}
