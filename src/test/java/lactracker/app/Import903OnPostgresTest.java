package lactracker.app;

/** Every test of {@link Import903Test}, on a team's PostgreSQL server instead of the H2 file (issue 23). */
class Import903OnPostgresTest extends Import903Test {
    @Override
    AppContext openContext(java.time.Clock clock, String user) {
        return lactracker.testdata.TestPostgres.freshContext(clock, user);
    }
}
