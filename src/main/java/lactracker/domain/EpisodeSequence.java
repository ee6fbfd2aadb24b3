package lactracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The 903 rule across one child's episode rows (import-formats.md): an episode is keyed by child and start
 * date, and episodes do not overlap. Rows are taken in start-date order, the earlier row of the file first;
 * a row that starts on the start of the one kept before it, or before that one has ended, is refused.
 */
public final class EpisodeSequence {
    private EpisodeSequence() {
    }

    /** Why a row is refused. */
    public enum Clash {
        /** It starts on the day the row kept before it starts: the same key. */
        SAME_START,
        /** It starts before the row kept before it has ended (that one open, or ending after this start). */
        OVERLAP
    }

    /** A row and what the rule says of it: kept ({@code clash} null), or refused because of {@code previous}. */
    public record Verdict<T>(T row, Clash clash, T previous) {
        public boolean kept() {
            return clash == null;
        }
    }

    /**
     * The verdict on each of one child's rows, given in file order, returned in start-date order.
     *
     * @param start a row's start date (DECOM)
     * @param end   a row's end date (DEC), null while it is open
     */
    public static <T> List<Verdict<T>> check(List<T> rowsInFileOrder, Function<T, LocalDate> start,
            Function<T, LocalDate> end) {
        List<T> rows = new ArrayList<>(rowsInFileOrder);
        rows.sort(Comparator.comparing(start)); // stable: the earlier row of the file first on a tie
        List<Verdict<T>> out = new ArrayList<>(rows.size());
        T previous = null;
        for (T row : rows) {
            Clash clash = null;
            if (previous != null && start.apply(previous).equals(start.apply(row))) {
                clash = Clash.SAME_START;
            } else if (previous != null && (end.apply(previous) == null || end.apply(previous).isAfter(start.apply(row)))) {
                clash = Clash.OVERLAP;
            }
            out.add(new Verdict<>(row, clash, clash == null ? null : previous));
            if (clash == null) {
                previous = row;
            }
        }
        return out;
    }
}
