package lactracker.app;

import lactracker.store.DiskFull;

/** Faults of the machine rather than of the tracker or the user's data, for the window and the command line to name. */
public final class Faults {
    private Faults() {
    }

    /** Whether {@code error} was the disk filling up. */
    public static boolean diskFull(Throwable error) {
        return DiskFull.is(error);
    }
}
