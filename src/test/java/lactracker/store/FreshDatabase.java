package lactracker.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh database for each test, migrated by Flyway, with every repository over it: a workstation's H2
 * file, or, in a test's {@code OnPostgres} twin, a new database on the tests' PostgreSQL server (issue 23:
 * the repository tests run on both engines).
 */
abstract class FreshDatabase {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2018-03-31T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Database db;
    Repositories repos;

    @BeforeEach
    void open() {
        db = openDatabase();
        repos = Repositories.over(db, "test.user", CLOCK);
    }

    /** The database each test starts from: a fresh H2 file here. */
    Database openDatabase() {
        return Database.open(lactracker.testdata.Databases.fresh(dir.resolve("tracker")));
    }

    /** The server database's address, when the test runs on PostgreSQL. */
    String serverUrl;

    /** A new, empty database on the tests' PostgreSQL server, brought to the newest layout. */
    Database onPostgres() {
        serverUrl = lactracker.testdata.TestPostgres.shared().freshMigratedDatabase();
        return Database.onServer(serverUrl, lactracker.testdata.TestPostgres.USER, "");
    }

    /** The same database opened again (after {@code db} was closed), as the next process would. */
    Database reopen() {
        return serverUrl == null ? Database.open(dir.resolve("tracker"))
                : Database.onServer(serverUrl, lactracker.testdata.TestPostgres.USER, "");
    }

    @AfterEach
    void close() {
        db.close();
    }
}
