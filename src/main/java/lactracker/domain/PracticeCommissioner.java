package lactracker.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of the team's dated table of GP practices and their commissioners (issue 24): from
 * {@code validFrom}, until the practice's next line, the practice's patients are the commissioner's.
 * Codes are the NHS's organisation codes, kept in capitals without spaces.
 */
public record PracticeCommissioner(String practiceCode, LocalDate validFrom, String commissionerCode) {
    public PracticeCommissioner {
        practiceCode = code(Objects.requireNonNull(practiceCode, "practiceCode"));
        Objects.requireNonNull(validFrom, "validFrom");
        commissionerCode = code(Objects.requireNonNull(commissionerCode, "commissionerCode"));
    }

    /** An organisation code as the table keeps it: trimmed, in capitals; null for a blank one. */
    public static String code(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().toUpperCase(Locale.ROOT);
    }
}
