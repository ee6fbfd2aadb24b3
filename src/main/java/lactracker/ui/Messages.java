package lactracker.ui;

import java.util.ResourceBundle;
import lactracker.domain.UserFacingException;

/** Every user-visible text of the window comes from messages.properties through here (the services' own {@link lactracker.domain.Words}). */
public final class Messages {

    private Messages() {
    }

    /** The text for {@code key}; a missing key is a programming error and fails loudly. */
    public static String get(String key) {
        return lactracker.domain.Words.get(key);
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}... filled in. */
    public static String format(String key, Object... args) {
        return lactracker.domain.Words.format(key, args);
    }

    /**
     * What the user is told about {@code error}: its own words when it carries a message meant for
     * the user (a {@link UserFacingException}), else the plain "unexpected problem" text. Never a stack trace.
     */
    public static String forError(Throwable error, String logFolder) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException) {
                return t.getMessage();
            }
        }
        if (lactracker.app.Faults.diskFull(error)) {
            return get("error.diskFull");
        }
        if (lactracker.app.Faults.connectionLost(error)) {
            return get("error.connectionLost");
        }
        return format("error.unexpected", logFolder);
    }

    public static ResourceBundle bundle() {
        return lactracker.domain.Words.bundle();
    }
}
