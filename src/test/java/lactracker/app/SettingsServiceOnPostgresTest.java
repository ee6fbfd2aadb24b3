package lactracker.app;

import lactracker.testdata.TestDatabase;

/** Every test of {@link SettingsServiceTest}, on a team's PostgreSQL server instead of the H2 file (issue 23). */
class SettingsServiceOnPostgresTest extends SettingsServiceTest {
    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.onServer();
    }
}
