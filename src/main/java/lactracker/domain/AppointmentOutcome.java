package lactracker.domain;

/**
 * What happened to one appointment for an assessment.
 * Stored as the lower-case name ({@link Codes}).
 */
public enum AppointmentOutcome {
    BOOKED,
    ATTENDED,
    DID_NOT_ATTEND,
    REFUSED,
    CANCELLED
}
