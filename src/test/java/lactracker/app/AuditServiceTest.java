package lactracker.app;

import lactracker.testdata.Databases;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import lactracker.domain.AuditFigures;
import lactracker.domain.AuditPeriod;
import lactracker.domain.AuditRow;
import lactracker.domain.AuditSheet;
import lactracker.domain.ChildCase;
import lactracker.testdata.RandomCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit sheet's work: the same sheet batch by batch as from the whole caseload at once, stoppable
 * between its steps, and a file is there whole or not at all.
 */
class AuditServiceTest {
    @TempDir
    Path dir;
    AppContext context;
    AuditService service;

    /** The database the tests start from: a fresh H2 file here; a server's in the OnPostgres twin (issue 23). */
    AppContext openContext(java.time.Clock clock, String user) {
        return AppContext.open(Databases.fresh(dir.resolve("db")), clock, user);
    }

    @BeforeEach
    void open() {
        context = openContext(Clock.systemUTC(), "lead");
        var c = context.repositories().children().insert(aChild().withLaId("A").bornOn(LocalDate.of(2010, 1, 1)).build());
        context.repositories().episodes().insert(anEpisode().forChild(c.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
        service = new AuditService(context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** Several batches of children (a thousand each), tallied on several threads and joined. */
    @Test
    void batchByBatchTheSheetsAreThoseOfTheWholeCaseloadAtOnce() {
        List<ChildCase> cases = new ArrayList<>();
        for (long seed = 0; seed < 2_500; seed++) {
            ChildCase c = RandomCases.from(seed);
            cases.add(new ChildCase(c.child(), c.episodes(), c.assessments(), c.escalations(), List.of()));
        }
        context.repositories().bulk().insert(cases, "random cases", n -> { });
        AuditPeriod q4 = AuditPeriod.quarter("2016/17-Q4");
        AuditPeriod q3 = q4.previous();
        RulesService rules = new RulesService(context.repositories());
        List<ChildCase> all = context.repositories().caseload().loadAll();

        AuditService.Audit audit = service.audit(q4, q4.to());

        AuditSheet whole = AuditFigures.compute(all, q4, q4.to(), rules.settings(), rules.calendar());
        assertThat(whole.row("iha_on_time").subjects()).hasSizeGreaterThan(100);
        assertThat(audit.sheet()).isEqualTo(whole);
        AuditSheet before = AuditFigures.compute(all, q3, q3.to(), rules.settings(), rules.calendar());
        // The period before is tallied for its trend column: the quarterly rows alone (the health-needs rows,
        // about one day, have none, and are left at nought).
        assertThat(audit.previous().rows()).filteredOn(r -> quarterly(r)).extracting(AuditRow::id, AuditRow::numerator,
                AuditRow::denominator, AuditRow::percent).containsExactlyElementsOf(before.rows().stream().filter(r -> quarterly(r))
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.id(), r.numerator(), r.denominator(), r.percent()))
                        .toList());
        assertThat(audit.previous().rows()).filteredOn(r -> !quarterly(r)).allSatisfy(r -> assertThat(r.denominator()).isZero());
        assertThat(audit.previous().rows()).allSatisfy(r -> assertThat(r.subjects()).isEmpty());
    }

    private static boolean quarterly(AuditRow r) {
        return lactracker.domain.AuditMeasure.byId(r.id()).section() == lactracker.domain.AuditMeasure.Section.AUDIT;
    }

    @Test
    void askedToStopItStopsAtTheNextStep() {
        AtomicInteger asked = new AtomicInteger();
        AuditPeriod q4 = AuditPeriod.quarter("2016/17-Q4");

        assertThatThrownBy(() -> service.audit(q4, q4.to(), () -> asked.incrementAndGet() >= 2))
                .isInstanceOf(CancellationException.class);
        assertThat(asked).hasValue(2); // before the one batch of children, then once they are worked out
    }

    @Test
    void aFileThatCannotBeWrittenLeavesNothingBehind() throws Exception {
        AuditPeriod q4 = AuditPeriod.quarter("2016/17-Q4");
        var audit = service.audit(q4, q4.to());
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path target = folder.resolve("sheet.csv");
        Files.createDirectory(target); // a folder where the file should go: the move fails

        assertThatThrownBy(() -> service.writeReport(audit, ReportFormat.CSV, target)).isInstanceOf(java.io.IOException.class);
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(target); // no ".part" file left
        }
    }
}
