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
    private final List<EpisodeWarning> warnings;

    private CareHistory(List<PeriodOfCare> periods, List<EpisodeWarning> warnings) {
        this.periods = List.copyOf(periods);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads the episodes as rules.md section 2 says real extracts must be read, so that no child looked
     * after is left without a duty: an episode starting on the day the previous counted one ended carries
     * its period on (whatever that one's REC); RNE S or a gap starts a new period with a known start; the
     * first counted episode has a known start when it is RNE S or short breaks came before it.
     */
    public static CareHistory of(List<Episode> episodes) {
        List<Episode> sorted = new ArrayList<>(episodes);
        sorted.sort(Comparator.comparing(Episode::startDate));
        List<PeriodOfCare> periods = new ArrayList<>();
        List<EpisodeWarning> warnings = new ArrayList<>();
        List<Episode> run = new ArrayList<>();
        boolean startKnown = false;
        LocalDate firstShortBreak = null;
        for (Episode e : sorted) {
            if (SHORT_BREAKS.contains(e.legalStatus())) {
                if (firstShortBreak == null) {
                    firstShortBreak = e.startDate();
                }
                continue;
            }
            boolean newPeriod = "S".equals(e.reasonNewEpisode());
            if (run.isEmpty()) {
                // care as counted began with the short breaks before it; with nothing before it, the
                // extract began part-way through this period
                startKnown = newPeriod || firstShortBreak != null && firstShortBreak.isBefore(e.startDate());
            } else {
                Episode last = run.get(run.size() - 1);
                boolean sameDay = e.startDate().equals(last.endDate());
                if (sameDay && !newPeriod) {
                    if (!"X1".equals(last.reasonCeased())) {
                        warnings.add(new EpisodeWarning(e, last, EpisodeWarning.Kind.SAME_DAY_AFTER_OTHER_REC));
                    }
                    run.add(e);
                    continue;
                }
                if (!newPeriod && last.endDate() != null && e.startDate().isAfter(last.endDate())) {
                    warnings.add(new EpisodeWarning(e, last, EpisodeWarning.Kind.GAP_WITHOUT_S));
                }
                periods.add(period(run, startKnown));
                run = new ArrayList<>();
                startKnown = true;
            }
            run.add(e);
        }
        if (!run.isEmpty()) {
            periods.add(period(run, startKnown));
        }
        return new CareHistory(periods, warnings);
    }

    private static PeriodOfCare period(List<Episode> run, boolean startKnown) {
        return new PeriodOfCare(run.get(0).startDate(), run.get(run.size() - 1).endDate(), run, startKnown);
    }

    /** What the episodes say that breaks the 903's letter, read as rules.md section 2 says: for the import to name. */
    public List<EpisodeWarning> warnings() {
        return warnings;
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
