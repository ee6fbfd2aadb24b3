package lactracker.domain;

import java.time.LocalDate;

/**
 * What the Audit trail screen asks for: entries of one person, one child, one kind and between two days
 * (each null for any), the newest {@code limit} of them.
 */
public record TrailQuery(String username, Long childId, TrailKind kind, LocalDate from, LocalDate to, int limit) {
    /** The most entries one screen or file holds: the newest; a narrower filter reaches older ones. */
    public static final int MOST = 2_000;

    public static TrailQuery everything() {
        return new TrailQuery(null, null, null, null, null, MOST);
    }
}
