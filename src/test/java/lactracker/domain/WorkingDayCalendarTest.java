package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import lactracker.testdata.Calendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules.md section 1: working days, adding them, and the limit of the known bank holidays. */
class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = Calendars.englandAndWales();

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource({
        // the examples written in rules.md
        "2017-01-09, 20, 2017-02-06, rules.md example: Monday to Monday",
        "2016-12-19, 20, 2017-01-19, rules.md example: over 26 and 27 Dec 2016 and 2 Jan 2017",
        // the start day itself is not counted
        "2017-01-09,  0, 2017-01-09, adding nothing",
        "2017-01-09,  1, 2017-01-10, the next working day",
        "2017-01-13,  1, 2017-01-16, Friday to Monday",
        // a start on a weekend or a bank holiday
        "2017-01-07,  1, 2017-01-09, from a Saturday",
        "2017-01-08,  5, 2017-01-13, from a Sunday",
        "2017-04-14,  1, 2017-04-18, from Good Friday over Easter Monday",
        "2017-12-25,  1, 2017-12-27, from Christmas Day over Boxing Day",
        // Easter and Christmas
        "2018-03-29,  1, 2018-04-03, Easter 2018: Good Friday and Easter Monday",
        "2018-03-28,  5, 2018-04-06, a week over Easter 2018",
        "2020-12-24,  1, 2020-12-29, Christmas 2020: Boxing Day moved to Monday the 28th",
        "2021-12-24,  1, 2021-12-29, Christmas 2021: both days moved to the 27th and 28th",
        // the moved holidays
        "2020-05-07,  1, 2020-05-11, 2020: early May holiday moved to Friday 8 May (VE day)",
        "2020-05-01,  1, 2020-05-04, 2020: the first Monday of May was a working day",
        "2022-06-01,  1, 2022-06-06, 2022: spring holiday moved to 2 June, Jubilee on 3 June",
        "2022-05-27,  1, 2022-05-30, 2022: the last Monday of May was a working day",
        "2022-09-16,  1, 2022-09-20, 2022: the State Funeral on 19 September",
        "2023-05-05,  1, 2023-05-09, 2023: the Coronation on 8 May",
    })
    void addingWorkingDaysStepsOverWeekendsAndBankHolidays(LocalDate start, int days, LocalDate expected, String why) {
        assertThat(calendar.addWorkingDays(start, days)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2017-01-09, true",   // a Monday
        "2017-01-07, false",  // a Saturday
        "2017-01-08, false",  // a Sunday
        "2017-01-02, false",  // New Year's Day moved to the Monday
        "2017-01-01, false",  // a Sunday that was New Year's Day
        "2016-12-27, false",  // Christmas Day moved to the Tuesday
        "2020-05-08, false",
        "2020-05-04, true",
        "2022-06-03, false",
        "2022-05-30, true",
        "2027-12-28, false",  // the last year shipped
    })
    void workingDaysAreWeekdaysThatAreNotBankHolidays(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2017-01-09, 2017-02-06, 20",
        "2016-12-19, 2017-01-19, 20",
        "2017-01-09, 2017-01-09,  0",
        "2017-01-06, 2017-01-08,  0",
        "2017-02-06, 2017-01-09, -20",
    })
    void workingDaysBetweenCountsTheDaysAfterTheFirstUpToTheLast(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @Test
    void datesAfterTheLastListedYearAreFlaggedForAWarning() {
        assertThat(calendar.knownUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(calendar.isBeyondKnownHolidays(LocalDate.of(2027, 12, 31))).isFalse();
        assertThat(calendar.isBeyondKnownHolidays(LocalDate.of(2028, 1, 3))).isTrue();
        // still counted, weekends only: no guessed holidays
        assertThat(calendar.addWorkingDays(LocalDate.of(2028, 12, 22), 1)).isEqualTo(LocalDate.of(2028, 12, 25));
    }

    @Test
    void aCalendarNeedsItsBankHolidaysAndCannotSubtract() {
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2017, 1, 9), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
