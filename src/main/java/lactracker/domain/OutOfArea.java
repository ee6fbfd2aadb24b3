package lactracker.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/** rules.md section 4: out-of-area assessments, the escalation ladder and payment at the tariff. */
public final class OutOfArea {
    private OutOfArea() {
    }

    /** An escalation step's response is due the setting's working days after the step. */
    public static LocalDate responseDue(LocalDate stepDate, Settings settings, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(stepDate, settings.escalationResponseWorkingDays());
    }

    /**
     * The tariff price of an assessment type on a date: the latest price of that type valid from on or
     * before the date. Empty when the team has entered none that early: no price is built in.
     */
    public static Optional<BigDecimal> tariffOn(Collection<TariffPrice> tariff, AssessmentType type, LocalDate date) {
        TariffPrice best = null;
        for (TariffPrice p : tariff) {
            if (p.type() == type && !p.validFrom().isAfter(date)
                    && (best == null || p.validFrom().isAfter(best.validFrom()))) {
                best = p;
            }
        }
        return Optional.ofNullable(best).map(TariffPrice::amount);
    }
}
