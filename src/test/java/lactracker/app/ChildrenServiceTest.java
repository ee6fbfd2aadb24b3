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
import lactracker.domain.AssessmentType;
import lactracker.domain.Child;
import lactracker.domain.ChildSummary;
import lactracker.domain.DutyState;
import lactracker.domain.FieldProblem;
import lactracker.domain.PractitionerRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nurse's saves: checked first, one transaction, and the list line brought up to date. */
class ChildrenServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2017, 3, 1);

    @TempDir
    Path dir;
    AppContext context;
    ChildrenService service;
    Child child;

    /** The database the tests start from: a fresh H2 file here; a server's in the OnPostgres twin (issue 23). */
    AppContext openContext(java.time.Clock clock, String user) {
        return AppContext.open(Databases.fresh(dir.resolve("db")), clock, user);
    }

    @BeforeEach
    void open() {
        context = openContext(CLOCK, "nurse");
        service = new AppServices(context).children();
        child = context.repositories().children().insert(aChild().withLaId("A").bornOn(LocalDate.of(2010, 6, 15)).build());
        context.repositories().episodes().insert(anEpisode().forChild(child.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anOverdueIhaTurnsIntoTheNextRhaWhenItIsLogged() {
        ChildSummary before = service.summary(child.id(), TODAY).orElseThrow();
        assertThat(before.state()).isEqualTo(DutyState.OVERDUE); // due 2017-02-06
        assertThat(before.nextDuty()).isEqualTo(AssessmentType.IHA);

        var saved = service.save(anIha().forChild(child.id()).requestedOn(LocalDate.of(2017, 1, 10))
                .completedOn(LocalDate.of(2017, 2, 1)).build());

        assertThat(saved.assessment().id()).isNotNull();
        assertThat(saved.child().nextDuty()).isEqualTo(AssessmentType.RHA);
        assertThat(saved.child().nextDue()).isEqualTo(LocalDate.of(2018, 2, 1));
        assertThat(saved.child().state()).isEqualTo(DutyState.ON_TRACK);
        assertThat(service.summaries(TODAY)).singleElement().isEqualTo(saved.child());
    }

    @Test
    void anAssessmentLoggedInErrorIsDeletedAuditedAndTheDutyIsOpenAgain() {
        var saved = service.save(anIha().forChild(child.id()).requestedOn(LocalDate.of(2017, 1, 10))
                .completedOn(LocalDate.of(2017, 2, 1)).build());
        int auditBefore = context.repositories().auditLog().count();

        ChildSummary after = service.deleteAssessment(saved.assessment().id());

        assertThat(context.repositories().assessments().findByChild(child.id())).isEmpty();
        assertThat(after.nextDuty()).isEqualTo(AssessmentType.IHA);
        assertThat(after.state()).isEqualTo(DutyState.OVERDUE);
        assertThat(context.repositories().auditLog().count()).isEqualTo(auditBefore + 1);
        assertThat(service.record(child.id(), TODAY).orElseThrow().auditTrail())
                .anyMatch(e -> e.action().equals("delete") && e.table().equals("health_assessment"));
    }

    @Test
    void anAssessmentWithAnInvoiceIsNotDeletedUntilTheInvoiceIs() {
        var saved = service.save(anIha().forChild(child.id()).requestedOn(LocalDate.of(2017, 1, 10))
                .completedOn(LocalDate.of(2017, 2, 1)).outOfArea().build());
        context.repositories().payments().insert(new lactracker.domain.Payment(null, saved.assessment().id(), "INV-1",
                LocalDate.of(2017, 2, 20), new java.math.BigDecimal("560.00"), false, null, null, null, null));

        assertThatThrownBy(() -> service.deleteAssessment(saved.assessment().id()))
                .isInstanceOf(lactracker.domain.UserFacingException.class).hasMessageContaining("delete the invoice");
        assertThat(context.repositories().assessments().findByChild(child.id())).hasSize(1);

        var payments = new AppServices(context).payments();
        payments.deleteInvoice(payments.linesOf(child.id()).get(0));
        assertThat(payments.linesOf(child.id()).get(0).payment()).isNull();
        service.deleteAssessment(saved.assessment().id());
        assertThat(context.repositories().assessments().findByChild(child.id())).isEmpty();
    }

    @Test
    void aLateIhaWithoutAReasonIsRefusedAndNothingIsWritten() {
        int auditBefore = context.repositories().auditLog().count();
        var late = anIha().forChild(child.id()).requestedOn(LocalDate.of(2017, 1, 10)).completedOn(LocalDate.of(2017, 2, 20))
                .build();

        assertThatThrownBy(() -> service.save(late)).isInstanceOfSatisfying(FieldProblem.Refused.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("delayReason"));
        assertThat(context.repositories().assessments().findByChild(child.id())).isEmpty();
        assertThat(context.repositories().auditLog().count()).isEqualTo(auditBefore);
    }

    @Test
    void theCheckSeesTheDueDateOfTheDutyTheAssessmentWouldFulfil() {
        var byNurse = anIha().forChild(child.id()).requestedOn(LocalDate.of(2017, 1, 10))
                .completedOn(LocalDate.of(2017, 2, 1)).byA(PractitionerRole.NURSE).build();
        assertThat(service.check(byNurse)).extracting(FieldProblem::field).containsExactly("practitionerRole");
    }

    @Test
    void aChildAddedByHandIsCheckedAndALaterLaIdClashIsNamed() {
        Child bad = aChild().withLaId("B").addedByHand().withNhsNumber("9990000019").build();
        assertThatThrownBy(() -> service.save(bad)).isInstanceOf(FieldProblem.Refused.class)
                .hasMessageContaining("check digit");
        assertThat(context.repositories().children().findByLaChildId("B")).isEmpty();

        Child good = service.save(aChild().withLaId("B").addedByHand().withNhsNumber("999 000 0018").build());
        assertThat(good.id()).isNotNull();
        assertThat(service.check(aChild().withLaId("B").build())).extracting(FieldProblem::field)
                .containsExactly("laChildId");
        assertThat(service.check(good)).isEmpty(); // its own LA id is not a clash
    }

    @Test
    void theRecordHoldsTheDutiesAndTheAuditTrail() {
        var record = service.record(child.id(), TODAY).orElseThrow();
        assertThat(record.facts().duties()).hasSize(1);
        assertThat(record.auditTrail()).isNotEmpty();
        assertThat(service.record(999_999, TODAY)).isEmpty();
    }
}
