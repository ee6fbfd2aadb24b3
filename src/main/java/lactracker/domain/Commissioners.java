package lactracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The responsible commissioner (issue 24; decision 0024): a child's, on a day, is the commissioner of the
 * child's GP practice that day, from the team's dated table. The table holds the practices of the team's
 * area, so a child whose practice is in it that day is one of the area's commissioners' children; a child
 * with no practice code, or a practice not (yet) in it, has none known. An empty table answers nothing, and
 * "ours" is then judged from care alone, as before there was a table.
 */
public final class Commissioners {
    public static final Commissioners NONE = new Commissioners(List.of());

    /** Each practice's lines, earliest first. */
    private final Map<String, List<PracticeCommissioner>> byPractice = new HashMap<>();
    private final List<String> codes;
    private final List<PracticeCommissioner> lines;

    public Commissioners(Collection<PracticeCommissioner> table) {
        TreeSet<String> all = new TreeSet<>();
        for (PracticeCommissioner line : table) {
            byPractice.computeIfAbsent(line.practiceCode(), p -> new ArrayList<>()).add(line);
            all.add(line.commissionerCode());
        }
        byPractice.values().forEach(lines -> lines.sort(Comparator.comparing(PracticeCommissioner::validFrom)));
        codes = List.copyOf(all);
        List<PracticeCommissioner> sorted = new ArrayList<>(table);
        sorted.sort(Comparator.comparing(PracticeCommissioner::practiceCode).thenComparing(PracticeCommissioner::validFrom));
        lines = List.copyOf(sorted);
    }

    /** The same table: the same lines. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Commissioners c && c.lines.equals(lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    public boolean isEmpty() {
        return byPractice.isEmpty();
    }

    /** The table's commissioners, in code order. */
    public List<String> codes() {
        return codes;
    }

    /** The commissioner of {@code practiceCode} on {@code day}: its latest line from on or before the day; else null. */
    public String on(String practiceCode, LocalDate day) {
        List<PracticeCommissioner> lines = byPractice.get(PracticeCommissioner.code(practiceCode));
        String found = null;
        if (lines != null) {
            for (PracticeCommissioner line : lines) {
                if (line.validFrom().isAfter(day)) {
                    break;
                }
                found = line.commissionerCode();
            }
        }
        return found;
    }

    /** The child's responsible commissioner on {@code day}, or null when not known. */
    public String of(Child child, LocalDate day) {
        return on(child.gpPracticeCode(), day);
    }

    /**
     * Whether the area's commissioners were responsible for the child on {@code day}, the question a payment
     * asks: looked after by us that day, and, once the team has a table, with a practice of the area that day.
     */
    public boolean oursOn(Child child, CareHistory history, LocalDate day) {
        return day != null && history.lookedAfterOn(day) && (isEmpty() || of(child, day) != null);
    }
}
