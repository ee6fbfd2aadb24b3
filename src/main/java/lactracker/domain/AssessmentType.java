package lactracker.domain;

/** The two statutory health assessments of rules.md section 3. */
public enum AssessmentType {
    /** Initial Health Assessment: one for each period of care. */
    IHA,
    /** Review Health Assessment: every 6 or 12 months after the last one. */
    RHA
}
