package lactracker.domain;

/**
 * A failure whose message is written for the user: plain English, saying what is wrong and what to do,
 * with no SQL, stack trace or personal data. Screens and the command line show its message as it is.
 */
public class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
