package lactracker.domain;

/**
 * What the services refuse to a person whose {@link Access} does not reach it; reading is open to all but
 * the audit trail, which says who did what (a team lead's and an administrator's).
 */
public enum Action {
    LOG_ASSESSMENT(Access.NURSE, "action.logAssessment"),
    KEEP_CHILD_RECORD(Access.NURSE, "action.keepChildRecord"),
    REASSIGN_CHILDREN(Access.TEAM_LEAD, "action.reassignChildren"),
    RUN_ESCALATIONS(Access.TEAM_LEAD, "action.runEscalations"),
    RECORD_PAYMENTS(Access.TEAM_LEAD, "action.recordPayments"),
    IMPORT(Access.TEAM_LEAD, "action.import"),
    EXPORT_AUDIT(Access.TEAM_LEAD, "action.exportAudit"),
    READ_AUDIT_TRAIL(Access.TEAM_LEAD, "action.readAuditTrail"),
    MANAGE_ACCOUNTS(Access.ADMINISTRATOR, "action.manageAccounts"),
    CHANGE_SETTINGS(Access.ADMINISTRATOR, "action.changeSettings"),
    BACK_UP(Access.ADMINISTRATOR, "action.backUp"),
    RESTORE(Access.ADMINISTRATOR, "action.restore"),
    CHECK_DATABASE(Access.ADMINISTRATOR, "action.checkDatabase"),
    FILL_DEMO(Access.ADMINISTRATOR, "action.fillDemo"),
    MOVE_TO_SERVER(Access.ADMINISTRATOR, "action.moveToServer");

    private final Access least;
    private final String key;

    Action(Access least, String key) {
        this.least = least;
        this.key = key;
    }

    /** The least access that may do it. */
    public Access least() {
        return least;
    }

    /** What it is, in words, to finish "may not ..." ("reassign children"). */
    public String label() {
        return Words.get(key);
    }
}
