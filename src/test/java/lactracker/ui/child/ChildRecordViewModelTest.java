package lactracker.ui.child;

import lactracker.testdata.Databases;
import lactracker.app.AppServices;
import static lactracker.testdata.ChildBuilder.aChild;
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
import lactracker.domain.Child;
import lactracker.domain.RecordSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child's record without a window: team fields checked as typed, saved, a child added by hand. */
class ChildRecordViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    AppContext context;
    ChildRecordViewModel model;
    Child child;
    final List<Long> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        context = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "nurse");
        child = context.repositories().children().insert(aChild().withLaId("A1").build());
        model = new ChildRecordViewModel(new lactracker.ui.task.DirectTaskRunner(), new AppServices(context).children(), "logs",
                saved::add);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theHealthSummaryIsMadeFromTheRecordAndTheMessageSaysWhereWithoutTheChildsName() throws Exception {
        model.setDocuments(new AppServices(context).documents());
        model.load(child.id());
        assertThat(model.careLeaverSummaryName()).isEqualTo("A1-health-summary.pdf");
        java.nio.file.Path out = dir.resolve(model.careLeaverSummaryName());

        model.makeCareLeaverSummary(out);

        assertThat(model.makingDocumentProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("The health summary was written to " + out.toAbsolutePath())
                .contains("marked OFFICIAL-SENSITIVE: PERSONAL.").endsWith("that clears the turning-18 alert.");
        assertThat(lactracker.app.DocumentServiceTest.textOf(out)).contains("Your health summary");

        assertThat(model.ihaRequestName()).isEqualTo("A1-iha-request.pdf");
        java.nio.file.Path request = dir.resolve(model.ihaRequestName());
        model.makeIhaRequest(request);
        assertThat(model.messageProperty().get()).isEqualTo("The child A1 has no initial health assessment due: "
                + "no period of care is recorded for them.");
        assertThat(request).doesNotExist();
    }

    @Test
    void theDayTheSummaryWasGivenIsKeptAndOneStillToComeIsNamedAtItsField() {
        model.load(child.id());
        java.time.LocalDate today = java.time.LocalDate.now(CLOCK);
        model.careLeaverSummaryGiven.set(today.plusDays(1));
        model.save();
        assertThat(model.problems()).containsOnlyKeys("careLeaverSummaryGiven");
        assertThat(model.problems().get("careLeaverSummaryGiven")).contains("a date still to come");
        assertThat(context.repositories().children().findById(child.id()).orElseThrow().careLeaverSummaryGiven()).isNull();

        model.careLeaverSummaryGiven.set(today);
        model.save();
        assertThat(context.repositories().children().findById(child.id()).orElseThrow().careLeaverSummaryGiven())
                .isEqualTo(today);
    }

    @Test
    void aMistypedNhsNumberIsNamedAtTheFieldAndNotSaved() {
        model.load(child.id());
        model.nhsNumber.set("999 000 0019");
        assertThat(model.problems()).containsOnlyKeys("nhsNumber");
        assertThat(model.problems().get("nhsNumber")).contains("check digit");
        model.save();
        assertThat(context.repositories().children().findById(child.id()).orElseThrow().nhsNumber()).isNull();

        model.nhsNumber.set("999 000 0018");
        assertThat(model.problems()).isEmpty();
        model.save();
        assertThat(context.repositories().children().findById(child.id()).orElseThrow().nhsNumber()).isEqualTo("9990000018");
        assertThat(saved).containsExactly(child.id());
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.recordProperty().get().auditTrail()).hasSizeGreaterThan(1); // the insert and the change
    }

    @Test
    void aSaveOverAChangeMadeElsewhereIsRefusedNamingWhoAndKeepsWhatWasTyped() {
        model.load(child.id());
        model.notes.set("Typed at this desk");
        // Meanwhile, at another desk (issue 23): the same record changed and saved.
        try (AppContext other = AppContext.open(dir.resolve("db"), CLOCK, "s.ash")) {
            Child c = other.repositories().children().findById(child.id()).orElseThrow();
            other.repositories().children().update(c.withTeamFields(c.givenName(), c.familyName(), c.nhsNumber(),
                    c.gpPractice(), c.gpPracticeCode(), c.dentistPractice(), c.allocatedNurseId(), c.uascFlagged(),
                    c.healthPassportIssued(), "Typed at the other desk"));
        }

        model.save();

        assertThat(model.messageProperty().get()).startsWith("Changed by s.ash at 09:00: reload to see their change.");
        assertThat(model.notes.get()).isEqualTo("Typed at this desk");
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(context.repositories().children().findById(child.id()).orElseThrow().notes())
                .isEqualTo("Typed at the other desk");
        assertThat(saved).isEmpty();
    }

    @Test
    void aChildAddedByHandIsSavedAndAClashingLaIdIsNamed() {
        model.startNew();
        assertThat(model.addedByHandProperty().get()).isTrue();
        model.laChildId.set("A1");
        model.dateOfBirth.set(LocalDate.of(2012, 3, 4));
        model.familyName.set("Invented");
        model.save();
        assertThat(model.problems()).containsKey("laChildId");
        assertThat(model.problems().get("laChildId")).contains("already has");

        model.laChildId.set("N9");
        model.save();
        Child added = context.repositories().children().findByLaChildId("N9").orElseThrow();
        assertThat(added.source()).isEqualTo(RecordSource.MANUAL);
        assertThat(model.recordProperty().get().facts().child().id()).isEqualTo(added.id());
    }

    @Test
    void aDateOfBirthInTheFutureIsNamed() {
        model.startNew();
        model.laChildId.set("N1");
        model.dateOfBirth.set(LocalDate.of(2017, 3, 2));
        assertThat(model.problems()).containsOnlyKeys("dateOfBirth");
    }
}
