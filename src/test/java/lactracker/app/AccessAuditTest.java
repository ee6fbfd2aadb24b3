package lactracker.app;

import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import lactracker.domain.AuditPeriod;
import lactracker.domain.Child;
import lactracker.store.AuditSeal;
import lactracker.store.KeySlots;
import lactracker.store.jooq.tables.records.AuditLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Access written into the trail beside the changes, by the signed-in person (issue 21), and sealed. */
class AccessAuditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final char[] PASSWORD = "three small words here".toCharArray();

    @TempDir
    Path dir;

    private static List<AuditLogRecord> accesses(AppContext c) {
        return c.database().dsl().selectFrom(lactracker.store.jooq.Tables.AUDIT_LOG)
                .where(lactracker.store.jooq.Tables.AUDIT_LOG.ACTION.eq("access"))
                .orderBy(lactracker.store.jooq.Tables.AUDIT_LOG.ID).fetch();
    }

    @Test
    void aSignInARecordOpenedAndAnExportAreEachInTheTrailWithTheSignedInUser() throws Exception {
        Path db = dir.resolve("tracker");
        Accounts accounts = new Accounts(CLOCK, KeySlots.Cost.QUICK);
        accounts.setUp(db, "Invented Administrator", "admin", PASSWORD).context().close();
        assertThatThrownBy(() -> accounts.signIn(db, "admin", "not the words".toCharArray()));
        assertThatThrownBy(() -> accounts.signIn(db, "admin", "nor these words".toCharArray()));

        try (AppContext c = accounts.signIn(db, "admin", PASSWORD)) {
            Child child = c.repositories().children().insert(aChild().withLaId("A1").bornOn(LocalDate.of(2010, 6, 15)).build());
            c.repositories().episodes().insert(anEpisode().forChild(child.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
            AppServices services = new AppServices(c);
            assertThat(services.children().record(child.id(), LocalDate.of(2017, 3, 1))).isPresent();
            AuditPeriod q = AuditPeriod.quarter("2016/17-Q4");
            Path file = dir.resolve("audit.csv");
            services.audit().writeReport(services.audit().audit(q, q.to()), ReportFormat.CSV, file);

            List<AuditLogRecord> access = accesses(c);
            assertThat(access.remove(0).getNewValues()).as("set-up: the first administrator's first sign-in")
                    .contains("\"failedTriesBefore\":0");
            assertThat(access).extracting(AuditLogRecord::getTableName).containsExactly("sign_in", "child_record", "export");
            assertThat(access).extracting(AuditLogRecord::getUsername).containsOnly("admin");
            assertThat(access.get(0).getNewValues()).contains("\"failedTriesBefore\":2").contains("\"recoveryKey\":false")
                    .contains("\"workstation\":\"" + lactracker.store.AccessLog.workstation() + "\""); // issue 23: which desk
            assertThat(access.get(1).getChildId()).isEqualTo(child.id());
            assertThat(access.get(2).getNewValues()).contains("\"what\":\"audit_sheet\"").contains("\"period\":\"2016-17 Q4\"")
                    .contains("\"format\":\"csv\"").contains(file.toAbsolutePath().toString());
            assertThat(c.repositories().auditLog().findByChild(child.id())).as("the change history shows changes only")
                    .allSatisfy(e -> assertThat(e.action()).isNotEqualTo("access"));
            assertThat(AuditSeal.check(c.database().dsl())).satisfies(check -> {
                assertThat(check.unbroken()).isTrue();
                assertThat(check.unsealed()).isZero();
            });
        }
    }

    @Test
    void everyKindOfAccessIsInTheTrailWithTheSignedInPersonAndInWords() throws Exception {
        Path db = dir.resolve("tracker");
        Accounts accounts = new Accounts(CLOCK, KeySlots.Cost.QUICK);
        accounts.setUp(db, "Invented Administrator", "admin", PASSWORD).context().close();
        try (AppContext c = accounts.signIn(db, "admin", PASSWORD)) {
            Child child = c.repositories().children().insert(aChild().withLaId("A1").bornOn(LocalDate.of(2010, 6, 15)).build());
            c.repositories().episodes().insert(anEpisode().forChild(child.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
            AppServices s = new AppServices(c);
            LocalDate day = LocalDate.of(2017, 3, 1);
            s.children().record(child.id(), day);
            var alerts = s.alerts().alerts(day).stream().map(AlertsService.AlertLine::alert).toList();
            s.alerts().writeReport(day, alerts, ReportFormat.CSV, dir.resolve("alerts.csv"), null);
            s.alerts().writeReport(day, alerts, ReportFormat.JSON, null, new java.io.StringWriter());
            s.rules().writeSnapshot(s.rules().snapshot(day), day, ReportFormat.CSV, dir.resolve("snapshot.csv"), null);
            AuditPeriod q = AuditPeriod.quarter("2016/17-Q4");
            s.audit().writeXlsx(s.audit().audit(q, q.to()), dir.resolve("audit.xlsx"));
            Path extract = java.nio.file.Files.createDirectories(dir.resolve("903")).resolve("header.csv");
            java.nio.file.Files.writeString(extract, "CHILD,SEX,DOB,ETHNIC,UPN\nB2,9,15/06/2011,WBRI,\n");
            s.import903().saveRejections(s.import903().check(List.of(extract), "header.csv"), dir.resolve("rejects.csv"));
            s.trail().printed("Alerts: 1 March 2017", "Office printer", 2);
            accounts.locked(c, 10);
            assertThatThrownBy(() -> accounts.unlock(c, "not the words".toCharArray()));
            accounts.unlock(c, PASSWORD);
            var filter = AuditTrailService.Filter.everything();
            s.trail().writeCsv(s.trail().find(filter), filter, dir.resolve("trail.csv"));

            var lines = s.trail().find(AuditTrailService.Filter.everything()).lines();
            var accessLines = lines.stream().filter(l -> l.kind() != lactracker.domain.TrailKind.CHANGE).toList();
            assertThat(accessLines).extracting(AuditTrailService.Line::who).containsOnly("admin");
            assertThat(accessLines).extracting(AuditTrailService.Line::what).containsExactly(
                    "Exported the audit trail", "Window unlocked", "Unlock refused: wrong password", "Window locked",
                    "Exported a printout", "Exported the rejected rows of a 903 import", "Exported the audit sheet",
                    "Exported the snapshot of the figures", "Exported the alerts", "Exported the alerts",
                    "Child's record opened", "Signed in", "Signed in");
            assertThat(accessLines.get(4).details()).isEqualTo("Alerts: 1 March 2017, 2 pages, on the printer Office printer");
            assertThat(accessLines.get(7).details()).isEqualTo("2017-03-01, CSV, to " + dir.resolve("snapshot.csv").toAbsolutePath());
            assertThat(accessLines.get(8).details()).isEqualTo("2017-03-01, JSON, to the command's output");
            assertThat(accessLines.get(3).details()).isEqualTo("after 10 minutes without use");
            assertThat(accessLines.get(11).details()).endsWith("at " + lactracker.store.AccessLog.workstation());
            assertThat(lines).extracting(AuditTrailService.Line::details).noneMatch(d -> d.contains("{") || d.contains("\""));
            for (String file : List.of("alerts.csv", "snapshot.csv", "audit.xlsx", "rejects.csv", "trail.csv")) {
                if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                            java.nio.file.Files.getPosixFilePermissions(dir.resolve(file)))).as(file).isEqualTo("rw-------");
                }
            }
        }
    }
}
