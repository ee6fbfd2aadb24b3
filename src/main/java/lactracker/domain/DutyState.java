package lactracker.domain;

import java.time.LocalDate;

/**
 * Where an open duty stands on a day, the red/amber/green the screens show. The same thresholds as the
 * "due soon" and "overdue" alerts of rules.md section 7, so a child's colour and alerts always agree.
 */
public enum DutyState {
    OVERDUE,
    DUE_SOON,
    ON_TRACK,
    /** Nothing open: no duty waiting (not looked after, or every duty met or not required). */
    NONE;

    /** The state of an open duty on {@code today}. */
    public static DutyState of(Duty duty, LocalDate today, Settings settings, WorkingDayCalendar calendar) {
        if (!duty.open()) {
            return NONE;
        }
        if (today.isAfter(duty.dueDate())) {
            return OVERDUE;
        }
        // Spec reading: "due within the next n working days" includes a duty due today (not yet overdue).
        int window = duty.type() == AssessmentType.IHA ? settings.ihaDueSoonWorkingDays() : settings.rhaDueSoonWorkingDays();
        return duty.dueDate().isAfter(calendar.addWorkingDays(today, window)) ? ON_TRACK : DUE_SOON;
    }
}
