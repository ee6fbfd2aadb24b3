package lactracker.domain;

import java.time.LocalDate;
import java.util.List;

/** The dental rules of rules.md section 5, in one place for the alerts and the audit alike. */
public final class Dental {
    private Dental() {
    }

    /** The latest dental check or treatment recorded on or before {@code date}, or null. */
    public static LocalDate lastCheckOnOrBefore(List<HealthAssessment> assessments, LocalDate date) {
        LocalDate last = null;
        for (HealthAssessment a : assessments) {
            last = later(last, upTo(a.dental().lastCheckDate(), date));
            last = later(last, upTo(a.dental().followUpDate(), date));
        }
        return last;
    }

    /** A dental check dated after {@code date} minus the setting's months, and on or before {@code date}. */
    public static boolean checkUpToDate(List<HealthAssessment> assessments, LocalDate date, Settings settings) {
        LocalDate last = lastCheckOnOrBefore(assessments, date);
        return last != null && last.isAfter(date.minusMonths(settings.dentalCheckMonths()));
    }

    /**
     * The follow-up of a caries finding at {@code rha}: the first dental check or treatment dated on or
     * after the RHA and on or before {@code asAt}, whether written on the RHA itself or on a later
     * assessment; null when there is none.
     */
    public static LocalDate followUp(HealthAssessment rha, List<HealthAssessment> assessments, LocalDate asAt) {
        LocalDate from = rha.completedOn();
        LocalDate first = null;
        for (HealthAssessment a : assessments) {
            for (LocalDate d : new LocalDate[] {a.dental().followUpDate(), a == rha ? null : a.dental().lastCheckDate()}) {
                if (d != null && !d.isBefore(from) && !d.isAfter(asAt) && (first == null || d.isBefore(first))) {
                    first = d;
                }
            }
        }
        return first;
    }

    /** An RHA that found caries. */
    public static boolean cariesFound(HealthAssessment a) {
        return a.type() == AssessmentType.RHA && a.completedOn() != null && Boolean.TRUE.equals(a.dental().cariesFound());
    }

    private static LocalDate upTo(LocalDate d, LocalDate date) {
        return d == null || d.isAfter(date) ? null : d;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isAfter(a) ? a : b;
    }
}
