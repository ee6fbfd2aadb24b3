package lactracker.testdata;

import lactracker.domain.BankHoliday;
import lactracker.domain.WorkingDayCalendar;
import lactracker.io.BankHolidayFile;

/** The calendar the application ships with: England and Wales bank holidays, 2016 to 2027. */
public final class Calendars {
    private static final WorkingDayCalendar ENGLAND_AND_WALES = new WorkingDayCalendar(
            BankHolidayFile.shipped().stream().map(BankHoliday::date).toList());

    private Calendars() {
    }

    public static WorkingDayCalendar englandAndWales() {
        return ENGLAND_AND_WALES;
    }
}
