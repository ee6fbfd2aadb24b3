package lactracker.ui.audit;

import lactracker.testdata.Databases;
import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import lactracker.app.AppContext;
import lactracker.app.AuditService;
import lactracker.domain.Child;
import lactracker.ui.audit.AuditViewModel.Format;
import lactracker.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Audit screen's model: the last complete quarter at first, the rows, the children behind one, the export. */
class AuditViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-05-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    AppContext context;
    AuditViewModel model;

    /** As AuditCommandTest: A and B in care from 9 Jan 2017; only B's IHA done, on time. */
    @BeforeEach
    void open() {
        context = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "lead");
        var r = context.repositories();
        Child a = r.children().insert(aChild().withLaId("A").bornOn(LocalDate.of(2010, 1, 1)).build());
        Child b = r.children().insert(aChild().withLaId("B").bornOn(LocalDate.of(2014, 1, 1)).build());
        r.episodes().insert(anEpisode().forChild(a.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
        r.episodes().insert(anEpisode().forChild(b.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
        r.assessments().insert(anIha().forChild(b.id()).requestedOn(LocalDate.of(2017, 1, 10))
                .completedOn(LocalDate.of(2017, 1, 30)).build());
        model = new AuditViewModel(new DirectTaskRunner(), new AuditService(context), "logs");
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theLastCompleteQuarterIsWorkedOutAndARowOpensTheChildrenBehindIt() {
        assertThat(model.quarter.get().label()).isEqualTo("2016-17 Q4");
        assertThat(model.asAt.get()).isEqualTo(LocalDate.of(2017, 3, 31));

        model.compute();

        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.headingProperty().get()).isEqualTo("2016-17 Q4, as at 31 Mar 2017; last period 2016-17 Q3.");
        var onTime = model.lines().stream().filter(l -> l.row().id().equals("iha_on_time")).findFirst().orElseThrow();
        assertThat(onTime.row().percent()).isEqualByComparingTo("50.0");
        assertThat(onTime.lastPercent()).isNull(); // nobody was due in Q3
        model.selectedProperty().set(onTime);
        assertThat(model.subjects()).extracting(s -> s.laChildId() + " " + s.counted()).containsExactly("A false", "B true");
    }

    @Test
    void datesOfOnesOwnAreCheckedBeforeAnythingIsWorkedOut() {
        model.ownDates.set(true);
        model.from.set(LocalDate.of(2017, 3, 31));
        model.to.set(LocalDate.of(2017, 1, 1));
        model.compute();
        assertThat(model.messageProperty().get()).isEqualTo("The period ends before it begins: check the dates.");
        assertThat(model.readyProperty().get()).isFalse();

        model.to.set(LocalDate.of(2017, 4, 30));
        model.compute();
        assertThat(model.headingProperty().get()).startsWith("31 Mar 2017 to 30 Apr 2017, as at 30 Apr 2017");
    }

    @Test
    void theExportSuggestsItsNameAndWritesTheSheetWorkedOut() throws Exception {
        model.compute();
        assertThat(model.suggestedName(Format.XLSX)).isEqualTo("LAC health audit 2016-17 Q4.xlsx");
        Path file = dir.resolve(model.suggestedName(Format.XLSX));

        model.export(Format.XLSX, file);

        assertThat(Files.size(file)).isPositive();
        assertThat(model.messageProperty().get()).isEqualTo("Saved " + file + ".");
        Path csv = dir.resolve(model.suggestedName(Format.CSV));
        model.export(Format.CSV, csv);
        assertThat(Files.readString(csv)).contains("iha_on_time,IHAs completed within 20 working days,1,2,50.0");
    }
}
