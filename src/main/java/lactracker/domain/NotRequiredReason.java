package lactracker.domain;

/** Why a duty is not required (rules.md section 3); a not-required duty leaves every denominator. */
public enum NotRequiredReason {
    /** The period of care ended on or before the IHA's due date, with no IHA done. */
    PERIOD_ENDED_BEFORE_DUE,
    /** A health assessment was completed in the 3 months before the period started; it stands as the IHA. */
    ASSESSED_BEFORE_PERIOD,
    /** A clinician recorded that the IHA is not required, with a reason. */
    CLINICIAN_DECISION,
    /** The child was no longer looked after on the RHA's due date. */
    NOT_LOOKED_AFTER_ON_DUE_DATE
}
