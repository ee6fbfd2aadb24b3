package lactracker.app;

import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import lactracker.domain.Access;
import lactracker.domain.Child;
import lactracker.domain.FieldProblem;
import lactracker.domain.NotAllowedException;
import lactracker.domain.TrailKind;
import lactracker.testdata.TestDatabase;
import lactracker.testdata.MovingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail in words, filtered by person, child, kind and days, and its export (issue 21). */
class AuditTrailServiceTest {
    @TempDir
    Path dir;
    private final MovingClock clock = new MovingClock(); // 5 Dec 2026 09:00 UTC

    /** The database the test works on: a file; its twin's, on the server. */
    TestDatabase freshDatabase() {
        return TestDatabase.file(dir.resolve("db"));
    }

    /** Two days of work: a nurse adds two children and opens one; the next day a lead opens the other and exports. */
    private TestDatabase twoDays() throws Exception {
        TestDatabase db = freshDatabase();
        try (AppContext nurse = db.open(clock, "n.one", Access.NURSE)) {
            Child first = nurse.repositories().children().insert(aChild().withLaId("A1").build());
            nurse.repositories().children().insert(aChild().withLaId("B2").build());
            nurse.repositories().access().opened(first.id());
        }
        clock.pass(Duration.ofDays(1));
        try (AppContext lead = db.open(clock, "t.lead", Access.TEAM_LEAD)) {
            Child second = lead.repositories().children().findByLaChildId("B2").orElseThrow();
            lead.repositories().access().opened(second.id());
            var trail = new AuditTrailService(lead);
            var filter = new AuditTrailService.Filter("n.one", null, null, null, null);
            trail.writeCsv(trail.find(filter), filter, dir.resolve("trail.csv"));
        }
        return db;
    }

    @Test
    void entriesAreInWordsNewestFirstAndEachFilterNarrowsThem() throws Exception {
        TestDatabase db = twoDays();
        try (AppContext lead = db.open(clock, "t.lead", Access.TEAM_LEAD)) {
            var trail = new AuditTrailService(lead);
            var all = trail.find(AuditTrailService.Filter.everything());
            assertThat(all.more()).isFalse();
            assertThat(all.lines()).extracting(AuditTrailService.Line::what).containsExactly(
                    "Exported the audit trail", "Child's record opened", "Child's record opened", "Child's record added",
                    "Child's record added");
            assertThat(all.lines().get(0).details()).isEqualTo("person n.one, CSV, to " + dir.resolve("trail.csv").toAbsolutePath());
            assertThat(all.lines().get(0).when()).isEqualTo("2026-12-06T09:00");
            assertThat(all.lines()).extracting(AuditTrailService.Line::details).noneMatch(d -> d.contains("{"));

            assertThat(trail.find(new AuditTrailService.Filter("N.ONE", null, null, null, null)).lines())
                    .as("the person, whatever the capitals").hasSize(3).allMatch(l -> l.who().equals("n.one"));
            assertThat(trail.find(new AuditTrailService.Filter(null, "B2", null, null, null)).lines())
                    .extracting(AuditTrailService.Line::what).containsExactly("Child's record opened", "Child's record added");
            assertThat(trail.find(new AuditTrailService.Filter(null, null, TrailKind.RECORD_OPENED, null, null)).lines())
                    .extracting(AuditTrailService.Line::laChildId).containsExactly("B2", "A1");
            assertThat(trail.find(new AuditTrailService.Filter(null, null, TrailKind.EXPORT, null, null)).lines()).hasSize(1);
            assertThat(trail.find(new AuditTrailService.Filter(null, null, TrailKind.CHANGE, LocalDate.of(2026, 12, 5),
                    LocalDate.of(2026, 12, 5))).lines()).hasSize(2);
            assertThat(trail.find(new AuditTrailService.Filter(null, null, null, LocalDate.of(2026, 12, 6), null)).lines())
                    .extracting(AuditTrailService.Line::who).containsOnly("t.lead");
        }
    }

    @Test
    void theCsvIsMarkedAndHoldsTheLinesShownInWords() throws Exception {
        twoDays();
        List<String> csv = Files.readAllLines(dir.resolve("trail.csv"));
        assertThat(csv.get(0)).isEqualTo("OFFICIAL-SENSITIVE: PERSONAL");
        assertThat(csv.get(1)).isEqualTo("When,Who,Kind,What,Child (LA id),Details");
        assertThat(csv.subList(2, csv.size())).hasSize(3).allMatch(l -> l.startsWith("2026-12-05 09:00:00,n.one,"));
        assertThat(csv.get(2)).contains(",Record opened,Child's record opened,A1,");
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve("trail.csv")))).isEqualTo("rw-------");
        }
    }

    @Test
    void aNurseMayNotReadTheTrailAndAnUnknownChildOrReversedDaysAreNamed() throws Exception {
        TestDatabase db = twoDays();
        try (AppContext nurse = db.open(clock, "n.one", Access.NURSE)) {
            assertThatThrownBy(() -> new AuditTrailService(nurse).find(AuditTrailService.Filter.everything()))
                    .isInstanceOf(NotAllowedException.class).hasMessageContaining("read or export the audit trail");
        }
        try (AppContext admin = db.open(clock, "admin", Access.ADMINISTRATOR)) {
            var trail = new AuditTrailService(admin);
            assertThatThrownBy(() -> trail.find(new AuditTrailService.Filter(null, "ZZ9", null, null, null)))
                    .isInstanceOf(FieldProblem.Refused.class).hasMessageContaining("No child has LA id ZZ9.");
            assertThatThrownBy(() -> trail.find(new AuditTrailService.Filter(null, null, null, LocalDate.of(2026, 12, 6),
                    LocalDate.of(2026, 12, 5)))).hasMessageContaining("The first day is after the last");
        }
    }
}
