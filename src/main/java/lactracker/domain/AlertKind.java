package lactracker.domain;

/** The alerts of rules.md section 7; the constant names are the codes cli.md prints. */
public enum AlertKind {
    IHA_REQUEST_LATE(Severity.AMBER, "alertKind.ihaRequestLate"),
    IHA_DUE_SOON(Severity.AMBER, "alertKind.ihaDueSoon"),
    IHA_OVERDUE(Severity.RED, "alertKind.ihaOverdue"),
    RHA_DUE_SOON(Severity.AMBER, "alertKind.rhaDueSoon"),
    RHA_OVERDUE(Severity.RED, "alertKind.rhaOverdue"),
    ESCALATION_STEP_DUE(Severity.RED, "alertKind.escalationStepDue"),
    UASC_REVIEW_INCOMPLETE(Severity.AMBER, "alertKind.uascReviewIncomplete"),
    DENTAL_CHECK_OVERDUE(Severity.AMBER, "alertKind.dentalCheckOverdue"),
    CARIES_NOT_FOLLOWED_UP(Severity.AMBER, "alertKind.cariesNotFollowedUp"),
    TURNING_18(Severity.INFO, "alertKind.turning18"),
    PAYMENT_UNVERIFIED(Severity.AMBER, "alertKind.paymentUnverified");

    private final Severity severity;
    /** The key of its words in messages.properties. */
    private final String labelKey;

    AlertKind(Severity severity, String labelKey) {
        this.severity = severity;
        this.labelKey = labelKey;
    }

    public Severity severity() {
        return severity;
    }

    /** The alert's name as rules.md writes it. */
    public String label() {
        return Words.get(labelKey);
    }
}
