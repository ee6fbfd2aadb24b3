package lactracker.testdata;

import java.nio.file.Path;
import java.time.Clock;
import lactracker.app.AppContext;
import lactracker.domain.Access;

/**
 * One new database a service test works on, opened by as many people in turn as the test needs: a file
 * (the workstation's H2), or a database on the tests' PostgreSQL server for the test's twin (issue 23).
 */
@FunctionalInterface
public interface TestDatabase {
    AppContext open(Clock clock, String username, Access access);

    /** A new, empty file database at {@code path}. */
    static TestDatabase file(Path path) {
        Path db = Databases.fresh(path);
        return (clock, username, access) -> AppContext.open(db, clock, username, access);
    }

    /** A new database of the newest layout on the tests' server. */
    static TestDatabase onServer() {
        String url = TestPostgres.shared().freshMigratedDatabase();
        return (clock, username, access) -> AppContext.onServer(url, TestPostgres.USER, "", clock, username, access);
    }
}
