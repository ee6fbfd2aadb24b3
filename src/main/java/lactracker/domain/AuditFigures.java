package lactracker.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure of audit-sheet.md for a period and an as-at date, from the rules alone, in one pass over
 * the children. Records dated after the as-at date are left out; "at period end" means on the period's
 * last day.
 */
public final class AuditFigures {
    private AuditFigures() {
    }

    /** The rows about one day, the period's last: what cli.md's snapshot prints. */
    public static final List<String> AT_PERIOD_END = AuditMeasure.atPeriodEndIds();

    /** The detail lists, in the file's order, with their columns. */
    private static final String[][] LISTS = {
        {"IHA", "LA id", "Period of care from", "Request received", "Request in time", "Due date", "Completed",
            "On time", "Reason for delay", "Placed on the due date", "UASC", "Nurse id"},
        {"RHA", "LA id", "Due date", "Completed", "On time", "Reason for delay", "Placed on the due date", "Nurse id"},
        {"Dental audit", "LA id", "RHA completed", "Caries recorded", "Caries found", "Follow-up on", "Followed up",
            "Nurse id"},
        {"UASC", "LA id", "IHA due", "IHA completed", "IHA on time", "Health review complete", "Nurse id"},
        {"Escalations", "LA id", "Assessment", "Due date", "Host area", "Host provider", "Opened", "Level at period end",
            "Last step", "Response due", "Closed"},
        {"Payments", "LA id", "Assessment", "Assessment date", "Ours that day", "Invoice", "Received", "Amount",
            "Verified", "Verified on", "Paid on"},
    };

    private static final String LIST = "list:";
    /** The tally of the health-needs rows: their counts, and with detail the children behind them. */
    private static final String NEEDS = "needs:";
    /** The tally of the children looked after at each month end, by responsible commissioner. */
    private static final String COMMISSIONERS = "commissioners:";
    /** The list of those counts, and the words for a child with no commissioner known. */
    public static final String COMMISSIONERS_LIST = "Commissioners";
    static final String NO_PRACTICE = "no GP practice recorded";
    static final String OTHER_PRACTICE = "a practice not in the table";

    private static final class Tally {
        final boolean detail;
        final List<AuditSubject> subjects = new ArrayList<>();
        final List<List<Object>> lines = new ArrayList<>();
        long numerator;
        long denominator;
        BigDecimal amount;
        // The health-needs tally's alone: its rows' counts, in HealthNeeds.MEASURES' order, and its children.
        long[] numerators;
        long[] denominators;
        final List<HealthNeeds.Entry> members = new ArrayList<>();
        // The commissioners' tally's alone: children looked after at each month end, by commissioner.
        final Map<String, long[]> byCommissioner = new java.util.TreeMap<>();
        List<LocalDate> monthEnds;

        Tally(boolean detail) {
            this.detail = detail;
        }

        void add(Child c, Long assessmentId, LocalDate date, boolean counted) {
            denominator++;
            if (counted) {
                numerator++;
            }
            if (detail) {
                subjects.add(new AuditSubject(c.id(), c.laChildId(), assessmentId, date, counted));
            }
        }
    }

    /**
     * The tallies of some of the children for one period and as-at date. Parts of all the children, each
     * child in one part, joined in any order, give the sheet of them all (it puts the children in LA id
     * order), so a caseload can be tallied a batch at a time, in parallel, without being held whole.
     */
    public static final class Part {
        private final Map<String, Tally> tallies;
        private final boolean detail;

        private Part(Map<String, Tally> tallies, boolean detail) {
            this.tallies = tallies;
            this.detail = detail;
        }
    }

    public static AuditSheet compute(Collection<ChildCase> cases, AuditPeriod period, LocalDate asAt,
            Settings settings, WorkingDayCalendar calendar) {
        return compute(cases, period, asAt, settings, calendar, true);
    }

