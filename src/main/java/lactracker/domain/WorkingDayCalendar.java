package lactracker.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.BitSet;
import java.util.Collection;
import java.util.Objects;

/**
 * Working days as rules.md section 1 defines them: Monday to Friday, except the England and Wales bank
 * holidays. Bank holidays are known up to the last year listed; a date after that is still computed
 * (weekends only) but {@link #isBeyondKnownHolidays} says so, for a visible warning, never a silent guess.
 */
public final class WorkingDayCalendar {
    private final LocalDate lastKnown;
    private final long firstEpochDay;
    private final BitSet holidays = new BitSet(); // by day from the first known January 1st: a lookup in the hot loop
    /** The bank holidays that fall on a weekday, as epoch days in order: counted off the weekdays between two dates. */
    private final long[] weekdayHolidays;

    /**
     * @param bankHolidays every bank holiday of the years it covers; the calendar knows holidays from the
     *                     first of January of the earliest year to the 31st of December of the latest
     */
    public WorkingDayCalendar(Collection<LocalDate> bankHolidays) {
        Objects.requireNonNull(bankHolidays, "bankHolidays");
        if (bankHolidays.isEmpty()) {
            throw new IllegalArgumentException("a working-day calendar needs the bank holidays");
        }
        int firstYear = bankHolidays.stream().mapToInt(LocalDate::getYear).min().orElseThrow();
        int lastYear = bankHolidays.stream().mapToInt(LocalDate::getYear).max().orElseThrow();
        this.lastKnown = Year.of(lastYear).atMonth(12).atEndOfMonth();
        this.firstEpochDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        for (LocalDate holiday : bankHolidays) {
            holidays.set((int) (holiday.toEpochDay() - firstEpochDay));
        }
        this.weekdayHolidays = bankHolidays.stream()
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .mapToLong(LocalDate::toEpochDay).distinct().sorted().toArray();
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        long offset = date.toEpochDay() - firstEpochDay;
        return offset < 0 || offset > Integer.MAX_VALUE || !holidays.get((int) offset);
    }

    /**
     * The n-th working day after {@code date}: step forward one day at a time, {@code date} itself not
     * counted (2017-01-09 + 20 = 2017-02-06). Adding 0 gives {@code date} back.
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add cannot be negative");
        }
        LocalDate d = date;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * Working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        // Counted, not walked: an IHA overdue for years is worked out for every child on every reading.
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        return (int) ((weekdaysUpTo(b) - weekdaysUpTo(a)) - (holidaysUpTo(b) - holidaysUpTo(a)));
    }

    /** A Monday (5 January 1970) as an epoch day: weekdays are counted in whole weeks from it. */
    private static final long MONDAY = 4;

    /** Weekdays after the Sunday before {@link #MONDAY} up to and including {@code epochDay} (negative before it). */
    private static long weekdaysUpTo(long epochDay) {
        long days = epochDay - MONDAY + 1;
        return Math.floorDiv(days, 7) * 5 + Math.min(Math.floorMod(days, 7), 5);
    }

    /** Weekday bank holidays on or before {@code epochDay}. */
    private long holidaysUpTo(long epochDay) {
        int i = java.util.Arrays.binarySearch(weekdayHolidays, epochDay);
        return i >= 0 ? i + 1 : -(i + 1);
    }

    /** True when {@code date} is after the last year whose bank holidays are known. */
    public boolean isBeyondKnownHolidays(LocalDate date) {
        return date.isAfter(lastKnown);
    }

    /** The last day whose bank holidays are known: the 31st of December of the last year listed. */
    public LocalDate knownUntil() {
        return lastKnown;
    }
}
