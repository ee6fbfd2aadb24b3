package lactracker.domain;

/**
 * The outcome of one UASC screening item; a review is complete when none is pending.
 * Stored as the lower-case name ({@link Codes}).
 */
public enum ScreeningOutcome {
    DONE,
    DECLINED,
    NOT_INDICATED,
    PENDING
}
