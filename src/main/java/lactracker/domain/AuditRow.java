package lactracker.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * One row of the audit sheet (audit-sheet.md): a count, and for a rate its denominator and percent.
 *
 * @param denominator null for a plain count
 * @param percent     numerator over denominator, half up to one decimal; null for a count or a zero denominator
 * @param amount      the money total, for the payments row; else null
 * @param subjects    the children or assessments behind the figure (the denominator's, for a rate)
 */
public record AuditRow(String id, String label, long numerator, Long denominator, BigDecimal percent,
        BigDecimal amount, List<AuditSubject> subjects) {

    public AuditRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        subjects = subjects instanceof Derived ? subjects : List.copyOf(subjects);
    }

    /** Half up, one decimal; blank (null) for a zero denominator, never 0 or 100. */
    public static BigDecimal percent(long numerator, Long denominator) {
        if (denominator == null || denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
