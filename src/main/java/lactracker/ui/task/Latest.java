package lactracker.ui.task;

/**
 * Latest wins, for one kind of reading on one screen: each reading takes a ticket, and its result is
 * shown only while no newer reading has started ({@link BackgroundTask#whileNewest}), so an older reading
 * that finishes late never overwrites a newer one. Used on the UI thread only.
 */
public final class Latest {
    private long newest;

    /** A new reading: those still under way are dropped when they finish. */
    public Ticket next() {
        return new Ticket(++newest);
    }

    /** The reading now newest, for work that belongs to it (one child's lines put into its list). */
    public Ticket current() {
        return new Ticket(newest);
    }

    /** One reading's place in line. */
    public final class Ticket {
        private final long number;

        private Ticket(long number) {
            this.number = number;
        }

        /** True while no newer reading has started. */
        public boolean isNewest() {
            return number == newest;
        }
    }
}
