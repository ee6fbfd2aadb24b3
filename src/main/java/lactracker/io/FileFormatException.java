package lactracker.io;

import lactracker.domain.UserFacingException;

/** A file that is not what it should be; the message names the file and what is wrong, plainly. */
public class FileFormatException extends UserFacingException {
    public FileFormatException(String message) {
        super(message);
    }

    public FileFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
