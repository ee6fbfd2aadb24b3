package lactracker.app;

import java.nio.file.Path;
import java.time.Clock;
import lactracker.domain.Access;
import lactracker.domain.Action;
import lactracker.domain.NotAllowedException;
import lactracker.store.Database;
import lactracker.store.FileKey;
import lactracker.store.Repositories;

/**
 * The composition root: the database and the repositories over it, built once and handed down through
 * constructors. No static service locator.
 *
 * @param username who changes are recorded against: the operating-system account until sign-in arrives
 * @param access   what that person may do; every service asks it before a change ({@link #require})
 */
public record AppContext(Database database, Repositories repositories, Clock clock, String username, Access access)
        implements AutoCloseable {

    /**
     * Opens the database at {@code path} (creating and migrating it as needed) for the person at the desk,
     * with an administrator's access: until sign-in arrives (issue 21) whoever can open the file may do all.
     */
    public static AppContext open(Path path, Clock clock, String username) {
        return open(path, clock, username, Access.ADMINISTRATOR);
    }

    /** Opens the database at {@code path} for {@code username}, who may do what {@code access} allows. */
    public static AppContext open(Path path, Clock clock, String username, Access access) {
        return open(path, clock, username, access, FileKey.NONE);
    }

    /** As {@link #open(Path, Clock, String, Access)}, for a database encrypted with {@code key} (issue 21). */
    public static AppContext open(Path path, Clock clock, String username, Access access, FileKey key) {
        Database database = Database.open(path, key);
        return new AppContext(database, Repositories.over(database, username, clock), clock, username, access);
    }

    /**
     * Opens the tracker's database on a team's PostgreSQL server (issue 23) for {@code username}, who may do
     * what {@code access} allows.
     */
    public static AppContext onServer(String url, String user, String password, Clock clock, String username,
            Access access) {
        Database database = Database.onServer(url, user, password);
        return new AppContext(database, Repositories.over(database, username, clock), clock, username, access);
    }

    /** Opens an existing database only to read it: nothing at all is written to its file (a dry run). */
    public static AppContext openReadOnly(Path path, Clock clock, String username) {
        Database database = Database.openReadOnly(path);
        return new AppContext(database, Repositories.over(database, username, clock), clock, username,
                Access.ADMINISTRATOR);
    }

    /** Refuses, with a plain sentence and before anything is written, what this person's access does not allow. */
    public void require(Action action) {
        if (!access.may(action)) {
            throw new NotAllowedException(access, action);
        }
    }

    /** The file on disk of the database at {@code path}, open or not (given with or without .mv.db). */
    public static Path fileOf(Path path) {
        return Database.fileOf(path);
    }

    /** The database's name (as {@code --db} gives it), from the name or from its file. */
    public static Path nameOf(Path path) {
        return Database.nameOf(path);
    }

    /** The database file as it is on disk. */
    public Path databaseFile() {
        return database.file();
    }

    /** Whether the records are on a team's server rather than in this computer's file. */
    public boolean onServer() {
        return database.onServer();
    }

    /** Whether the database is encrypted, and so opened by signing in (known from its key: no file is read). */
    public boolean encrypted() {
        return database.key().encrypts();
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
