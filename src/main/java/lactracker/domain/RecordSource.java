package lactracker.domain;

/**
 * Where a record came from.
 * Stored as the lower-case name ({@link Codes}).
 */
public enum RecordSource {
    /** The local authority's 903 extract: those fields are refreshed by re-import and read-only in the team's screens. */
    EXTRACT,
    /** The team's assessment CSV, brought over from a spreadsheet tracker. */
    IMPORT,
    /** Typed into the application. */
    MANUAL
}
