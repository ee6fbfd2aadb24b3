package lactracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A child's periods of care, built from their 903 episodes, and the questions rules.md section 2 asks
 * of them on a date. Episodes with legal status V3 or V4 (series of short breaks) are left out of
 * everything, as the DfE does.
 */
public final class CareHistory {
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");
    private static final Set<String> LEFT_AS_CARE_LEAVER = Set.of("E17", "E5", "E6");

    private final List<PeriodOfCare> periods;

    private CareHistory(List<PeriodOfCare> periods) {
        this.periods = List.copyOf(periods);
    }

    public static CareHistory of(List<Episode> episodes) {
        List<Episode> sorted = episodes.stream()
                .filter(e -> !SHORT_BREAKS.contains(e.legalStatus()))
                .sorted(Comparator.comparing(Episode::startDate))
                .toList();
        List<PeriodOfCare> periods = new ArrayList<>();
        List<Episode> run = new ArrayList<>();
        for (Episode e : sorted) {
            if (!run.isEmpty() && !continues(run.get(run.size() - 1), e)) {
                periods.add(period(run));
                run = new ArrayList<>();
            }
            run.add(e);
        }
        if (!run.isEmpty()) {
            periods.add(period(run));
        }
        return new CareHistory(periods);
    }

    /**
     * The next episode carries the period on: the last ended X1 on the day it starts. Spec reading: an
     * episode with RNE S starts a new period even on that day (the data says care began again).
     */
    private static boolean continues(Episode last, Episode next) {
        return "X1".equals(last.reasonCeased())
                && next.startDate().equals(last.endDate())
                && !"S".equals(next.reasonNewEpisode());
    }

    private static PeriodOfCare period(List<Episode> run) {
        Episode first = run.get(0);
        Episode last = run.get(run.size() - 1);
        return new PeriodOfCare(first.startDate(), last.endDate(), run, "S".equals(first.reasonNewEpisode()));
    }

    /** Every period, oldest first. */
    public List<PeriodOfCare> periods() {
        return periods;
    }

    /** The period covering {@code date}, or null when the child was not looked after then. */
    public PeriodOfCare periodOn(LocalDate date) {
        for (PeriodOfCare p : periods) {
            if (p.covers(date)) {
                return p;
            }
        }
        return null;
    }

    public boolean lookedAfterOn(LocalDate date) {
        return periodOn(date) != null;
    }

    /** The episode open on {@code date}, or null. */
    public Episode episodeOn(LocalDate date) {
        PeriodOfCare p = periodOn(date);
        return p == null ? null : p.episodeOn(date);
    }

    /** Where the child was placed on {@code date}; null when not looked after then. */
    public Placement placementOn(LocalDate date, Settings settings) {
        Episode e = episodeOn(date);
        return e == null ? null : Placement.of(e, settings);
    }

    /**
     * The OC2 cohort: looked after on {@code date}, in a period that started on or before {@code date}
     * minus 12 months. A short-break episode in between splits the period, so it breaks the run too.
     */
    public boolean continuouslyLookedAfter12Months(LocalDate date) {
        PeriodOfCare p = periodOn(date);
        return p != null && !p.start().isAfter(date.minusMonths(12));
    }

    /**
     * A care leaver on {@code date}: not looked after then, with a period of care that ended on or before
     * it, on or after the 18th birthday or with REC E17, E5 or E6; followed up until the 25th birthday.
     */
    public boolean careLeaverOn(LocalDate date, LocalDate dateOfBirth) {
        if (lookedAfterOn(date) || !date.isBefore(AgeBand.birthday(dateOfBirth, 25))) {
            return false;
        }
        LocalDate eighteenth = AgeBand.birthday(dateOfBirth, 18);
        for (PeriodOfCare p : periods) {
            if (p.end() != null && !p.end().isAfter(date)
                    && (!p.end().isBefore(eighteenth) || LEFT_AS_CARE_LEAVER.contains(p.lastEpisode().reasonCeased()))) {
                return true;
            }
        }
        return false;
    }
}
