package lactracker.domain;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The health-needs rows of issue 24 (decision 0023): what decides them, and the same rows for some of the
 * children (those placed in or out of county, one nurse's). The audit's pass keeps one {@link Member} per
 * child looked after or care leaver on the period's last day, with the facts of the record that day; each
 * row's membership and count are worked out from those facts here, in one place, and a row's children
 * are listed from them when asked, not held as a list per row.
 */
public final class HealthNeeds {
    private HealthNeeds() {
    }

    /** The health-needs measures, in the sheet's order. */
    public static final List<AuditMeasure> MEASURES = Arrays.stream(AuditMeasure.values())
            .filter(m -> m.section() == AuditMeasure.Section.HEALTH_NEEDS).toList();

    /** The list of the children behind the rows, and the columns that group them. */
    public static final String LIST = "Health needs children";
    static final String LA_ID = "LA id";
    static final String NURSE_ID = "Nurse id";
    private static final List<String> HEADERS = List.of(LA_ID, "Looked after or care leaver", "Placement", "Age",
            "SDQ score", "SDQ band", "SDQ on", "Immunisations up to date", "Dental check up to date",
            "Health passport given", "UASC", "UASC review on", "TB", "Hepatitis B", "Hepatitis C", "HIV", "Syphilis",
            "Mental health screening", "Mental health referral", "FGM risk considered", "Care leaver summary given",
            "Commissioner", NURSE_ID);

    /** The item and outcome a UASC screening row counts; a null outcome is "not recorded". */
    private record Screened(ScreeningItem item, ScreeningOutcome outcome) {
    }

    private static final Map<AuditMeasure, Screened> SCREENED = new EnumMap<>(AuditMeasure.class);
    private static final Map<Screened, AuditMeasure> SCREENING_ROWS = new java.util.HashMap<>();

    static {
        for (ScreeningItem item : ScreeningItem.values()) {
            String prefix = "needs_uasc_" + Codes.code(item) + "_";
            for (ScreeningOutcome o : ScreeningOutcome.values()) {
                screened(AuditMeasure.byId(prefix + Codes.code(o)), new Screened(item, o));
            }
            screened(AuditMeasure.byId(prefix + "not_recorded"), new Screened(item, null));
        }
    }

    private static void screened(AuditMeasure row, Screened what) {
        SCREENED.put(row, what);
        SCREENING_ROWS.put(what, row);
    }

    /** The row counting UASC children whose {@code item} had {@code outcome} (null: none recorded). */
    public static AuditMeasure screeningRow(ScreeningItem item, ScreeningOutcome outcome) {
        return SCREENING_ROWS.get(new Screened(item, outcome));
    }

    /** The row counting children aged 4-16 in the SDQ {@code band} (null: no score in the 12 months). */
    public static AuditMeasure sdqRow(SdqBand band) {
        return band == null ? AuditMeasure.NEEDS_SDQ_NONE : switch (band) {
            case NORMAL -> AuditMeasure.NEEDS_SDQ_NORMAL;
            case BORDERLINE -> AuditMeasure.NEEDS_SDQ_BORDERLINE;
            case CONCERN -> AuditMeasure.NEEDS_SDQ_CONCERN;
        };
    }

    /**
     * One child behind the health-needs rows: the record's facts on the day.
     *
     * @param careLeaver a care leaver aged 18-25, not looked after
     * @param placement  where placed on the day; null for a care leaver
     * @param sdqScore   the latest SDQ score in the 12 months up to the day, for a child aged 4-16; else null
     * @param latestOn   the latest assessment completed in those 12 months, or null
     * @param immunised  that assessment said immunisations are up to date
     * @param outcomes   for a UASC child with a UASC section recorded, each screening item's outcome (null: none); else null
     * @param commissioner the responsible commissioner on the day (the practices' table), or null when not known
     */
    public record Member(long childId, String laChildId, LocalDate day, Long nurseId, boolean careLeaver,
            Placement placement, int age, Integer sdqScore, LocalDate sdqOn, Long sdqId, LocalDate latestOn, Long latestId,
            boolean immunised, boolean dental, LocalDate passportOn, boolean uasc, LocalDate reviewOn, Long reviewId,
            List<ScreeningOutcome> outcomes, Boolean mentalHealthScreened, Boolean mentalHealthReferral,
            Boolean fgmRiskConsidered, LocalDate summaryOn, String commissioner) {

        SdqBand band() {
            return sdqScore == null ? null : SdqBand.of(sdqScore);
        }
    }

    private static final int OUT = 0;
    private static final int IN = 1;
    private static final int COUNTED = 2;

    /** Whether {@code m} is in the row's denominator ({@code IN}), and counted ({@code COUNTED}), or neither. */
    static int state(AuditMeasure measure, Member m) {
        boolean lookedAfter = !m.careLeaver();
        Screened screened = SCREENED.get(measure);
        if (screened != null) {
            if (!m.uasc()) {
                return OUT;
            }
            ScreeningOutcome o = m.outcomes() == null ? null : m.outcomes().get(screened.item().ordinal());
            return o == screened.outcome() ? COUNTED : IN;
        }
        return switch (measure) {
            case NEEDS_SDQ_NORMAL -> sdq(m, SdqBand.NORMAL);
            case NEEDS_SDQ_BORDERLINE -> sdq(m, SdqBand.BORDERLINE);
            case NEEDS_SDQ_CONCERN -> sdq(m, SdqBand.CONCERN);
            case NEEDS_SDQ_NONE -> sdq(m, null);
            case NEEDS_IMMUNISATIONS_UP_TO_DATE -> lookedAfter ? of(m.immunised()) : OUT;
            case NEEDS_DENTAL_CHECK_UP_TO_DATE -> lookedAfter ? of(m.dental()) : OUT;
            case NEEDS_HEALTH_PASSPORT -> lookedAfter ? of(m.passportOn() != null) : OUT;
            case NEEDS_HEALTH_PASSPORT_IN_COUNTY ->
                lookedAfter && m.placement() == Placement.IN_COUNTY ? of(m.passportOn() != null) : OUT;
            case NEEDS_HEALTH_PASSPORT_OUT_OF_COUNTY ->
                lookedAfter && m.placement() == Placement.OUT_OF_COUNTY ? of(m.passportOn() != null) : OUT;
            case NEEDS_UASC_REVIEW_RECORDED -> m.uasc() ? of(m.outcomes() != null) : OUT;
            case NEEDS_UASC_MENTAL_HEALTH_SCREENED -> m.uasc() ? of(Boolean.TRUE.equals(m.mentalHealthScreened())) : OUT;
            case NEEDS_UASC_MENTAL_HEALTH_REFERRAL -> m.uasc() ? of(Boolean.TRUE.equals(m.mentalHealthReferral())) : OUT;
            case NEEDS_UASC_FGM_RISK_CONSIDERED -> m.uasc() ? of(Boolean.TRUE.equals(m.fgmRiskConsidered())) : OUT;
            case NEEDS_CARE_LEAVER_SUMMARY_GIVEN -> m.careLeaver() ? of(m.summaryOn() != null) : OUT;
            case NEEDS_CARE_LEAVER_HEALTH_PASSPORT -> m.careLeaver() ? of(m.passportOn() != null) : OUT;
            default -> throw new IllegalArgumentException("not a health-needs row: " + measure.id());
        };
    }

    /** As sdq_recorded: "aged 4-16", both included, looked after. */
    private static int sdq(Member m, SdqBand band) {
        return m.careLeaver() || m.age() < 4 || m.age() > 16 ? OUT : of(m.band() == band);
    }

    private static int of(boolean counted) {
        return counted ? COUNTED : IN;
    }

    /** A child behind the rows with its place in each row (out, in, counted), worked out once. */
    static final class Entry {
        final Member member;
        final byte[] states;

        private Entry(Member member, byte[] states) {
            this.member = member;
            this.states = states;
        }
    }

    /** {@code m} with its place in each row, in {@link #MEASURES}' order. */
    static Entry entry(Member m) {
        byte[] states = new byte[MEASURES.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = (byte) state(MEASURES.get(i), m);
        }
        return new Entry(m, states);
    }

    /** Adds the child to the numerators and denominators of the rows, in {@link #MEASURES}' order. */
    static void count(Entry e, long[] numerators, long[] denominators) {
        byte[] states = e.states;
        for (int i = 0; i < states.length; i++) {
            if (states[i] != OUT) {
                denominators[i]++;
                if (states[i] == COUNTED) {
                    numerators[i]++;
                }
            }
        }
    }

    /** The child as a subject of the row: the date and assessment that decided it, or the day. */
    private static AuditSubject subject(AuditMeasure measure, Member m, boolean counted) {
        LocalDate on = m.day();
        Long id = null;
        switch (measure) {
            case NEEDS_SDQ_NORMAL, NEEDS_SDQ_BORDERLINE, NEEDS_SDQ_CONCERN, NEEDS_SDQ_NONE -> {
                on = m.sdqOn() == null ? on : m.sdqOn();
                id = m.sdqId();
            }
            case NEEDS_IMMUNISATIONS_UP_TO_DATE -> {
                on = m.latestOn() == null ? on : m.latestOn();
                id = m.latestId();
            }
            case NEEDS_HEALTH_PASSPORT, NEEDS_HEALTH_PASSPORT_IN_COUNTY, NEEDS_HEALTH_PASSPORT_OUT_OF_COUNTY,
                    NEEDS_CARE_LEAVER_HEALTH_PASSPORT -> on = m.passportOn() == null ? on : m.passportOn();
            case NEEDS_CARE_LEAVER_SUMMARY_GIVEN -> on = m.summaryOn() == null ? on : m.summaryOn();
            case NEEDS_DENTAL_CHECK_UP_TO_DATE -> {
                // the day: the check's date is on the list
            }
            default -> { // the UASC rows
                on = m.reviewOn() == null ? on : m.reviewOn();
                id = m.reviewId();
            }
        }
        return new AuditSubject(m.childId(), m.laChildId(), id, on, counted);
    }

    /**
     * The children of {@code entries} behind one row, made as they are read: a row does not hold them, and
     * which children they are is found only when first asked (most rows' children are never looked at).
     */
    private static final class Behind extends AbstractList<AuditSubject> implements Derived {
        private final List<Entry> entries;
        private final AuditMeasure measure;
        private final int row;
        private int[] at;

        Behind(List<Entry> entries, AuditMeasure measure) {
            this.entries = entries;
            this.measure = measure;
            this.row = MEASURES.indexOf(measure);
        }

        private synchronized int[] at() {
            if (at == null) {
                int[] all = new int[entries.size()];
                int n = 0;
                for (int i = 0; i < entries.size(); i++) {
                    if (entries.get(i).states[row] != OUT) {
                        all[n++] = i;
                    }
                }
                at = Arrays.copyOf(all, n);
            }
            return at;
        }

        @Override
        public AuditSubject get(int index) {
            Entry e = entries.get(at()[index]);
            return subject(measure, e.member, e.states[row] == COUNTED);
        }

        @Override
        public int size() {
            return at().length;
        }
    }

    /** The rows' lines of the list, one per child, made as they are read (the workbook writes them once). */
    private static final class Lines extends AbstractList<List<Object>> implements Derived {
        private final List<Entry> entries;

        Lines(List<Entry> entries) {
            this.entries = entries;
        }

        @Override
        public List<Object> get(int index) {
            return line(entries.get(index).member);
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    private static List<Object> line(Member m) {
        List<ScreeningOutcome> o = m.outcomes();
        SdqBand band = m.band();
        return Collections.unmodifiableList(Arrays.asList(m.laChildId(), m.careLeaver() ? "care leaver" : "looked after",
                m.careLeaver() ? null : AuditFigures.place(m.placement()), m.age(), m.sdqScore(),
                band == null ? null : Codes.code(band), m.sdqOn(), m.careLeaver() ? null : yn(m.immunised()),
                m.careLeaver() ? null : yn(m.dental()), m.passportOn(), m.careLeaver() ? null : yn(m.uasc()),
                o == null ? null : m.reviewOn(), outcome(o, ScreeningItem.TB), outcome(o, ScreeningItem.HEPATITIS_B),
                outcome(o, ScreeningItem.HEPATITIS_C), outcome(o, ScreeningItem.HIV), outcome(o, ScreeningItem.SYPHILIS),
                o == null ? null : yn(m.mentalHealthScreened()), o == null ? null : yn(m.mentalHealthReferral()),
                o == null ? null : yn(m.fgmRiskConsidered()), m.summaryOn(), m.commissioner(), m.nurseId()));
    }

    private static String outcome(List<ScreeningOutcome> outcomes, ScreeningItem item) {
        if (outcomes == null) {
            return null;
        }
        ScreeningOutcome o = outcomes.get(item.ordinal());
        return o == null ? "not recorded" : Codes.code(o).replace('_', ' ');
    }

    private static String yn(Boolean b) {
        return b == null ? null : b ? "Y" : "N";
    }

    /** The sheet's list of {@code entries} (in LA id order), its lines made as they are read. */
    static AuditList list(List<Entry> entries) {
        return new AuditList(LIST, HEADERS, new Lines(entries));
    }

    /** The children behind a row, of {@code entries} (in LA id order), made as they are read. */
    static List<AuditSubject> behind(List<Entry> entries, AuditMeasure measure) {
        return new Behind(entries, measure);
    }

    /** The sheet's health-needs rows, in the sheet's order. */
    public static List<AuditRow> rows(AuditSheet sheet) {
        return sheet.rows().stream()
                .filter(r -> AuditMeasure.byId(r.id()).section() == AuditMeasure.Section.HEALTH_NEEDS).toList();
    }

    /** The children behind the health-needs rows, in LA id order; empty for a sheet worked out without them. */
    public static List<Member> members(AuditSheet sheet) {
        List<Entry> entries = entries(sheet);
        return new AbstractList<>() {
            @Override
            public Member get(int index) {
                return entries.get(index).member;
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    private static List<Entry> entries(AuditSheet sheet) {
        for (AuditList l : sheet.lists()) {
            if (l.name().equals(LIST) && l.rows() instanceof Lines lines) {
                return lines.entries;
            }
        }
        return List.of();
    }

    /** The health-needs rows with only the children {@code keep} takes behind them, counted again. */
    public static List<AuditRow> of(AuditSheet sheet, Predicate<Member> keep) {
        List<Entry> kept = entries(sheet).stream().filter(e -> keep.test(e.member)).toList();
        long[] num = new long[MEASURES.size()];
        long[] den = new long[MEASURES.size()];
        kept.forEach(e -> count(e, num, den));
        List<AuditRow> rows = new ArrayList<>();
        for (int i = 0; i < MEASURES.size(); i++) {
            AuditMeasure measure = MEASURES.get(i);
            rows.add(new AuditRow(measure.id(), measure.label(), num[i], den[i], AuditRow.percent(num[i], den[i]), null,
                    behind(kept, measure)));
        }
        return rows;
    }

    /**
     * The health-needs rows of each group of children (the figures alone, no children behind), groups in the
     * order {@code group} first gives them. A child whose group is null is in none.
     */
    public static <K> Map<K, List<AuditRow>> grouped(AuditSheet sheet, Function<Member, K> group) {
        Map<K, long[][]> counts = new LinkedHashMap<>();
        for (Entry e : entries(sheet)) {
            K k = group.apply(e.member);
            if (k != null) {
                long[][] c = counts.computeIfAbsent(k, x -> new long[][] {new long[MEASURES.size()], new long[MEASURES.size()]});
                count(e, c[0], c[1]);
            }
        }
        Map<K, List<AuditRow>> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> {
            List<AuditRow> rows = new ArrayList<>();
            for (int i = 0; i < MEASURES.size(); i++) {
                AuditMeasure measure = MEASURES.get(i);
                rows.add(new AuditRow(measure.id(), measure.label(), c[0][i], c[1][i], AuditRow.percent(c[0][i], c[1][i]),
                        null, List.of()));
            }
            out.put(k, rows);
        });
        return out;
    }
}
