package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormsTest {

    @ParameterizedTest
    @CsvSource({
        "6/2/2017, 2017-02-06",
        "06-02-2017, 2017-02-06",
        "6.2.2017, 2017-02-06",
        "6 Feb 2017, 2017-02-06",
        "2017-02-06, 2017-02-06",
        "29/02/2024, 2024-02-29",
        "31/12/2026, 2026-12-31",
    })
    void aDateIsReadAsNursesTypeIt(String typed, LocalDate date) {
        assertThat(Forms.parse(typed)).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "29/02/2025", "31/04/2026", "0/1/2026", "1/13/2026", "2026-02-30", "31 Feb 2026", "12/3"})
    void aDayThatIsNotInTheCalendarIsRefusedNotMovedToAnother(String typed) {
        assertThatThrownBy(() -> Forms.parse(typed)).isInstanceOf(DateTimeParseException.class);
    }
}
