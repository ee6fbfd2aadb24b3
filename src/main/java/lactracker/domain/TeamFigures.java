package lactracker.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The team lead's figures beside the audit sheet's: children looked after at each month end, by age band
 * and placement; and each nurse's caseload. The same rules as the audit sheet (looked after on a date,
 * age on a date, placement on a date) and the Children list (a child's next duty and its state).
 */
public final class TeamFigures {
    private TeamFigures() {
    }

    /** One month end: how many were looked after, by age band and by placement (in, out of county, not known). */
    public record MonthEnd(LocalDate date, int lookedAfter, Map<AgeBand, Integer> ageBands,
            Map<Placement, Integer> placements) {
        public MonthEnd {
            ageBands = Collections.unmodifiableMap(new EnumMap<>(ageBands));
            placements = Collections.unmodifiableMap(new EnumMap<>(placements));
        }
    }

    /** One nurse's children looked after today, and how many of them have a duty overdue or due soon. */
    public record NurseLoad(Long nurseId, int children, int overdue, int dueSoon) {
    }

    /** The last {@code months} month ends on or before {@code today}, oldest first. */
    public static List<LocalDate> monthEndsTo(LocalDate today, int months) {
        YearMonth last = YearMonth.from(today);
        if (!last.atEndOfMonth().equals(today)) {
            last = last.minusMonths(1); // this month has not ended yet
        }
        List<LocalDate> ends = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            ends.add(last.minusMonths(i).atEndOfMonth());
        }
        return ends;
    }

    public static List<MonthEnd> monthEnds(Collection<ChildCase> cases, List<LocalDate> ends, Settings settings) {
        int n = ends.size();
        int[] counts = new int[n];
        List<Map<AgeBand, Integer>> bands = new ArrayList<>();
        List<Map<Placement, Integer>> places = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bands.add(zeros(AgeBand.class));
            places.add(zeros(Placement.class));
        }
        for (ChildCase c : cases) {
            CareHistory history = CareHistory.of(c.episodes());
            for (int i = 0; i < n; i++) {
                LocalDate end = ends.get(i);
                if (history.lookedAfterOn(end)) {
                    counts[i]++;
                    bands.get(i).merge(AgeBand.of(AgeBand.ageOn(c.child().dateOfBirth(), end)), 1, Integer::sum);
                    places.get(i).merge(history.placementOn(end, settings), 1, Integer::sum);
                }
            }
        }
        List<MonthEnd> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new MonthEnd(ends.get(i), counts[i], bands.get(i), places.get(i)));
        }
        return out;
    }

    /** The month ends of two groups of children together (the same month ends, in the same order). */
    public static List<MonthEnd> join(List<MonthEnd> a, List<MonthEnd> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("month ends of different lengths");
        }
        List<MonthEnd> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            MonthEnd x = a.get(i);
            MonthEnd y = b.get(i);
            if (!x.date().equals(y.date())) {
                throw new IllegalArgumentException("month ends of different dates");
            }
            Map<AgeBand, Integer> bands = new EnumMap<>(x.ageBands());
            y.ageBands().forEach((k, v) -> bands.merge(k, v, Integer::sum));
            Map<Placement, Integer> places = new EnumMap<>(x.placements());
            y.placements().forEach((k, v) -> places.merge(k, v, Integer::sum));
            out.add(new MonthEnd(x.date(), x.lookedAfter() + y.lookedAfter(), bands, places));
        }
        return out;
    }

    /** Each nurse's load from the Children list's lines, the unallocated (null nurse) last. */
    public static List<NurseLoad> caseload(Collection<ChildSummary> children) {
        Map<Long, int[]> byNurse = new LinkedHashMap<>();
        for (ChildSummary s : children) {
            if (s.careStatus() != CareStatus.LOOKED_AFTER) {
                continue;
            }
            int[] t = byNurse.computeIfAbsent(s.allocatedNurseId(), k -> new int[3]);
            t[0]++;
            t[1] += s.state() == DutyState.OVERDUE ? 1 : 0;
            t[2] += s.state() == DutyState.DUE_SOON ? 1 : 0;
        }
        List<NurseLoad> out = new ArrayList<>();
        byNurse.forEach((id, t) -> out.add(new NurseLoad(id, t[0], t[1], t[2])));
        out.sort(java.util.Comparator.comparing(NurseLoad::nurseId, java.util.Comparator.nullsLast(Long::compare)));
        return out;
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, 0);
        }
        return m;
    }
}
