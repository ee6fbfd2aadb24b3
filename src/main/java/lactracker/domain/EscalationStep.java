package lactracker.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step up the escalation ladder of rules.md section 4 (level 1 named nurse or LAC admin, 2 designated
 * nurse, 3 Director of Nursing, 4 NHS England).
 *
 * @param responseDue   the day a response is expected; the settings' working days after the step
 * @param responseDate  null until the host area answers
 */
public record EscalationStep(
        Long id,
        int level,
        LocalDate stepDate,
        String contact,
        String asked,
        LocalDate responseDue,
        LocalDate responseDate,
        String response) {

    public EscalationStep {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("escalation level must be 1 to 4");
        }
        Objects.requireNonNull(stepDate, "stepDate");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(responseDue, "responseDue");
    }
}
