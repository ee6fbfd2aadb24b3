package lactracker.domain;

/**
 * A team member's role.
 * Stored as the lower-case name ({@link Codes}).
 */
public enum TeamRole {
    NURSE,
    DOCTOR,
    ADMIN,
    TEAM_LEAD
}
