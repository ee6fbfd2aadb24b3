package lactracker.store;

/** The database file is held by another process: another window, or a command still running. */
public class DatabaseInUseException extends StoreException {
    public DatabaseInUseException(Throwable cause) {
        super("The database is open in another window. Close the other LAC Health Tracker window "
                + "(or wait for the running command to finish) and try again.", cause);
    }
}
