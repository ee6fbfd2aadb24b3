package lactracker.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as every message and screen writes them for people: 6 Feb 2017. */
public final class Dates {
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Dates() {
    }

    /** The date as people read it ("6 Feb 2017"), or "" for none. */
    public static String written(LocalDate date) {
        return date == null ? "" : WRITTEN.format(date);
    }
}