    /**
     * @param detail false for the quarterly figures alone, without the children behind them or the lists,
     *               and without the health-needs rows (left at nought): a past period's rows, read for their
     *               percentages
     */
    public static AuditSheet compute(Collection<ChildCase> cases, AuditPeriod period, LocalDate asAt,
            Settings settings, WorkingDayCalendar calendar, boolean detail) {
        // Children are independent: tally slices of them in parallel and join the slices.
        List<ChildCase> all = new ArrayList<>(cases);
        int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() * 4, all.size() / 1000));
        int size = (all.size() + slices - 1) / Math.max(1, slices);
        Part whole = java.util.stream.IntStream.range(0, slices).parallel()
                .mapToObj(slice -> part(all.subList(Math.min(all.size(), slice * size),
                        Math.min(all.size(), (slice + 1) * size)), period, asAt, settings, calendar, detail))
                .reduce(AuditFigures::join)
                .orElseGet(() -> new Part(emptyTallies(detail), detail));
        return sheet(whole, period, asAt, settings);
    }

    /** The tallies of {@code cases}. */
    public static Part part(List<ChildCase> cases, AuditPeriod period, LocalDate asAt, Settings settings,
            WorkingDayCalendar calendar, boolean detail) {
        return parts(cases, List.of(new Tallied(period, asAt, detail)), settings, calendar).get(0);
    }

    /** A period tallied as at a date; with {@code detail}, with the children behind the figures. */
    public record Tallied(AuditPeriod period, LocalDate asAt, boolean detail) {
    }

    /**
     * The tallies of {@code cases} for several periods at once, each as at its own date, in one pass: each
     * case is cut back from its latest date to its earliest (a cut of a cut is the cut, rules.md section 7),
     * and its periods of care and duties are worked out again only when a cut leaves something out. The
     * Team overview tallies seven quarters so.
     */
    public static List<Part> parts(List<ChildCase> cases, List<Tallied> wanted, Settings settings,
            WorkingDayCalendar calendar) {
        return parts(cases, wanted, settings, calendar, Commissioners.NONE);
    }

    /**
     * As {@link #parts(List, List, Settings, WorkingDayCalendar)}, with the team's table of practices and
     * commissioners: the payments list's "ours that day" and the children looked after at each month end by
     * commissioner (issue 24).
     */
    public static List<Part> parts(List<ChildCase> cases, List<Tallied> wanted, Settings settings,
            WorkingDayCalendar calendar, Commissioners commissioners) {
        List<Map<String, Tally>> tallies = new ArrayList<>();
        for (Tallied w : wanted) {
            tallies.add(emptyTallies(w.detail()));
        }
        Integer[] latestFirst = new Integer[wanted.size()];
        for (int i = 0; i < latestFirst.length; i++) {
            latestFirst[i] = i;
        }
        java.util.Arrays.sort(latestFirst, Comparator.comparing((Integer i) -> wanted.get(i).asAt()).reversed());
        for (ChildCase c : cases) {
            CaseFacts after = null;
            for (int i : latestFirst) {
                LocalDate asAt = wanted.get(i).asAt();
                ChildCase cut = (after == null ? c : after.record()).asAt(asAt);
                CaseFacts facts = after != null && cut == after.record()
                        ? new CaseFacts(cut, asAt, after.history(), after.duties())
                        : CaseFacts.of(cut, asAt, settings, calendar);
                add(facts, wanted.get(i).period(), settings, commissioners, tallies.get(i));
                after = facts;
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            parts.add(new Part(tallies.get(i), wanted.get(i).detail()));
        }
        return parts;
    }

    /**
     * The sheets of the periods {@code wanted}, from the parts each batch of children gave ({@link #parts} of
     * the same {@code wanted}), joined in any order.
     */
    public static List<AuditSheet> sheets(List<List<Part>> batches, List<Tallied> wanted, Settings settings,
            WorkingDayCalendar calendar) {
        List<Part> whole = parts(List.of(), wanted, settings, calendar);
        for (List<Part> batch : batches) {
            for (int i = 0; i < whole.size(); i++) {
                whole.set(i, join(whole.get(i), batch.get(i)));
            }
        }
        List<AuditSheet> sheets = new ArrayList<>();
        for (int i = 0; i < whole.size(); i++) {
            Tallied w = wanted.get(i);
            sheets.add(sheet(whole.get(i), w.period(), w.asAt(), settings));
        }
        return sheets;
    }

    /** The tallies of {@code a}'s children and {@code b}'s; {@code a} is used up (its tallies take {@code b}'s). */
    public static Part join(Part a, Part b) {
        return new Part(merge(a.tallies, b.tallies), a.detail);
    }

    /** The sheet of the children tallied in {@code whole}, each row's and list's in LA id order. */
    public static AuditSheet sheet(Part whole, AuditPeriod period, LocalDate asAt, Settings settings) {
        Map<String, Tally> t = whole.tallies;
        // Stable sorts: a child's own subjects and lines keep the order the rules gave them.
        t.values().parallelStream().forEach(tally -> {
            tally.subjects.sort(Comparator.comparing(AuditSubject::laChildId));
            tally.lines.sort(Comparator.comparing(line -> (String) line.get(0)));
        });
        Tally needs = t.get(NEEDS);
        needs.members.sort(Comparator.comparing(e -> e.member.laChildId()));
        List<AuditList> lists = new ArrayList<>();
        if (whole.detail) {
            for (String[] list : LISTS) {
                lists.add(new AuditList(list[0], List.of(list).subList(1, list.length), t.get(LIST + list[0]).lines));
            }
            lists.add(HealthNeeds.list(needs.members));
            lists.add(commissionersList(t.get(COMMISSIONERS), period));
        }
        List<AuditRow> rows = new ArrayList<>();
        for (AuditMeasure row : AuditMeasure.values()) {
            int at = HealthNeeds.MEASURES.indexOf(row);
            if (at >= 0) { // its children are listed from the members when read (decision 0023)
                long n = needs.numerators[at];
                long d = needs.denominators[at];
                rows.add(new AuditRow(row.id(), row.label(), n, d, AuditRow.percent(n, d), null,
                        whole.detail ? HealthNeeds.behind(needs.members, row) : List.of()));
                continue;
            }
            Tally tally = t.get(row.id());
            boolean count = row.count();
            Long denominator = count ? null : tally.denominator;
            rows.add(new AuditRow(row.id(), row.label(), tally.numerator, denominator,
                    AuditRow.percent(tally.numerator, denominator), tally.amount,
                    count ? tally.subjects.stream().filter(AuditSubject::counted).toList() : tally.subjects));
        }
        return new AuditSheet(period, asAt, settings, rows, lists);
    }

    private static Map<String, Tally> emptyTallies(boolean detail) {
        Map<String, Tally> t = new LinkedHashMap<>();
        for (AuditMeasure row : AuditMeasure.values()) {
            t.put(row.id(), new Tally(detail));
        }
        t.get("out_of_area_payments").amount = BigDecimal.ZERO;
        for (String[] list : LISTS) {
            t.put(LIST + list[0], new Tally(detail));
        }
        Tally needs = new Tally(detail);
        needs.numerators = new long[HealthNeeds.MEASURES.size()];
        needs.denominators = new long[HealthNeeds.MEASURES.size()];
        t.put(NEEDS, needs);
        t.put(COMMISSIONERS, new Tally(detail));
        return t;
    }

    private static Map<String, Tally> merge(Map<String, Tally> a, Map<String, Tally> b) {
        for (var e : b.entrySet()) {
            Tally into = a.get(e.getKey());
            into.subjects.addAll(e.getValue().subjects);
            into.lines.addAll(e.getValue().lines);
            into.numerator += e.getValue().numerator;
            into.denominator += e.getValue().denominator;
            e.getValue().byCommissioner.forEach((code, n) -> {
                long[] sum = into.byCommissioner.computeIfAbsent(code, k -> new long[n.length]);
                for (int i = 0; i < n.length; i++) {
                    sum[i] += n[i];
                }
            });
            if (into.numerators != null) {
                into.members.addAll(e.getValue().members);
                for (int i = 0; i < into.numerators.length; i++) {
                    into.numerators[i] += e.getValue().numerators[i];
                    into.denominators[i] += e.getValue().denominators[i];
                }
            }
            if (into.amount != null) {
                into.amount = into.amount.add(e.getValue().amount);
            }
        }
        return a;
    }

    /**
     * One child's part in every figure, kind by kind. (As one method it took the JIT 2.6 s to compile in a
     * cold national audit, running slowly meanwhile; its parts take 0.1-0.6 s each.)
     */
    private static void add(CaseFacts f, AuditPeriod period, Settings settings, Commissioners commissioners,
            Map<String, Tally> t) {
        atPeriodEnd(f, period, settings, t);
        duties(f, period, settings, t);
        if (f.history().continuouslyLookedAfter12Months(period.to())) {
            cohort(f.child(), period.to(), f.record().assessments(), settings, t);
        }
        completedInPeriod(f, period, t);
        escalations(f, period, t);
        payments(f, period, commissioners, t);
        if (t.get(NEEDS).detail) {
            // A past period tallied for its percentages (the trend column) has no use for them: the
            // health-needs rows have no trend column, and are the most of a child's work after its duties.
            healthNeeds(f, period, settings, commissioners, t);
            byCommissioner(f, period, commissioners, t);
        }
    }

    /**
     * The health-needs facts (issue 24) of a child looked after on the period's last day, or a care leaver
     * aged 18-25 that day: what the record said on that day, whatever the as-at date. HealthNeeds decides
     * each row from them.
     */
    private static void healthNeeds(CaseFacts f, AuditPeriod period, Settings settings, Commissioners commissioners,
            Map<String, Tally> t) {
        Child child = f.child();
        LocalDate end = period.to();
        CareHistory history = f.history();
        boolean lookedAfter = history.lookedAfterOn(end);
        int age = AgeBand.ageOn(child.dateOfBirth(), end);
        if (!lookedAfter && !(history.careLeaverOn(end, child.dateOfBirth()) && age >= 18)) {
            return;
        }
        LocalDate passport = onOrBefore(child.healthPassportIssued(), end);
        HealthNeeds.Member m;
        if (!lookedAfter) {
            m = new HealthNeeds.Member(child.id(), child.laChildId(), end, child.allocatedNurseId(), true, null, age,
                    null, null, null, null, null, false, false, passport, false, null, null, null, null, null, null,
                    onOrBefore(child.careLeaverSummaryGiven(), end), commissioners.of(child, end));
        } else {
            // Spec reading (decision 0023): "up to date" as the 12-month cohort's rows judge it, over every child
            // looked after that day: the latest assessment within the 12 months up to the day, the latest SDQ
            // score within them (aged 4-16); the UASC screening is the latest UASC section, however long ago.
            LocalDate after = end.minusMonths(12);
            HealthAssessment latest = null;
            HealthAssessment sdq = null;
            HealthAssessment uasc = null;
            List<HealthAssessment> assessments = f.record().assessments();
            for (HealthAssessment a : assessments) {
                LocalDate done = a.completedOn();
                if (done == null || done.isAfter(end)) {
                    continue;
                }
                if (a.uascReview() != null && later(a, uasc)) {
                    uasc = a;
                }
                if (done.isAfter(after)) {
                    if (later(a, latest)) {
                        latest = a;
                    }
                    if (a.sdqScore() != null && a.sdqScore() >= 0 && a.sdqScore() <= 40 && later(a, sdq)) {
                        sdq = a;
                    }
                }
            }
            if (age < 4 || age > 16) {
                sdq = null;
            }
            boolean isUasc = child.uascOn(end);
            UascReview review = isUasc && uasc != null ? uasc.uascReview() : null;
            List<ScreeningOutcome> outcomes = null;
            if (review != null) {
                ScreeningOutcome[] each = new ScreeningOutcome[ScreeningItem.values().length];
                for (UascScreening s : review.screening()) {
                    each[s.item().ordinal()] = s.outcome();
                }
                outcomes = java.util.Collections.unmodifiableList(java.util.Arrays.asList(each));
            }
            m = new HealthNeeds.Member(child.id(), child.laChildId(), end, child.allocatedNurseId(), false,
                    history.placementOn(end, settings), age, sdq == null ? null : sdq.sdqScore(),
                    sdq == null ? null : sdq.completedOn(), sdq == null ? null : sdq.id(),
                    latest == null ? null : latest.completedOn(), latest == null ? null : latest.id(),
                    latest != null && latest.immunisationsUpToDate() == YesNoUnknown.YES,
                    Dental.checkUpToDate(assessments, end, settings), passport, isUasc,
                    review == null ? null : uasc.completedOn(), review == null ? null : uasc.id(), outcomes,
                    review == null ? null : review.emotionalHealthScreened(),
                    review == null ? null : review.mentalHealthReferral(),
                    review == null ? null : review.fgmRiskConsidered(), null, commissioners.of(child, end));
        }
        Tally needs = t.get(NEEDS);
        HealthNeeds.Entry entry = HealthNeeds.entry(m);
        HealthNeeds.count(entry, needs.numerators, needs.denominators);
        if (needs.detail) {
            needs.members.add(entry);
        }
    }

    /**
     * The month ends of the period, in order: the last day of each month that ends in it (a period ending
     * mid-month adds no day of its own).
     */
    static List<LocalDate> monthEnds(AuditPeriod period) {
        List<LocalDate> ends = new ArrayList<>();
        for (java.time.YearMonth m = java.time.YearMonth.from(period.from()); !m.atEndOfMonth().isAfter(period.to());
                m = m.plusMonths(1)) {
            ends.add(m.atEndOfMonth());
        }
        return ends;
    }

    /** The child, if looked after at a month end of the period, counted under its commissioner that day. */
    private static void byCommissioner(CaseFacts f, AuditPeriod period, Commissioners commissioners, Map<String, Tally> t) {
        Tally tally = t.get(COMMISSIONERS);
        if (tally.monthEnds == null) {
            tally.monthEnds = monthEnds(period); // once per batch, not per child
        }
        List<LocalDate> ends = tally.monthEnds;
        for (int i = 0; i < ends.size(); i++) {
            LocalDate end = ends.get(i);
            if (f.history().lookedAfterOn(end)) {
                String code = commissioners.of(f.child(), end);
                if (code == null) {
                    code = PracticeCommissioner.code(f.child().gpPracticeCode()) == null ? NO_PRACTICE : OTHER_PRACTICE;
                }
                tally.byCommissioner.computeIfAbsent(code, k -> new long[ends.size()])[i]++;
            }
        }
    }

    /** Month end, commissioner (or why none), children looked after: each commissioner's children. */
    private static AuditList commissionersList(Tally tally, AuditPeriod period) {
        List<LocalDate> ends = monthEnds(period);
        List<List<Object>> lines = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            for (var e : tally.byCommissioner.entrySet()) { // codes in order; the words after them (lower case)
                if (e.getValue()[i] > 0) {
                    lines.add(List.of(ends.get(i), e.getKey(), e.getValue()[i]));
                }
            }
        }
        return new AuditList(COMMISSIONERS_LIST, List.of("Month end", "Commissioner", "Looked after"), lines);
    }

    private static LocalDate onOrBefore(LocalDate d, LocalDate end) {
        return d == null || d.isAfter(end) ? null : d;
    }

    /** {@code a} completed after {@code b}, or the same day and saved after it; any {@code a} when b is null. */
    private static boolean later(HealthAssessment a, HealthAssessment b) {
        return b == null || a.completedOn().isAfter(b.completedOn())
                || a.completedOn().equals(b.completedOn()) && savedAfter(a, b);
    }

    private static void atPeriodEnd(CaseFacts f, AuditPeriod period, Settings settings, Map<String, Tally> t) {
        Child child = f.child();
        LocalDate end = period.to();
        CareHistory history = f.history();
        boolean lookedAfter = history.lookedAfterOn(end);
        if (lookedAfter) {
            int age = AgeBand.ageOn(child.dateOfBirth(), end);
            t.get("lac_at_end").add(child, null, end, true);
            t.get(switch (AgeBand.of(age)) {
                case UNDER_1 -> "lac_age_under1";
                case AGE_1_TO_4 -> "lac_age_1_4";
                case AGE_5_TO_9 -> "lac_age_5_9";
                case AGE_10_TO_15 -> "lac_age_10_15";
                case AGE_16_PLUS -> "lac_age_16_plus";
            }).add(child, null, end, true);
            Placement placement = history.placementOn(end, settings);
            t.get("lac_out_of_county").add(child, null, end, placement == Placement.OUT_OF_COUNTY);
            t.get("lac_placement_unknown").add(child, null, end, placement == Placement.UNKNOWN);
            t.get("uasc_at_end").add(child, null, end, child.uascOn(end));
        } else if (history.careLeaverOn(end, child.dateOfBirth()) && AgeBand.ageOn(child.dateOfBirth(), end) >= 18) {
            // "aged 18-25": a care leaver who left under 18 (REC E17, E5, E6) is counted from the 18th birthday
            t.get("care_leavers_at_end").add(child, null, end, true);
        }
    }

    private static void duties(CaseFacts f, AuditPeriod period, Settings settings, Map<String, Tally> t) {
        Child child = f.child();
        LocalDate end = period.to();
        CareHistory history = f.history();
        PeriodOfCare current = history.periodOn(end);
        for (Duty d : f.duties()) {
            if (!d.required()) {
                continue;
            }
            Long fulfilledBy = d.fulfilledBy() == null ? null : d.fulfilledBy().id();
            boolean iha = d.type() == AssessmentType.IHA;
            // audit-sheet.md: a period whose request window is still open at the as-at date with no request
            // yet is not late yet, so it is left out
            boolean windowOpen = iha && d.requestReceived() == null && !f.asAt().isAfter(d.requestDeadline());
            if (iha && period.contains(d.period().start()) && !windowOpen) {
                t.get("iha_request_timely").add(child, null, d.period().start(), d.requestTimely());
            }
            if (period.contains(d.dueDate())) {
                String prefix = iha ? "iha" : "rha";
                Placement onDue = history.placementOn(d.dueDate(), settings);
                HealthAssessment done = d.fulfilledBy();
                DelayReason delay = done == null ? null : done.delayReason(); // a code in CSV and JSON, words in the XLSX
                if (iha) {
                    line(t, "IHA", child.laChildId(), d.period().start(), d.requestReceived(), yn(d.requestTimely()),
                            d.dueDate(), d.completedOn(), yn(d.onTime()), delay, place(onDue),
                            yn(child.uascOn(d.dueDate())), child.allocatedNurseId());
                } else {
                    line(t, "RHA", child.laChildId(), d.dueDate(), d.completedOn(), yn(d.onTime()), delay, place(onDue),
                            child.allocatedNurseId());
                }
                t.get(prefix + "_on_time").add(child, fulfilledBy, d.dueDate(), d.onTime());
                // Spec reading: a duty whose placement on the due date is unknown is in neither split, so
                // the two splits can add up to less than the whole.
                Placement placement = history.placementOn(d.dueDate(), settings);
                if (placement == Placement.IN_COUNTY) {
                    t.get(prefix + "_on_time_in_county").add(child, fulfilledBy, d.dueDate(), d.onTime());
                } else if (placement == Placement.OUT_OF_COUNTY) {
                    t.get(prefix + "_on_time_out_of_county").add(child, fulfilledBy, d.dueDate(), d.onTime());
                }
                // Spec reading: a UASC IHA is the IHA of a child who is UASC on its due date.
                if (iha && child.uascOn(d.dueDate())) {
                    t.get("uasc_iha_on_time").add(child, fulfilledBy, d.dueDate(), d.onTime());
                    HealthAssessment by = d.fulfilledBy();
                    boolean reviewCounted = by != null && period.contains(by.completedOn()) && child.uascOn(by.completedOn());
                    line(t, "UASC", child.laChildId(), d.dueDate(), d.completedOn(), yn(d.onTime()),
                            reviewCounted ? yn(UascReviews.complete(by.uascReview())) : null, child.allocatedNurseId());
                }
            }
            // Spec reading: "open duties" are those of the period of care the child is in at period end.
            boolean openAtEnd = d.completedOn() == null || d.completedOn().isAfter(end);
            if (d.period().equals(current) && openAtEnd && end.isAfter(d.dueDate())) {
                t.get(iha ? "iha_overdue_at_end" : "rha_overdue_at_end").add(child, null, d.dueDate(), true);
            }
        }
    }

    private static void completedInPeriod(CaseFacts f, AuditPeriod period, Map<String, Tally> t) {
        Child child = f.child();
        List<HealthAssessment> assessments = f.record().assessments();
        for (HealthAssessment a : assessments) {
            LocalDate done = a.completedOn();
            if (done == null || !period.contains(done)) {
                continue;
            }
            if (a.type() == AssessmentType.RHA) {
                Boolean caries = a.dental().cariesFound();
                LocalDate followUp = Boolean.TRUE.equals(caries) ? Dental.followUp(a, assessments, f.asAt()) : null;
                line(t, "Dental audit", child.laChildId(), done, yn(caries != null), caries == null ? null : yn(caries),
                        followUp, Boolean.TRUE.equals(caries) ? yn(followUp != null) : null, child.allocatedNurseId());
                t.get("dental_caries_recorded").add(child, a.id(), done, caries != null);
                if (caries != null) {
                    t.get("dental_caries_found").add(child, a.id(), done, caries);
                }
                if (Boolean.TRUE.equals(caries)) {
                    t.get("dental_caries_followed_up").add(child, a.id(), done,
                            Dental.followUp(a, assessments, f.asAt()) != null);
                }
            } else if (child.uascOn(done)) { // a UASC IHA: the child is UASC on the day it was completed
                t.get("uasc_review_complete").add(child, a.id(), done, UascReviews.complete(a.uascReview()));
                if (!(period.contains(a.completedOn()) && uascIhaDueIn(f, a, period))) { // else listed with its duty
                    line(t, "UASC", child.laChildId(), null, done, null, yn(UascReviews.complete(a.uascReview())),
                            child.allocatedNurseId());
                }
            }
        }
    }

    private static void escalations(CaseFacts f, AuditPeriod period, Map<String, Tally> t) {
        Child child = f.child();
        LocalDate end = period.to();
        for (Escalation e : f.record().escalations()) {
            if (!e.openedOn().isAfter(end) && (e.closedOn() == null || e.closedOn().isAfter(end))) {
                t.get("escalations_open_at_end").add(child, e.assessmentId(), e.dutyDueDate(), true);
                // Spec reading: an escalation's level is the highest step taken by period end; one with no
                // step yet is in the total only.
                int level = e.steps().stream().filter(s -> !s.stepDate().isAfter(end))
                        .mapToInt(EscalationStep::level).max().orElse(0);
                if (level > 0) {
                    t.get("escalations_open_at_end_level_" + level).add(child, e.assessmentId(), e.dutyDueDate(), true);
                }
                EscalationStep last = e.steps().stream().filter(s -> !s.stepDate().isAfter(end))
                        .reduce((a, b) -> b).orElse(null);
                line(t, "Escalations", child.laChildId(), e.type().name(), e.dutyDueDate(), e.hostArea(), e.hostProvider(),
                        e.openedOn(), level == 0 ? null : level, last == null ? null : last.stepDate(),
                        last == null ? null : last.responseDue(), e.closedOn());
            }
        }
    }

    private static void payments(CaseFacts f, AuditPeriod period, Commissioners commissioners, Map<String, Tally> t) {
        Child child = f.child();
        CareHistory history = f.history();
        List<HealthAssessment> assessments = f.record().assessments();
        for (Payment p : f.record().payments()) {
            if (period.contains(p.invoiceReceived())) {
                Tally payments = t.get("out_of_area_payments");
                payments.add(child, p.assessmentId(), p.invoiceReceived(), true);
                payments.amount = payments.amount.add(p.amount());
                t.get("out_of_area_payments_verified").add(child, p.assessmentId(), p.invoiceReceived(),
                        p.commissionerVerified());
                t.get("out_of_area_payments_paid").add(child, p.assessmentId(), p.invoiceReceived(), p.paidOn() != null);
                HealthAssessment a = assessments.stream().filter(x -> x.id() != null && x.id() == p.assessmentId())
                        .findFirst().orElse(null);
                LocalDate on = a == null ? null : a.completedOn() != null ? a.completedOn() : a.outcomeDate();
                line(t, "Payments", child.laChildId(), a == null ? null : a.type().name(), on,
                        on == null ? null : yn(commissioners.oursOn(child, history, on)), p.invoiceReference(),
                        p.invoiceReceived(), p.amount(), yn(p.commissionerVerified()), p.verifiedOn(), p.paidOn());
            }
        }
    }

    private static void line(Map<String, Tally> t, String list, Object... cells) {
        Tally lines = t.get(LIST + list);
        if (lines.detail) {
            lines.lines.add(java.util.Arrays.asList(cells));
        }
    }

    private static String yn(boolean b) {
        return b ? "Y" : "N";
    }

    /** The words for a placement in the lists. */
    static String place(Placement p) {
        return p == null ? null : switch (p) {
            case IN_COUNTY -> "in county";
            case OUT_OF_COUNTY -> "out of county";
            case UNKNOWN -> "not known";
        };
    }

    /** The IHA was listed on the UASC sheet with its duty: due in the period for a child UASC on its due date. */
    private static boolean uascIhaDueIn(CaseFacts f, HealthAssessment a, AuditPeriod period) {
        return f.duties().stream().anyMatch(d -> d.required() && d.fulfilledBy() == a && period.contains(d.dueDate())
                && d.type() == AssessmentType.IHA && f.child().uascOn(d.dueDate()));
    }

    /** The rows over children continuously looked after for 12 months at period end. */
    private static void cohort(Child child, LocalDate end, List<HealthAssessment> assessments, Settings settings,
            Map<String, Tally> t) {
        LocalDate after = end.minusMonths(12); // "within the 12 months up to D": after D minus 12 months, up to D
        HealthAssessment latest = null;
        boolean sdq = false;
        for (HealthAssessment a : assessments) {
            LocalDate done = a.completedOn();
            if (done != null && done.isAfter(after) && !done.isAfter(end)) {
                if (latest == null || done.isAfter(latest.completedOn())
                        || done.equals(latest.completedOn()) && savedAfter(a, latest)) {
                    latest = a; // several on the latest day: the one saved last decides (audit-sheet.md)
                }
                sdq |= a.sdqScore() != null;
            }
        }
        t.get("ha_up_to_date").add(child, latest == null ? null : latest.id(), end, latest != null);
        t.get("immunisations_up_to_date").add(child, latest == null ? null : latest.id(), end,
                latest != null && latest.immunisationsUpToDate() == YesNoUnknown.YES);
        t.get("dental_check_up_to_date").add(child, null, end, Dental.checkUpToDate(assessments, end, settings));
        int age = AgeBand.ageOn(child.dateOfBirth(), end);
        if (age >= 4 && age <= 16) { // "aged 4-16", both included, on the last day of the period
            t.get("sdq_recorded").add(child, null, end, sdq);
        }
    }

    /** {@code a} was saved after {@code b}: a later key (one not yet saved is the latest of all). */
    private static boolean savedAfter(HealthAssessment a, HealthAssessment b) {
        return a.id() == null || b.id() != null && a.id() > b.id();
    }
}
