package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.DriverManager;
import java.time.Clock;
import lactracker.domain.Access;
import lactracker.testdata.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: the connection to the team's server drops (here the server ends this desk's connections, as a
 * restart does). The work under way fails whole, named as a lost connection rather than a fault, and the
 * next attempt works on a new connection, without opening anything again.
 */
class ConnectionLostTest {
    @Test
    void aDroppedConnectionIsNamedAndTheNextAttemptWorks() throws Exception {
        String url = TestPostgres.shared().freshDatabase();
        try (AppContext desk = AppContext.onServer(url, TestPostgres.USER, "", Clock.systemUTC(), "desk", Access.ADMINISTRATOR)) {
            new AppServices(desk).demo().fill(10, 2, done -> { });
            int children = desk.childrenCount();

            String database = url.substring(url.lastIndexOf('/') + 1);
            try (var admin = DriverManager.getConnection(TestPostgres.shared().url("postgres"), TestPostgres.USER, "");
                    var s = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?")) {
                s.setString(1, database);
                s.executeQuery().close();
            }

            Throwable lost = catchThrowable(desk::childrenCount);
            assertThat(lost).isNotNull();
            assertThat(Faults.connectionLost(lost)).as("named as a lost connection: %s", lost).isTrue();
            // The pool has thrown the dead connection away: the next attempt is served by a new one.
            int again = -1;
            for (int attempt = 0; attempt < 5 && again < 0; attempt++) {
                try {
                    again = desk.childrenCount();
                } catch (RuntimeException stillDead) {
                    assertThat(Faults.connectionLost(stillDead)).isTrue(); // another of the pool's dead connections
                }
            }
            assertThat(again).isEqualTo(children);
        }
    }
}
