package lactracker.store;

/** Every test of {@link RepositoriesTest}, on a team's PostgreSQL server instead of the H2 file (issue 23). */
class RepositoriesOnPostgresTest extends RepositoriesTest {
    @Override
    Database openDatabase() {
        return onPostgres();
    }
}
