package lactracker.app;

import java.nio.file.Path;
import java.time.Clock;
import lactracker.store.Database;
import lactracker.store.Repositories;

/**
 * The composition root: the database and the repositories over it, built once and handed down through
 * constructors. No static service locator.
 *
 * @param username who changes are recorded against: the operating-system account until sign-in arrives
 */
public record AppContext(Database database, Repositories repositories, Clock clock, String username)
        implements AutoCloseable {

    /** Opens the database at {@code path} (creating and migrating it as needed). */
    public static AppContext open(Path path, Clock clock, String username) {
        Database database = Database.open(path);
        return new AppContext(database, Repositories.over(database, username, clock), clock, username);
    }

    /** Opens an existing database only to read it: nothing at all is written to its file (a dry run). */
    public static AppContext openReadOnly(Path path, Clock clock, String username) {
        Database database = Database.openReadOnly(path);
        return new AppContext(database, Repositories.over(database, username, clock), clock, username);
    }

    /** The file on disk of the database at {@code path}, open or not (given with or without .mv.db). */
    public static Path fileOf(Path path) {
        return Database.fileOf(path);
    }

    /** The database file as it is on disk. */
    public Path databaseFile() {
        return database.file();
    }

    /** Whether the process that last had this database open ended without closing it: worth a check. */
    public boolean openedAfterUncleanShutdown() {
        return database.openedAfterUncleanShutdown();
    }

    /** How many children the database holds. */
    public int childrenCount() {
        return repositories.children().count();
    }

    /** The account the process runs under. */
    public static String operatingSystemUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown" : name;
    }

    @Override
    public void close() {
        database.close();
    }
}
