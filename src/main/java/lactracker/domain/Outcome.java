package lactracker.domain;

/**
 * What became of an assessment. Only {@link #COMPLETED} fulfils a duty; refused and did-not-attend keep it open.
 * Stored as the lower-case name ({@link Codes}).
 */
public enum Outcome {
    COMPLETED,
    REFUSED,
    DID_NOT_ATTEND,
    NOT_REQUIRED
}
