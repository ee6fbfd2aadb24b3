package lactracker.app;

/** Every test of {@link ChildrenServiceTest}, on a team's PostgreSQL server instead of the H2 file (issue 23). */
class ChildrenServiceOnPostgresTest extends ChildrenServiceTest {
    @Override
    AppContext openContext(java.time.Clock clock, String user) {
        return lactracker.testdata.TestPostgres.freshContext(clock, user);
    }
}
