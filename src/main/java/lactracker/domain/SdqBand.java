package lactracker.domain;

/**
 * The band of a Strengths and Difficulties Questionnaire total (issue 24, as the board's report counts
 * them): normal 0-13, borderline 14-16, a cause for concern 17-40.
 */
public enum SdqBand {
    NORMAL,
    BORDERLINE,
    CONCERN;

    /** @throws IllegalArgumentException for a total outside 0-40, which no questionnaire gives */
    public static SdqBand of(int total) {
        if (total < 0 || total > 40) {
            throw new IllegalArgumentException("an SDQ total is from 0 to 40");
        }
        return total <= 13 ? NORMAL : total <= 16 ? BORDERLINE : CONCERN;
    }

    /** The key of its words in messages.properties. */
    public String key() {
        return switch (this) {
            case NORMAL -> "sdq.normal";
            case BORDERLINE -> "sdq.borderline";
            case CONCERN -> "sdq.concern";
        };
    }
}
