package lactracker.domain;

/** The kinds of entry the Audit trail screen filters by: changes, and the access that changes nothing. */
public enum TrailKind {
    CHANGE("trail.kind.change"),
    RECORD_OPENED("trail.kind.recordOpened"),
    EXPORT("trail.kind.export"),
    SIGN_IN("trail.kind.signIn");

    private final String key;

    TrailKind(String key) {
        this.key = key;
    }

    /** The kind in words ("Record opened"). */
    public String label() {
        return Words.get(key);
    }

    /** The kind of an entry of {@code action} on {@code table} ("access" on "export" is an export). */
    public static TrailKind of(String action, String table) {
        if (!"access".equals(action)) {
            return CHANGE;
        }
        return switch (table) {
            case "child_record" -> RECORD_OPENED;
            case "export", "document" -> EXPORT; // a document about a child leaves the tracker as an export does
            default -> SIGN_IN; // sign-in, lock, unlock and refused unlocks
        };
    }
}
