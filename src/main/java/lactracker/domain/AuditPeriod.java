package lactracker.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an audit covers: an NHS financial quarter (Q1 April-June ... Q4 January-March) or any
 * range of dates, both ends included.
 *
 * @param quarterName "2016/17-Q4" for a quarter, null for a range of dates
 */
public record AuditPeriod(LocalDate from, LocalDate to, String quarterName) {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})/(\\d{2})-Q([1-4])");

    public AuditPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new UserFacingException(Words.format("period.endsBeforeStart", Dates.written(to), Dates.written(from)));
        }
    }

    public static AuditPeriod between(LocalDate from, LocalDate to) {
        return new AuditPeriod(from, to, null);
    }

    /** A quarter written as cli.md writes it: {@code 2016/17-Q4} is 2017-01-01 to 2017-03-31. */
    public static AuditPeriod quarter(String name) {
        Matcher m = QUARTER.matcher(name.strip());
        if (!m.matches()) {
            throw new UserFacingException(Words.format("period.notQuarter", name));
        }
        int year = Integer.parseInt(m.group(1));
        int next = Integer.parseInt(m.group(2));
        if (next != (year + 1) % 100) {
            throw new UserFacingException(Words.format("period.notFinancialYear", name, String.valueOf(year),
                    String.format("%02d", (year + 1) % 100)));
        }
        return quarter(year, Integer.parseInt(m.group(3)));
    }

    /** Quarter {@code q} (1-4) of the financial year starting in April of {@code startYear}. */
    public static AuditPeriod quarter(int startYear, int q) {
        LocalDate from = LocalDate.of(startYear, 4, 1).plusMonths(3L * (q - 1));
        return new AuditPeriod(from, from.plusMonths(3).minusDays(1),
                String.format("%d/%02d-Q%d", startYear, (startYear + 1) % 100, q));
    }

    /** The quarter holding {@code date}. */
    public static AuditPeriod quarterOf(LocalDate date) {
        int startYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        long monthsIn = ChronoUnit.MONTHS.between(LocalDate.of(startYear, 4, 1), date.withDayOfMonth(1));
        return quarter(startYear, (int) (monthsIn / 3) + 1);
    }

    /** The last quarter that had ended by {@code today}: the default period of the audit. */
    public static AuditPeriod lastCompleteQuarter(LocalDate today) {
        return quarterOf(today).previous();
    }

    /** The period before this one: the previous quarter, or a range as long ending the day before. */
    public AuditPeriod previous() {
        if (quarterName != null) {
            return quarterOf(from.minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to);
        return between(from.minusDays(days + 1), from.minusDays(1));
    }

    /** "2016-17 Q4" for a quarter (as the file name writes it), else "2017-01-01 to 2017-03-31". */
    public String label() {
        return quarterName == null ? Words.format("period.range", String.valueOf(from), String.valueOf(to)) : quarterName.replace('/', '-').replace("-Q", " Q");
    }

    /** The period as people read it: the quarter's name, or "31 Mar 2017 to 30 Apr 2017". */
    public String described() {
        return quarterName == null ? Words.format("period.range", Dates.written(from), Dates.written(to)) : label();
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
