package lactracker.app;

/** Every test of {@link EscalationsServiceTest}, on a team's PostgreSQL server instead of the H2 file (issue 23). */
class EscalationsServiceOnPostgresTest extends EscalationsServiceTest {
    @Override
    AppContext openContext(java.time.Clock clock, String user) {
        return lactracker.testdata.TestPostgres.freshContext(clock, user);
    }
}
