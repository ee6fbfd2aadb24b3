package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import lactracker.domain.Access;
import lactracker.store.AuditSeal;
import lactracker.store.StoreException;
import lactracker.testdata.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23: a workstation's database moved onto a team server. The 1,000-child demo with the shared 903
 * sample imported over it arrives whole: every table's count and checksum the same, the audit trail's
 * seals unbroken on the server, the same alerts there, and the file as it was. A second move into the
 * same server database is refused and changes nothing.
 */
class ServerMoveTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @Test
    void theDemoAndThe903SampleArriveWholeAndTheFileIsKept() throws Exception {
        Path db = dir.resolve("tracker");
        try (AppContext file = AppContext.open(db, CLOCK, "admin")) {
            new AppServices(file).demo().fill(1000, 5, done -> { });
            var import903 = Import903.of(file);
            import903.apply(import903.check(java.util.List.of(Path.of("src/test/resources/ssda903-sample")), "ssda903-sample"), "admin");
        }
        byte[] fileBefore = Files.readAllBytes(AppContext.fileOf(db));
        String url = TestPostgres.shared().freshDatabase();
        String address = url.substring("jdbc:".length()) + "?sslmode=disable";

        ServerMoveService.Moved moved;
        java.util.List<String> alertsOnFile;
        try (AppContext file = AppContext.openReadOnly(db, CLOCK, "admin");
                AppContext server = TeamServer.signIn(address, TestPostgres.USER, new char[0], CLOCK)) {
            moved = ServerMoveService.move(file, server, () -> false);
            alertsOnFile = alerts(file);
        }
        assertThat(moved.tables()).hasSize(23);
        assertThat(moved.tables().get("practice_commissioner").rows()).isEqualTo(6); // the demo area's practices
        assertThat(moved.tables().get("child").rows()).isGreaterThan(1000); // the demo's and the sample's
        assertThat(moved.tables().get("episode").rows()).isGreaterThan(1000);
        assertThat(moved.tables().get("audit_log").rows()).isPositive();
        assertThat(Files.readAllBytes(AppContext.fileOf(db))).isEqualTo(fileBefore);

        try (AppContext server = TeamServer.signIn(address, TestPostgres.USER, new char[0], CLOCK)) {
            var seals = AuditSeal.check(server.database().dsl());
            assertThat(seals.brokenAt()).isNull();
            assertThat(seals.sealed()).isGreaterThan(moved.tables().get("audit_log").rows() - 1);
            assertThat(alerts(server)).isEqualTo(alertsOnFile).hasSizeGreaterThan(100);
            assertThat(server.childrenCount()).isEqualTo((int) moved.tables().get("child").rows());
            var trail = new AuditTrailService(server).find(AuditTrailService.Filter.everything()).lines();
            assertThat(trail).anySatisfy(l -> {
                assertThat(l.what()).isEqualTo("Moved onto this server, every table counted and checksummed");
                assertThat(l.details()).isEqualTo("from tracker.mv.db");
            });

            // A new child on the server is numbered after the file's.
            long newest = server.repositories().children().insert(lactracker.testdata.ChildBuilder.aChild()
                    .withLaId("NEW1").build()).id();
            assertThat(newest).isGreaterThan(moved.tables().get("child").rows());
        }

        try (AppContext file = AppContext.openReadOnly(db, CLOCK, "admin");
                AppContext server = AppContext.onServer(url + "?sslmode=disable", TestPostgres.USER, "", CLOCK, "postgres",
                        Access.ADMINISTRATOR)) {
            int before = server.childrenCount();
            assertThatThrownBy(() -> ServerMoveService.move(file, server, () -> false))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("already holds records");
            assertThat(server.childrenCount()).isEqualTo(before);
        }
    }

    private static java.util.List<String> alerts(AppContext context) {
        return new AppServices(context).alerts().alerts(LocalDate.now(CLOCK)).stream()
                .map(a -> a.alert().laChildId() + " " + a.alert().kind() + " " + a.alert().dueDate()).sorted().toList();
    }
}
