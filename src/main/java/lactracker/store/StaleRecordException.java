package lactracker.store;

import lactracker.domain.Words;

/** A save was refused because the record changed since it was read; nothing was written. */
public class StaleRecordException extends StoreException {
    /** @param whatKey the key of the record's name in messages.properties ("store.stale.payment") */
    public StaleRecordException(String whatKey) {
        super(Words.format("store.stale", Words.get(whatKey)));
    }
}
