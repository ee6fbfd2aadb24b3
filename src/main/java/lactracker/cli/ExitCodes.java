package lactracker.cli;

/** The exit statuses of spec/cli.md. */
public final class ExitCodes {
    /** Done. */
    public static final int DONE = 0;
    /** Wrong usage. */
    public static final int USAGE = 1;
    /** Refused, nothing written: unreadable or wrong file, locked or wrong-key database. */
    public static final int REFUSED = 2;
    /** Done, but some rows were rejected. */
    public static final int DONE_WITH_REJECTS = 3;

    private ExitCodes() {
    }
}
