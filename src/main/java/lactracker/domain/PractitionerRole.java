package lactracker.domain;

/**
 * Who did an assessment: a doctor for an IHA, a nurse or doctor for an RHA.
 * Stored as the lower-case name ({@link Codes}).
 */
public enum PractitionerRole {
    DOCTOR,
    NURSE
}
