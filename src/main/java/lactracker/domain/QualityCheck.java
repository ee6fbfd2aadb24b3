package lactracker.domain;

/**
 * The outcome of the team's quality check of a completed assessment report.
 * Stored as the lower-case name ({@link Codes}).
 */
public enum QualityCheck {
    APPROVED,
    RETURNED
}
