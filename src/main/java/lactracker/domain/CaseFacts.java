package lactracker.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One child's case as it stood on a date, with its periods of care and duties worked out once, for
 * the alerts, the audit and the screens to read.
 */
public record CaseFacts(ChildCase record, LocalDate asAt, CareHistory history, List<Duty> duties) {

    public static CaseFacts of(ChildCase c, LocalDate asAt, Settings settings, WorkingDayCalendar calendar) {
        ChildCase cut = c.asAt(asAt);
        CareHistory history = CareHistory.of(cut.episodes());
        return new CaseFacts(cut, asAt, history, Duties.of(cut, history, settings, calendar));
    }

    public Child child() {
        return record.child();
    }

    /** The duties of the period of care open on {@code date}; none when the child was not looked after then. */
    public List<Duty> dutiesOfPeriodOn(LocalDate date) {
        PeriodOfCare period = history.periodOn(date);
        if (period == null) {
            return List.of();
        }
        return duties.stream().filter(d -> d.period().equals(period)).toList();
    }
}
