package lactracker.domain;

/**
 * The fixed list of reasons for a late assessment (rules.md section 3).
 * Stored as the lower-case name ({@link Codes}).
 */
public enum DelayReason {
    LATE_REQUEST("Late request from the local authority"),
    CONSENT_NOT_RECEIVED("Consent not received"),
    CHILD_REFUSED("Child refused"),
    DID_NOT_ATTEND("Did not attend"),
    PLACEMENT_MOVED("Placement moved"),
    PROVIDER_CAPACITY("Provider capacity"),
    OUT_OF_AREA_PROVIDER("Out-of-area provider"),
    OTHER("Other");

    private final String words;

    DelayReason(String words) {
        this.words = words;
    }

    /** The reason in words, for papers read by people (the code stays in files read by scripts). */
    public String words() {
        return words;
    }
}
