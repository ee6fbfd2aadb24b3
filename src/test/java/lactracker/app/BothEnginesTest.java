package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import lactracker.domain.Access;
import lactracker.domain.AuditPeriod;
import lactracker.testdata.Databases;
import lactracker.testdata.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23: every rule and export works the same on a team's PostgreSQL server as on the workstation's H2
 * file. The same invented children (the demo, one seed, one day) are made on both engines through the
 * services, and the day's alerts, the quarter's audit sheet (as its CSV) and the children's list come out
 * the same, line for line.
 */
class BothEnginesTest {
    private static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-11-20T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final AuditPeriod QUARTER = AuditPeriod.quarter("2026/27-Q2");

    @TempDir
    Path dir;

    @Test
    void theDemoGivesTheSameAlertsAuditAndListOnPostgresqlAsOnH2() throws Exception {
        Seen onH2;
        try (AppContext h2 = AppContext.open(Databases.fresh(dir.resolve("h2")), CLOCK, "lead")) {
            onH2 = seen(h2);
        }
        Seen onPostgres;
        try (AppContext server = AppContext.onServer(TestPostgres.shared().freshDatabase(), TestPostgres.USER, "",
                CLOCK, "lead", Access.ADMINISTRATOR)) {
            onPostgres = seen(server);
        }
        assertThat(onH2.alerts()).hasSizeGreaterThan(50);
        assertThat(onPostgres.alerts()).isEqualTo(onH2.alerts());
        assertThat(onPostgres.audit()).isEqualTo(onH2.audit());
        assertThat(onPostgres.children()).isEqualTo(onH2.children());
    }

    private record Seen(List<String> alerts, String audit, List<String> children) {
    }

    private static Seen seen(AppContext context) throws Exception {
        var services = new AppServices(context);
        services.demo().fill(120, 7, done -> { });
        LocalDate today = LocalDate.now(CLOCK);
        // By LA id, not by the database's own numbers, which each engine hands out in its own way.
        List<String> alerts = services.alerts().alerts(today).stream()
                .map(a -> a.alert().laChildId() + " " + a.alert().kind() + " " + a.alert().dueDate() + " " + a.childName())
                .sorted().toList();
        var audit = services.audit().audit(QUARTER, QUARTER.to());
        StringWriter csv = new StringWriter();
        ReportFormat.CSV.writeRows(csv, audit.sheet());
        List<String> children = services.caseload().day(today).summaries().stream()
                .map(c -> String.join(" ", c.laChildId(), c.familyName(), c.givenName(), c.nhsNumber(),
                        String.valueOf(c.dateOfBirth()), String.valueOf(c.careStatus()), String.valueOf(c.placement()),
                        String.valueOf(c.nextDuty()), String.valueOf(c.nextDue()), String.valueOf(c.state()),
                        String.valueOf(c.lastDentalCheck())))
                .toList();
        return new Seen(alerts, csv.toString(), children);
    }
}
