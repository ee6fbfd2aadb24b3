package lactracker.app;

/** Every test of {@link TeamServiceTest}, on a team's PostgreSQL server instead of the H2 file (issue 23). */
class TeamServiceOnPostgresTest extends TeamServiceTest {
    @Override
    AppContext openContext(java.time.Clock clock, String user) {
        return lactracker.testdata.TestPostgres.freshContext(clock, user);
    }
}
