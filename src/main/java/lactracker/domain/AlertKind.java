package lactracker.domain;

/** The alerts of rules.md section 7; the constant names are the codes cli.md prints. */
public enum AlertKind {
    IHA_REQUEST_LATE(Severity.AMBER, "IHA request late"),
    IHA_DUE_SOON(Severity.AMBER, "IHA due soon"),
    IHA_OVERDUE(Severity.RED, "IHA overdue"),
    RHA_DUE_SOON(Severity.AMBER, "RHA due soon"),
    RHA_OVERDUE(Severity.RED, "RHA overdue"),
    ESCALATION_STEP_DUE(Severity.RED, "Escalation step due"),
    UASC_REVIEW_INCOMPLETE(Severity.AMBER, "UASC review incomplete"),
    DENTAL_CHECK_OVERDUE(Severity.AMBER, "Dental check overdue"),
    CARIES_NOT_FOLLOWED_UP(Severity.AMBER, "Caries not followed up"),
    TURNING_18(Severity.INFO, "Turning 18"),
    PAYMENT_UNVERIFIED(Severity.AMBER, "Payment unverified");

    private final Severity severity;
    private final String label;

    AlertKind(Severity severity, String label) {
        this.severity = severity;
        this.label = label;
    }

    public Severity severity() {
        return severity;
    }

    /** The alert's name as rules.md writes it. */
    public String label() {
        return label;
    }
}
