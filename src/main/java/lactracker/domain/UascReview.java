package lactracker.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The UASC section of an IHA (rules.md section 6). Each yes/no answer is null until it is given.
 */
public record UascReview(
        Boolean interpreterUsed,
        String interpreterLanguage,
        String countryOfOrigin,
        LocalDate arrivedInUk,
        Boolean nationalTransferScheme,
        Boolean ageDisputed,
        Boolean immunisationCatchUpPlan,
        Boolean emotionalHealthScreened,
        Boolean mentalHealthReferral,
        Boolean fgmRiskConsidered,
        List<UascScreening> screening) {

    public UascReview {
        screening = List.copyOf(screening);
    }
}
