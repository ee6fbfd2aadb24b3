package lactracker.ui.imports;

import lactracker.testdata.Databases;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import lactracker.app.AppContext;
import lactracker.app.Import903;
import lactracker.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Import screen's model, without a window. */
class ImportViewModelTest {
    private static final Path SAMPLE = Path.of("src/test/resources/ssda903-sample");

    @TempDir
    Path dir;
    AppContext context;
    ImportViewModel model;
    final AtomicInteger imports = new AtomicInteger();

    @BeforeEach
    void open() {
        context = AppContext.open(Databases.fresh(dir.resolve("db")), Clock.systemUTC(), "nurse");
        model = new ImportViewModel(new DirectTaskRunner(), Import903.of(context),
                lactracker.app.ImportAssessments.of(context), "nurse", "logs", imports::incrementAndGet);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void choosingFilesChecksThemAndShowsTheSummaryAndRejectionsWithoutWriting() {
        model.choose(List.of(SAMPLE));

        assertThat(model.stateProperty().get()).isEqualTo(ImportViewModel.State.CHECKED);
        assertThat(model.summary()).extracting(ImportViewModel.SummaryRow::table)
                .containsExactly("header", "episodes", "uasc", "oc2");
        assertThat(model.summary().get(1).rejected()).isEqualTo(72);
        assertThat(model.rejections()).hasSize(72 + 29); // and 29 imported with a warning
        assertThat(model.messageProperty().get()).startsWith("Checked. 72 rows were rejected");
        assertThat(model.canConfirmProperty().get()).isTrue();
        assertThat(context.childrenCount()).isZero();
    }

    @Test
    void confirmingWritesTheGoodRowsAndRefreshesTheCounts() {
        model.choose(List.of(SAMPLE));

        model.confirm();

        assertThat(model.stateProperty().get()).isEqualTo(ImportViewModel.State.DONE);
        assertThat(context.childrenCount()).isEqualTo(2675);
        assertThat(imports.get()).isEqualTo(1);
        assertThat(model.canConfirmProperty().get()).isFalse();
    }

    @Test
    void theSameFilesAgainHaveNothingNewToImport() {
        model.choose(List.of(SAMPLE));
        model.confirm();

        model.choose(List.of(SAMPLE));

        assertThat(model.messageProperty().get()).isEqualTo("Checked: these files hold nothing new or changed.");
        assertThat(model.canConfirmProperty().get()).isFalse();
    }

    @Test
    void rejectedRowsCanBeSavedAsCsv() throws Exception {
        model.choose(List.of(SAMPLE));
        Path file = dir.resolve("rejected.csv");

        model.saveRejections(file);

        // 72 rejected, and 29 episodes after a gap with an RNE other than S, imported with a warning
        assertThat(Files.readAllLines(file)).hasSize(1 + 72 + 29);
        assertThat(Files.readAllLines(file)).filteredOn(l -> l.endsWith(",warning")).hasSize(29);
        assertThat(model.messageProperty().get()).isEqualTo("The 101 rows listed were saved to rejected.csv.");
    }

    @Test
    void rowsImportedWithAWarningAreListedBesideTheRejectedOnes() {
        model.choose(List.of(SAMPLE));

        assertThat(model.rejections()).filteredOn(ImportViewModel.RejectionRow::warning).hasSize(29)
                .allSatisfy(r -> assertThat(r.kind()).isEqualTo("Imported, with a warning"));
        assertThat(model.rejections()).filteredOn(r -> !r.warning()).hasSize(72)
                .allSatisfy(r -> assertThat(r.kind()).isEqualTo("Rejected"));
        assertThat(model.messageProperty().get()).isEqualTo("Checked. 72 rows were rejected, and 29 will be imported "
                + "with a warning (listed below). Press Import to save the good rows.");
    }

    @Test
    void aFileThatIsNotA903TableIsRefusedWithOnePlainMessageAndNothingWritten() throws Exception {
        Path other = dir.resolve("budget.csv");
        Files.writeString(other, "COST,CENTRE\n1,2\n");

        model.choose(List.of(SAMPLE.resolve("header.csv"), other));

        assertThat(model.stateProperty().get()).isEqualTo(ImportViewModel.State.FAILED);
        assertThat(model.messageProperty().get()).startsWith("budget.csv is not a 903 table");
        assertThat(model.summary()).isEmpty();
        assertThat(context.childrenCount()).isZero();
    }

    @Test
    void beforeImportingItSaysTheHomeAreaIsNotSetTheExtractIsOldAndWhichTablesAreLeftAside() {
        model.setToday(() -> java.time.LocalDate.of(2026, 12, 4));

        model.choose(List.of(SAMPLE)); // its newest record is of 2018; it holds missing and reviews tables

        assertThat(model.notes()).hasSize(4);
        assertThat(model.notes().get(0)).startsWith("No home area is set");
        assertThat(model.notes().get(1)).startsWith("The newest record in these files is dated ").contains("(4 Dec 2026)");
        assertThat(model.notes().subList(2, 4)).containsExactlyInAnyOrder(
                "missing.csv: a 903 table the tracker does not use; left aside.",
                "reviews.csv: a 903 table the tracker does not use; left aside.");

        var d = lactracker.domain.Settings.DEFAULTS;
        context.repositories().settings().save(new lactracker.domain.Settings(d.ihaRequestWindowWorkingDays(),
                d.ihaDueWorkingDays(), d.ihaDueSoonWorkingDays(), d.rhaDueSoonWorkingDays(),
                d.escalationResponseWorkingDays(), d.dentalCheckMonths(), d.cariesFollowUpMonths(), d.uascReviewMonths(),
                "E10000001", java.util.Set.of()));
        model.setToday(() -> java.time.LocalDate.of(2018, 4, 1));
        model.choose(List.of(SAMPLE));
        assertThat(model.notes()).hasSize(2).allMatch(n -> n.endsWith("left aside.")); // home area set, extract recent
    }

    @Test
    void theTeamsAssessmentRecordsAreCheckedThenImportedWithTheirRejectedRowsListed() throws Exception {
        model.choose(List.of(SAMPLE));
        model.confirm(); // the children first
        Path csv = dir.resolve("tracker.csv");
        Files.writeString(csv, String.join("\n",
                "CHILD,TYPE,REQUEST_RECEIVED,COMPLETED,OUTCOME,ROLE",
                "566910,IHA,16/02/2016,10/03/2016,completed,doctor",
                "NOBODY,IHA,16/02/2016,10/03/2016,completed,doctor",
                "566910,XHA,16/02/2016,10/03/2016,completed,doctor") + "\n");

        model.chooseAssessments(csv);

        assertThat(model.stateProperty().get()).isEqualTo(ImportViewModel.State.CHECKED);
        assertThat(model.summary()).singleElement().satisfies(r -> {
            assertThat(r.table()).isEqualTo("assessments");
            assertThat(r.read()).isEqualTo(3);
            assertThat(r.created()).isEqualTo(1);
            assertThat(r.rejected()).isEqualTo(2);
        });
        assertThat(model.rejections()).extracting(ImportViewModel.RejectionRow::line).containsExactlyInAnyOrder(3, 4);
        assertThat(model.canConfirmProperty().get()).isTrue();
        long child = context.repositories().children().findByLaChildId("566910").orElseThrow().id();
        assertThat(context.repositories().assessments().findByChild(child)).isEmpty(); // nothing yet

        model.confirm();

        assertThat(model.stateProperty().get()).isEqualTo(ImportViewModel.State.DONE);
        assertThat(context.repositories().assessments().findByChild(child)).singleElement()
                .satisfies(a -> assertThat(a.completedOn()).isEqualTo(java.time.LocalDate.of(2016, 3, 10)));
    }
}
