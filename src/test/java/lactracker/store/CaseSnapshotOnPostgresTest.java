package lactracker.store;

/** Every test of {@link CaseSnapshotTest}, on a team's PostgreSQL server instead of the H2 file (issue 23). */
class CaseSnapshotOnPostgresTest extends CaseSnapshotTest {
    @Override
    Database openDatabase() {
        return onPostgres();
    }
}
