package lactracker.app;

import lactracker.testdata.Databases;
import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import lactracker.app.EscalationsService.EscalationLine;
import lactracker.domain.AlertKind;
import lactracker.domain.AssessmentType;
import lactracker.domain.Child;
import lactracker.domain.DelayReason;
import lactracker.domain.FieldProblem;
import lactracker.domain.PlacementLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chasing an out-of-county IHA up the ladder: listed, stepped, answered, closed, each change audited. */
class EscalationsServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2017, 3, 1);

    @TempDir
    Path dir;
    AppContext context;
    EscalationsService service;
    Child away;

    /** The database the tests start from: a fresh H2 file here; a server's in the OnPostgres twin (issue 23). */
    AppContext openContext(java.time.Clock clock, String user) {
        return AppContext.open(Databases.fresh(dir.resolve("db")), clock, user);
    }

    @BeforeEach
    void open() {
        context = openContext(CLOCK, "lead");
        service = new AppServices(context).escalations();
        away = context.repositories().children().insert(aChild().withLaId("AWAY").bornOn(LocalDate.of(2010, 6, 15)).build());
        context.repositories().episodes().insert(anEpisode().forChild(away.id()).startingOn(LocalDate.of(2017, 1, 9))
                .placedAt("ME1 1AA", PlacementLocation.OUT).build());
        Child home = context.repositories().children().insert(aChild().withLaId("HOME").bornOn(LocalDate.of(2010, 6, 15)).build());
        context.repositories().episodes().insert(anEpisode().forChild(home.id()).startingOn(LocalDate.of(2017, 1, 9))
                .placedAt("AL1 1AA", PlacementLocation.IN).build());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anOutOfCountyDutyIsListedBeforeAnyoneChasesItAndAnInCountyOneIsNot() {
        assertThat(service.lines(TODAY)).singleElement().satisfies(line -> {
            assertThat(line.laChildId()).isEqualTo("AWAY");
            assertThat(line.type()).isEqualTo(AssessmentType.IHA);
            assertThat(line.dueDate()).isEqualTo(LocalDate.of(2017, 2, 6)); // 20 working days after 9 Jan
            assertThat(line.escalation()).isNull();
            assertThat(line.level()).isZero();
            assertThat(line.daysOutstanding(TODAY)).isEqualTo(23);
        });
    }

    @Test
    void theFirstStepOpensTheEscalationWithItsResponseDueFromTheSettings() {
        EscalationLine line = service.lines(TODAY).get(0);
        int audited = context.repositories().auditLog().count();

        var opened = service.addStep(line, 1, LocalDate.of(2017, 2, 7), "Medway LAC admin", "When is the IHA booked?",
                "Medway", "Medway Community Healthcare");

        assertThat(opened.steps()).singleElement().satisfies(step ->
                assertThat(step.responseDue()).isEqualTo(LocalDate.of(2017, 2, 21))); // 10 working days
        assertThat(context.repositories().auditLog().count()).isEqualTo(audited + 1);
        EscalationLine now = service.lines(TODAY).get(0);
        assertThat(now.level()).isEqualTo(1);
        assertThat(now.hostArea()).isEqualTo("Medway");
        assertThat(now.stepOverdue(TODAY)).isTrue(); // no answer since 21 Feb
        assertThat(new AppServices(context).alerts().alerts(TODAY)).extracting(a -> a.alert().kind())
                .contains(AlertKind.ESCALATION_STEP_DUE);
    }

    @Test
    void aResponseStopsTheStepBeingOverdueAndClosingLinksTheAssessmentThatWasDone() {
        service.addStep(service.lines(TODAY).get(0), 1, LocalDate.of(2017, 2, 7), "Medway LAC admin", null, "Medway", null);
        service.recordResponse(service.lines(TODAY).get(0), LocalDate.of(2017, 2, 9), "Booked for 20 February");
        assertThat(service.lines(TODAY).get(0).stepOverdue(TODAY)).isFalse();
        var iha = new AppServices(context).children().save(anIha().forChild(away.id()).requestedOn(LocalDate.of(2017, 1, 10))
                .completedOn(LocalDate.of(2017, 2, 20)).outOfArea().delayedBecause(DelayReason.OUT_OF_AREA_PROVIDER).build()).assessment();
        assertThat(service.lines(TODAY).get(0).done()).isTrue();

        var closed = service.close(service.lines(TODAY).get(0), TODAY, "IHA done");

        assertThat(closed.closedOn()).isEqualTo(TODAY);
        assertThat(closed.assessmentId()).isEqualTo(iha.id());
        assertThat(service.lines(TODAY)).singleElement().satisfies(l -> assertThat(l.closed()).isTrue());

        // Closed in error: reopened, audited, chased again from the step it had reached.
        int audited = context.repositories().auditLog().count();
        var reopened = service.reopen(service.lines(TODAY).get(0));
        assertThat(reopened.closedOn()).isNull();
        assertThat(reopened.closeNote()).isNull();
        assertThat(reopened.assessmentId()).isNull();
        assertThat(reopened.steps()).hasSize(closed.steps().size());
        assertThat(context.repositories().auditLog().count()).isEqualTo(audited + 1);
        assertThat(service.lines(TODAY)).singleElement().satisfies(l -> assertThat(l.closed()).isFalse());
        assertThatThrownBy(() -> service.close(service.lines(TODAY).get(0), TODAY, " "))
                .isInstanceOf(FieldProblem.Refused.class); // a reason is needed to close it
    }

    @Test
    void aStepDownTheLadderIsRefusedAndNothingIsWritten() {
        service.addStep(service.lines(TODAY).get(0), 2, LocalDate.of(2017, 2, 7), "Designated nurse", null, "Medway", null);
        int audited = context.repositories().auditLog().count();

        assertThatThrownBy(() -> service.addStep(service.lines(TODAY).get(0), 1, TODAY, "Admin", null, null, null))
                .isInstanceOfSatisfying(FieldProblem.Refused.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("level"));
        assertThat(service.lines(TODAY).get(0).escalation().steps()).hasSize(1);
        assertThat(context.repositories().auditLog().count()).isEqualTo(audited);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        // state of the duty, done, chased: is "Not chased yet" a problem?
        "OVERDUE,  false, false, true",
        "DUE_SOON, false, false, true",
        "ON_TRACK, false, false, false", // due months ahead: listed, not yet to chase
        "OVERDUE,  true,  false, false",
        "OVERDUE,  false, true,  false",
    })
    void notChasedIsAProblemOnlyForADutyOverdueOrDueSoon(lactracker.domain.DutyState state, boolean done, boolean chased,
            boolean problem) {
        var escalation = chased ? new lactracker.domain.Escalation(1L, 1L, AssessmentType.RHA, LocalDate.of(2017, 3, 1), null,
                "Host", "Provider", LocalDate.of(2017, 2, 1), null, null, java.util.List.of()) : null;
        var line = new EscalationLine(1, "A child", "A1", null, AssessmentType.RHA, LocalDate.of(2017, 3, 1), "Host",
                escalation, state, done);
        assertThat(line.notChasedInTime()).isEqualTo(problem);
    }
}
