package lactracker.domain;

/**
 * What a person's account lets them do in the tracker (issue 21): each kind may do what the one before
 * it may, and more. A team member's job (nurse, doctor, administrative staff, team lead) is another thing:
 * {@link TeamRole}.
 */
public enum Access {
    /** Logs assessments, appointments, dental findings and UASC screening; keeps children's records. */
    NURSE,
    /** Also reassigns children, runs escalations, records and verifies invoices, imports, exports the audit. */
    TEAM_LEAD,
    /** Also manages accounts and settings (tariff, bank holidays), backs up, restores and checks the database. */
    ADMINISTRATOR;

    /** Whether this access lets a person do {@code action}. */
    public boolean may(Action action) {
        return compareTo(action.least()) >= 0;
    }

    /** The access's name in words ("team lead"). */
    public String label() {
        return Words.get(switch (this) {
            case NURSE -> "access.nurse";
            case TEAM_LEAD -> "access.teamlead";
            case ADMINISTRATOR -> "access.administrator";
        });
    }

    /** Someone with this access, to be asked ("an administrator"). */
    public String someone() {
        return Words.get(switch (this) {
            case NURSE -> "access.ask.nurse";
            case TEAM_LEAD -> "access.ask.teamlead";
            case ADMINISTRATOR -> "access.ask.administrator";
        });
    }
}
