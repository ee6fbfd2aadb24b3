package lactracker.store;

import lactracker.domain.Words;

/** The database file is held by another process: another window, or a command still running. */
public class DatabaseInUseException extends StoreException {
    public DatabaseInUseException(Throwable cause) {
        super(Words.get("store.inUse"), cause);
    }
}
