package lactracker.domain;

import java.util.EnumMap;
import java.util.Map;

/** rules.md section 6: when a UASC health review is complete. */
public final class UascReviews {
    private UascReviews() {
    }

    /**
     * Complete when every screening item (TB, hepatitis B and C, HIV, syphilis) has an outcome other than
     * pending. An item never recorded is not complete either.
     */
    public static boolean complete(UascReview review) {
        if (review == null) {
            return false;
        }
        Map<ScreeningItem, ScreeningOutcome> outcomes = new EnumMap<>(ScreeningItem.class);
        for (UascScreening s : review.screening()) {
            outcomes.put(s.item(), s.outcome());
        }
        for (ScreeningItem item : ScreeningItem.values()) {
            ScreeningOutcome o = outcomes.get(item);
            if (o == null || o == ScreeningOutcome.PENDING) {
                return false;
            }
        }
        return true;
    }
}
