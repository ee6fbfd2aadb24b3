package lactracker.store;

import lactracker.domain.Words;

/** A save was refused because the record changed since it was read; nothing was written. */
public class StaleRecordException extends StoreException {
    /** @param whatKey the key of the record's name in messages.properties ("store.stale.payment") */
    public StaleRecordException(String whatKey) {
        super(Words.format("store.stale", Words.get(whatKey)));
    }

    /**
     * Naming who changed it and when ({@code when}: "at 10:42", or "on 4 Dec 2026 at 10:42").
     *
     * @param whatKey the key of the record's name in messages.properties
     */
    public StaleRecordException(String whatKey, String who, String when) {
        super(Words.format("store.staleBy", Words.get(whatKey), who, when));
    }
}
