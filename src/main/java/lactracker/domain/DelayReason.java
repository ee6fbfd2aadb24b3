package lactracker.domain;

/**
 * The fixed list of reasons for a late assessment (rules.md section 3).
 * Stored as the lower-case name ({@link Codes}).
 */
public enum DelayReason {
    LATE_REQUEST("delayReason.lateRequest"),
    CONSENT_NOT_RECEIVED("delayReason.consentNotReceived"),
    CHILD_REFUSED("delayReason.childRefused"),
    DID_NOT_ATTEND("delayReason.didNotAttend"),
    PLACEMENT_MOVED("delayReason.placementMoved"),
    PROVIDER_CAPACITY("delayReason.providerCapacity"),
    OUT_OF_AREA_PROVIDER("delayReason.outOfAreaProvider"),
    OTHER("delayReason.other");

    /** The key of its words in messages.properties. */
    private final String wordsKey;

    DelayReason(String wordsKey) {
        this.wordsKey = wordsKey;
    }

    /** The reason in words, for papers read by people (the code stays in files read by scripts). */
    public String words() {
        return Words.get(wordsKey);
    }
}
