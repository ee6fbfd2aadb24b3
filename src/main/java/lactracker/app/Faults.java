package lactracker.app;

import lactracker.store.DiskFull;

/** Faults of the machine rather than of the tracker or the user's data, for the window and the command line to name. */
public final class Faults {
    private Faults() {
    }

    /** Whether {@code error} is the database engine tidying up after a database was closed: harmless, logged only. */
    public static boolean cleanupAfterClose(Thread thread, Throwable error) {
        return lactracker.store.Database.isCleanupAfterClose(thread, error);
    }

    /**
     * Whether {@code error} was the connection to a team's server lost (the network, or the server stopped
     * or restarted: SQL states of class 08, and 57P01-57P03): the transaction was rolled back whole, and the
     * next attempt takes a new connection.
     */
    public static boolean connectionLost(Throwable error) {
        return lactracker.store.Database.isConnectionLost(error);
    }

    /** Whether {@code error} was the disk filling up. */
    public static boolean diskFull(Throwable error) {
        return DiskFull.is(error);
    }
}
