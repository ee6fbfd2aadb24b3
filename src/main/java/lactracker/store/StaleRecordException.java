package lactracker.store;

/** A save was refused because the record changed since it was read; nothing was written. */
public class StaleRecordException extends StoreException {
    public StaleRecordException(String what) {
        super("This " + what + " was changed elsewhere after you opened it. Nothing was saved: "
                + "reopen it to see the latest version, then make your change again.");
    }
}
