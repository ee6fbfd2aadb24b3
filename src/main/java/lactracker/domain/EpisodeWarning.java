package lactracker.domain;

import java.util.Objects;

/**
 * An episode that breaks the 903's letter in a way rules.md section 2 reads rather than rejects: it is
 * imported, and the import names it so the local authority can correct its extract.
 *
 * @param episode   the episode the warning is about
 * @param previous  the counted episode before it
 */
public record EpisodeWarning(Episode episode, Episode previous, Kind kind) {
    public enum Kind {
        /** Starts the day the previous episode ended, but that one's REC is not X1: read as one period. */
        SAME_DAY_AFTER_OTHER_REC,
        /** Starts after a gap with an RNE other than S: read as a new period starting that day. */
        GAP_WITHOUT_S
    }

    public EpisodeWarning {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(kind, "kind");
    }
}
