package lactracker.domain;

import java.time.LocalDate;

/**
 * The dental fields of an assessment (rules.md section 5).
 *
 * @param cariesFound     null when the assessment did not record a caries finding
 * @param followUpDate    a later dental check or treatment, filled in when it happens
 */
public record DentalFindings(
        YesNoUnknown registeredWithDentist,
        String practice,
        LocalDate lastCheckDate,
        Boolean cariesFound,
        Boolean referralMade,
        LocalDate referralDate,
        LocalDate followUpDate) {

    public static final DentalFindings NONE = new DentalFindings(null, null, null, null, null, null, null);
}
