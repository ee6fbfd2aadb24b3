package lactracker.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The health-needs rows of an audit sheet (issue 24), whole or for some of its children: those placed in or
 * out of county, those of one nurse. The rows are worked out once, in the audit's own pass; a group's figures
 * are the same rows with only that group's children behind them, so every group's figure still opens as
 * the children counted.
 */
public final class HealthNeeds {
    private HealthNeeds() {
    }

    /**
     * One child behind the health-needs rows, as the sheet's list gives it.
     *
     * @param placement where placed on the day; null for a care leaver
     * @param nurseId   the allocated nurse, or null
     */
    public record Member(String laChildId, boolean careLeaver, Placement placement, Long nurseId) {
    }

    /** The sheet's health-needs rows, in the sheet's order. */
    public static List<AuditRow> rows(AuditSheet sheet) {
        return sheet.rows().stream()
                .filter(r -> AuditMeasure.byId(r.id()).section() == AuditMeasure.Section.HEALTH_NEEDS).toList();
    }

    /** The children behind the health-needs rows, in LA id order; empty for a sheet worked out without them. */
    public static List<Member> members(AuditSheet sheet) {
        if (sheet.lists().stream().noneMatch(l -> l.name().equals(AuditFigures.HEALTH_NEEDS_LIST))) {
            return List.of();
        }
        AuditList list = sheet.list(AuditFigures.HEALTH_NEEDS_LIST);
        int la = list.headers().indexOf(AuditFigures.LA_ID);
        int placed = list.headers().indexOf(AuditFigures.PLACEMENT);
        int nurse = list.headers().indexOf(AuditFigures.NURSE_ID);
        int cohort = list.headers().indexOf(AuditFigures.COHORT);
        List<Member> members = new ArrayList<>(list.rows().size());
        for (List<Object> line : list.rows()) {
            Object where = line.get(placed);
            Placement placement = AuditFigures.IN_COUNTY.equals(where) ? Placement.IN_COUNTY
                    : AuditFigures.OUT_OF_COUNTY.equals(where) ? Placement.OUT_OF_COUNTY
                    : where == null ? null : Placement.UNKNOWN;
            members.add(new Member((String) line.get(la), AuditFigures.CARE_LEAVER.equals(line.get(cohort)), placement,
                    (Long) line.get(nurse)));
        }
        return members;
    }

    /** The health-needs rows with only the children {@code keep} takes behind them, counted again. */
    public static List<AuditRow> of(AuditSheet sheet, Predicate<Member> keep) {
        Map<String, Member> byLaId = index(sheet);
        List<AuditRow> rows = new ArrayList<>();
        for (AuditRow r : rows(sheet)) {
            List<AuditSubject> kept = new ArrayList<>();
            long counted = 0;
            for (AuditSubject s : r.subjects()) {
                Member m = byLaId.get(s.laChildId());
                if (m != null && keep.test(m)) {
                    kept.add(s);
                    counted += s.counted() ? 1 : 0;
                }
            }
            rows.add(new AuditRow(r.id(), r.label(), counted, (long) kept.size(),
                    AuditRow.percent(counted, (long) kept.size()), null, kept));
        }
        return rows;
    }

    /**
     * The health-needs rows of each group of children, in one pass over the children behind them: the
     * figures alone (no subjects), groups in the order {@code group} first gives them. A child whose group is
     * null is in none.
     */
    public static <K> Map<K, List<AuditRow>> grouped(AuditSheet sheet, Function<Member, K> group) {
        Map<String, Member> byLaId = index(sheet);
        Map<String, K> groupOf = new HashMap<>();
        Map<K, Boolean> order = new LinkedHashMap<>();
        for (Member m : members(sheet)) {
            K k = group.apply(m);
            if (k != null) {
                groupOf.put(m.laChildId(), k);
                order.put(k, true);
            }
        }
        List<AuditRow> all = rows(sheet);
        Map<K, long[][]> counts = new LinkedHashMap<>();
        order.keySet().forEach(k -> counts.put(k, new long[all.size()][2]));
        for (int i = 0; i < all.size(); i++) {
            for (AuditSubject s : all.get(i).subjects()) {
                K k = byLaId.containsKey(s.laChildId()) ? groupOf.get(s.laChildId()) : null;
                if (k != null) {
                    long[] c = counts.get(k)[i];
                    c[1]++;
                    c[0] += s.counted() ? 1 : 0;
                }
            }
        }
        Map<K, List<AuditRow>> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> {
            List<AuditRow> rows = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                AuditRow r = all.get(i);
                rows.add(new AuditRow(r.id(), r.label(), c[i][0], c[i][1], AuditRow.percent(c[i][0], c[i][1]), null,
                        List.of()));
            }
            out.put(k, rows);
        });
        return out;
    }

    private static Map<String, Member> index(AuditSheet sheet) {
        Map<String, Member> byLaId = new HashMap<>();
        for (Member m : members(sheet)) {
            byLaId.put(m.laChildId(), m);
        }
        return byLaId;
    }
}
