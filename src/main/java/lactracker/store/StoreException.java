package lactracker.store;

import lactracker.domain.UserFacingException;

/**
 * A problem with the stored data, with a message fit to show the user: plain English, no SQL state,
 * no personal data.
 */
public class StoreException extends UserFacingException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
