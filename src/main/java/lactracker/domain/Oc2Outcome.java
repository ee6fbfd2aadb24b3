package lactracker.domain;

/**
 * The 903 OC2 row for a child, kept for cross-checking against the team's records and never used in
 * their place. Each flag is null where the extract left it blank.
 */
public record Oc2Outcome(
        long childId,
        Integer sdqScore,
        String sdqReason,
        Boolean convicted,
        Boolean healthCheck,
        Boolean immunisations,
        Boolean teethCheck,
        Boolean healthAssessment,
        Boolean substanceMisuse,
        Boolean interventionReceived,
        Boolean interventionOffered) {
}
