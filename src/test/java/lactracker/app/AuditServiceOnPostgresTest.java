package lactracker.app;

/** Every test of {@link AuditServiceTest}, on a team's PostgreSQL server instead of the H2 file (issue 23). */
class AuditServiceOnPostgresTest extends AuditServiceTest {
    @Override
    AppContext openContext(java.time.Clock clock, String user) {
        return lactracker.testdata.TestPostgres.freshContext(clock, user);
    }
}
