package lactracker.app;

/** Every test of {@link PaymentsServiceTest}, on a team's PostgreSQL server instead of the H2 file (issue 23). */
class PaymentsServiceOnPostgresTest extends PaymentsServiceTest {
    @Override
    AppContext openContext(java.time.Clock clock, String user) {
        return lactracker.testdata.TestPostgres.freshContext(clock, user);
    }
}
