package lactracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A run of episodes (rules.md section 2): it starts with an episode whose RNE is {@code S} (or after a
 * gap) and continues while the next episode starts on the day the last one ended.
 *
 * @param end          the DEC of its last episode; null while the child is still looked after
 * @param startKnown   false only for a child's first counted episode when it is not an RNE {@code S} one
 *                     and nothing of the child comes before it (an extract that begins part-way through a
 *                     period): the child is looked after, but when the period began, and so its IHA, is
 *                     not known
 */
public record PeriodOfCare(LocalDate start, LocalDate end, List<Episode> episodes, boolean startKnown) {
    public PeriodOfCare {
        Objects.requireNonNull(start, "start");
        episodes = List.copyOf(episodes);
    }

    /** Looked after on {@code date}: started on or before it, and not ended on or before it. */
    public boolean covers(LocalDate date) {
        return !start.isAfter(date) && (end == null || end.isAfter(date));
    }

    /** The episode open on {@code date}, or null when the period does not cover it. */
    public Episode episodeOn(LocalDate date) {
        for (Episode e : episodes) {
            if (!e.startDate().isAfter(date) && (e.endDate() == null || e.endDate().isAfter(date))) {
                return e;
            }
        }
        return null;
    }

    public Episode lastEpisode() {
        return episodes.get(episodes.size() - 1);
    }
}
