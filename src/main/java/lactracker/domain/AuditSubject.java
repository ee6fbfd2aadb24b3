package lactracker.domain;

import java.time.LocalDate;

/**
 * One child or assessment behind an audit figure: every denominator opens as its list of subjects,
 * each marked with whether it is counted in the numerator.
 *
 * @param assessmentId the assessment, for rows counting assessments or duties; else null
 * @param date         the date that decided it (a due date, a completion date...), or null
 */
public record AuditSubject(long childId, String laChildId, Long assessmentId, LocalDate date, boolean counted) {
}
