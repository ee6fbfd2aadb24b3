package lactracker.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh file database for each test, migrated by Flyway, with every repository over it. */
abstract class FreshDatabase {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2018-03-31T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Database db;
    Repositories repos;

    @BeforeEach
    void open() {
        db = Database.open(lactracker.testdata.Databases.fresh(dir.resolve("tracker")));
        repos = Repositories.over(db, "test.user", CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }
}
