package lactracker.ui.health;

import static lactracker.testdata.HealthNeedsCases.ALPHA;
import static lactracker.testdata.HealthNeedsCases.EXPECTED;
import static lactracker.testdata.HealthNeedsCases.OUT_OF_COUNTY;
import static lactracker.testdata.HealthNeedsCases.figures;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import lactracker.app.AppContext;
import lactracker.app.AuditService;
import lactracker.domain.AuditRow;
import lactracker.testdata.Databases;
import lactracker.testdata.HealthNeedsCases;
import lactracker.ui.health.HealthNeedsViewModel.Where;
import lactracker.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Health needs screen's model over the hand-built children of {@link HealthNeedsCases} (worked out there). */
class HealthNeedsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-05-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    AppContext context;
    HealthNeedsViewModel model;

    @BeforeEach
    void open() {
        context = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "lead");
        HealthNeedsCases.seed(context.repositories());
        model = new HealthNeedsViewModel(new DirectTaskRunner(), new AuditService(context), "logs");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Map<String, String> shown() {
        Map<String, String> m = new LinkedHashMap<>();
        for (AuditRow r : model.lines()) {
            m.put(r.id(), r.numerator() + "/" + r.denominator() + " " + (r.percent() == null ? "" : r.percent().toPlainString()));
        }
        return m;
    }

    @Test
    void theDaysFiguresForEveryChildThenOneNursesThenThosePlacedOutOfCounty() {
        assertThat(model.day.get()).isEqualTo(LocalDate.of(2017, 5, 10)); // today at first
        model.day.set(HealthNeedsCases.DAY);
        model.compute();

        assertThat(shown()).containsExactlyEntriesOf(figures(EXPECTED));
        assertThat(model.headingProperty().get()).isEqualTo("On 31 Mar 2017: 5 looked after, 1 care leavers.");
        assertThat(model.nurses()).extracting(HealthNeedsViewModel.NurseChoice::name)
                .containsExactly("All nurses", "Nurse Alpha", "Nurse Beta", "No nurse allocated");

        model.nurse.set(model.nurses().get(1));
        assertThat(shown()).containsAllEntriesOf(figures(ALPHA));
        assertThat(model.headingProperty().get()).isEqualTo("On 31 Mar 2017: 2 looked after, 0 care leavers.");

        model.nurse.set(model.nurses().get(3)); // H4 alone
        assertThat(shown()).containsEntry("needs_health_passport", "1/1 100.0");

        model.nurse.set(model.nurses().get(0));
        model.where.set(Where.OUT_OF_COUNTY);
        assertThat(shown()).containsAllEntriesOf(figures(OUT_OF_COUNTY));
        model.where.set(Where.ANYWHERE);
        assertThat(shown()).containsExactlyEntriesOf(figures(EXPECTED));
    }

    @Test
    void aFigureOpensAsTheChildrenBehindItAndTheChartsCountTheSame() {
        model.day.set(HealthNeedsCases.DAY);
        model.compute();
        model.selectedProperty().set(model.lines().stream().filter(r -> r.id().equals("needs_immunisations_up_to_date"))
                .findFirst().orElseThrow());
        assertThat(model.subjects()).extracting(s -> s.laChildId() + " " + s.counted())
                .containsExactly("H1 true", "H2 true", "H3 false", "H4 true", "H7 false");

        // Choosing a nurse keeps the chosen figure, now with her children alone.
        model.nurse.set(model.nurses().get(2)); // Beta: H3, H7 (and H5, a care leaver, in no such row)
        assertThat(model.subjects()).extracting(s -> s.laChildId() + " " + s.counted())
                .containsExactly("H3 false", "H7 false");

        model.nurse.set(model.nurses().get(0));
        assertThat(model.sdq()).extracting(b -> b.label() + " " + b.value())
                .containsExactly("normal, 0-13 1", "borderline, 14-16 0", "a cause for concern, 17-40 1", "none recorded 2");
        assertThat(model.upToDate()).extracting(b -> b.label() + " " + b.value())
                .containsExactly("Immunisations 60.0", "Dental check 40.0", "Health passport 40.0", "Care leaver summary 100.0");
        assertThat(model.screening()).extracting(s -> s.item() + " " + s.outcomes()).containsExactly(
                "TB {Done=1, Declined=0, Not indicated=0, Pending=0, Not recorded=1}",
                "Hepatitis B {Done=0, Declined=1, Not indicated=0, Pending=0, Not recorded=1}",
                "Hepatitis C {Done=0, Declined=0, Not indicated=0, Pending=1, Not recorded=1}",
                "HIV {Done=0, Declined=0, Not indicated=1, Pending=0, Not recorded=1}",
                "Syphilis {Done=0, Declined=0, Not indicated=0, Pending=0, Not recorded=2}");
    }

    /** The area's table puts Z99999 with 15N and Z22222 with 99A: 99A's children are H2 alone. */
    @Test
    void eachCommissionersChildrenFromThePracticesTable() {
        context.repositories().commissioners().save(java.util.List.of(
                new lactracker.domain.PracticeCommissioner("Z99999", LocalDate.of(2016, 4, 1), "15N"),
                new lactracker.domain.PracticeCommissioner("Z22222", LocalDate.of(2016, 4, 1), "99A")));
        model.day.set(HealthNeedsCases.DAY);
        model.compute();
        assertThat(model.commissioners()).extracting(HealthNeedsViewModel.CommissionerChoice::name)
                .containsExactly("All commissioners", "15N", "99A");
        model.commissioner.set(model.commissioners().get(2));
        assertThat(shown()).containsEntry("needs_sdq_concern", "1/1 100.0").containsEntry("needs_health_passport", "0/1 0.0")
                .containsEntry("needs_care_leaver_summary_given", "0/0 ");
        assertThat(model.headingProperty().get()).isEqualTo("On 31 Mar 2017: 1 looked after, 0 care leavers.");
    }

    @Test
    void aDayThatDoesNotReadIsSaidAndNothingIsWorkedOut() {
        model.unreadableDate(true);
        model.compute();
        assertThat(model.messageProperty().get()).startsWith("The day is not a date");
        assertThat(model.lines()).isEmpty();
    }
}
