package lactracker.domain;

/**
 * The fixed list of reasons for a late assessment (rules.md section 3).
 * Stored as the lower-case name ({@link Codes}).
 */
public enum DelayReason {
    LATE_REQUEST,
    CONSENT_NOT_RECEIVED,
    CHILD_REFUSED,
    DID_NOT_ATTEND,
    PLACEMENT_MOVED,
    PROVIDER_CAPACITY,
    OUT_OF_AREA_PROVIDER,
    OTHER
}
