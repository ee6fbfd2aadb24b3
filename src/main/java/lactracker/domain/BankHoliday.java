package lactracker.domain;

import java.time.LocalDate;
import java.util.Objects;

/** An England and Wales bank holiday. */
public record BankHoliday(LocalDate date, String title) {
    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
    }
}
