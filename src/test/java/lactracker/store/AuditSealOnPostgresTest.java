package lactracker.store;

/** Every test of {@link AuditSealTest}, on a team's PostgreSQL server instead of the H2 file (issue 23). */
class AuditSealOnPostgresTest extends AuditSealTest {
    @Override
    Database openDatabase() {
        return onPostgres();
    }
}
