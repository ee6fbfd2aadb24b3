package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import lactracker.testdata.Calendars;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the calendar, over dates across every year the shipped holidays cover. */
class WorkingDayCalendarProperties {
    private final WorkingDayCalendar calendar = Calendars.englandAndWales();

    @Property
    void addingAtLeastOneWorkingDayAlwaysLandsOnAWorkingDay(@ForAll @IntRange(min = 0, max = 4380) int dayOffset,
            @ForAll @IntRange(min = 1, max = 300) int days) {
        LocalDate start = LocalDate.of(2016, 1, 1).plusDays(dayOffset);
        assertThat(calendar.isWorkingDay(calendar.addWorkingDays(start, days))).isTrue();
    }

    @Property
    void countingBackTheWorkingDaysAddedGivesTheSameNumber(@ForAll @IntRange(min = 0, max = 4380) int dayOffset,
            @ForAll @IntRange(min = 0, max = 300) int days) {
        LocalDate start = LocalDate.of(2016, 1, 1).plusDays(dayOffset);
        assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, days))).isEqualTo(days);
    }

    @Property
    void moreWorkingDaysNeverGiveAnEarlierDate(@ForAll @IntRange(min = 0, max = 4380) int dayOffset,
            @ForAll @IntRange(min = 0, max = 100) int days) {
        LocalDate start = LocalDate.of(2016, 1, 1).plusDays(dayOffset);
        assertThat(calendar.addWorkingDays(start, days + 1)).isAfter(calendar.addWorkingDays(start, days));
    }
}
