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

    @Property
    void workingDaysBetweenTwoDatesAreTheWorkingDaysOneByOne(@ForAll @IntRange(min = -3000, max = 9000) int fromOffset,
            @ForAll @IntRange(min = -3000, max = 3000) int length) {
        // Counted arithmetically; here walked a day at a time, as rules.md section 1 words it, across the
        // known years and beyond them on both sides.
        LocalDate from = LocalDate.of(2016, 1, 1).plusDays(fromOffset);
        LocalDate to = from.plusDays(length);
        int walked = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            walked += calendar.isWorkingDay(d) ? 1 : 0;
        }
        for (LocalDate d = to.plusDays(1); !d.isAfter(from); d = d.plusDays(1)) {
            walked -= calendar.isWorkingDay(d) ? 1 : 0;
        }
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(walked);
    }
}
