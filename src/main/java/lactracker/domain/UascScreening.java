package lactracker.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One screening item of a UASC review: when it was offered and its outcome. */
public record UascScreening(ScreeningItem item, LocalDate offeredOn, ScreeningOutcome outcome) {
    public UascScreening {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(outcome, "outcome");
    }
}
