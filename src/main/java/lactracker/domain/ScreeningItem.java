package lactracker.domain;

/**
 * The screening items of a UASC health review (rules.md section 6).
 * Stored as the lower-case name ({@link Codes}).
 */
public enum ScreeningItem {
    TB,
    HEPATITIS_B,
    HEPATITIS_C,
    HIV,
    SYPHILIS
}
