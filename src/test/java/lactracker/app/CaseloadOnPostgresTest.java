package lactracker.app;

/** Every test of {@link CaseloadTest}, on a team's PostgreSQL server instead of the H2 file (issue 23). */
class CaseloadOnPostgresTest extends CaseloadTest {
    @Override
    AppContext openContext(java.time.Clock clock, String user) {
        return lactracker.testdata.TestPostgres.freshContext(clock, user);
    }
}
