package lactracker.app;

/** Every test of {@link ImportAssessmentsTest}, on a team's PostgreSQL server instead of the H2 file (issue 23). */
class ImportAssessmentsOnPostgresTest extends ImportAssessmentsTest {
    @Override
    AppContext openContext(java.time.Clock clock, String user) {
        return lactracker.testdata.TestPostgres.freshContext(clock, user);
    }
}
