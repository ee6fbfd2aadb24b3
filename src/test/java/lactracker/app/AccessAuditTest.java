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
            assertThat(access).extracting(AuditLogRecord::getTableName).containsExactly("sign_in", "child_record", "export");
            assertThat(access).extracting(AuditLogRecord::getUsername).containsOnly("admin");
            assertThat(access.get(0).getNewValues()).contains("\"failedTriesBefore\":2").contains("\"recoveryKey\":false");
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
}
