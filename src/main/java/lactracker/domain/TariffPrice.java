package lactracker.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One line of the dated tariff: the price of an assessment type from a date until the next line. */
public record TariffPrice(AssessmentType type, LocalDate validFrom, BigDecimal amount) {
    public TariffPrice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(amount, "amount");
    }
}
