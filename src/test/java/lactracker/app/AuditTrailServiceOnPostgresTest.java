package lactracker.app;

import lactracker.testdata.TestDatabase;

/** Every test of {@link AuditTrailServiceTest}, on a team's PostgreSQL server instead of the H2 file (issue 23). */
class AuditTrailServiceOnPostgresTest extends AuditTrailServiceTest {
    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.onServer();
    }
}
