package lactracker.app;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import lactracker.domain.AgeBand;
import lactracker.domain.AssessmentType;
import lactracker.domain.Child;
import lactracker.domain.ChildCase;
import lactracker.domain.DelayReason;
import lactracker.domain.DentalFindings;
import lactracker.domain.Episode;
import lactracker.domain.Escalation;
import lactracker.domain.EscalationStep;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Outcome;
import lactracker.domain.Payment;
import lactracker.domain.PlacementLocation;
import lactracker.domain.PractitionerRole;
import lactracker.domain.RecordSource;
import lactracker.domain.ScreeningItem;
import lactracker.domain.ScreeningOutcome;
import lactracker.domain.Sex;
import lactracker.domain.UascReview;
import lactracker.domain.UascScreening;
import lactracker.domain.YesNoUnknown;

/**
 * A believable but wholly invented caseload for trying the application and for benchmarks: ages and
 * legal statuses in proportions like a county's (about a third placed out of county, 8% UASC), periods
 * of care with placement moves, several years of IHAs and RHAs with realistic lateness, dental findings,
 * UASC screening, some escalations and invoices. Every family name is "Demo", so no record can be taken
 * for a real child. The same seed and day give the same caseload.
 */
public final class DemoData {
    /** The demo team: invented names, like the children's. */
    static final List<String> NURSES = List.of("Demo Nurse Ash", "Demo Nurse Birch", "Demo Nurse Cedar",
            "Demo Nurse Hazel");

    private static final String[] GIVEN = {"Alex", "Bailey", "Casey", "Devon", "Ellis", "Finley", "Harley", "Jamie",
        "Jordan", "Kai", "Logan", "Morgan", "Quinn", "Reese", "Riley", "Robin", "Rowan", "Sam", "Skyler", "Taylor"};
    /** The given names demo children are made with (each with the family name "Demo"), for checks that none leaks. */
    static java.util.List<String> givenNames() {
        return java.util.List.of(GIVEN);
    }

    private static final String[] LEGAL = {"C2", "C2", "C2", "C2", "C1", "C1", "V2", "V2", "E1", "J1"};
    private static final String[] PLACEMENT = {"U4", "U6", "U6", "U3", "U1", "K2", "H5", "P1", "A4", "R1"};
    private static final String[] HOME_DISTRICTS = {"AL1", "AL3", "SG1", "SG2", "WD17", "HP1", "EN8", "CM23"};
    private static final String[] AWAY_DISTRICTS = {"LU1", "MK9", "N17", "CB1", "B12", "NR1", "OX4", "LS6"};

    private DemoData() {
    }

    /**
     * Ids are left for the store to give: in each case the child's id is a placeholder, and a payment's
     * assessment id is the index of its assessment in the case's list (see the store's bulk loader).
     */
    public static List<ChildCase> generate(int children, long seed, LocalDate today) {
        return generate(children, seed, today, List.of());
    }

    /**
     * @param nurseIds the team's nurses, given children in turn (most children have a named nurse); may be empty
     */
    public static List<ChildCase> generate(int children, long seed, LocalDate today, List<Long> nurseIds) {
        return generate(children, seed, today, nurseIds, DEFAULT_YEARS);
    }

    /** Children come into care within the last {@value} years unless asked otherwise. */
    public static final int DEFAULT_YEARS = 6;

    /**
     * @param years how far back children came into care: a longer history gives each child more assessments
     *              (18 years gives a national database's ten or so per child)
     */
    public static List<ChildCase> generate(int children, long seed, LocalDate today, List<Long> nurseIds, int years) {
        List<ChildCase> cases = new ArrayList<>(children);
        made(children, seed, today, nurseIds, years).forEach(cases::add);
        return cases;
    }

    /**
     * The same cases as {@link #generate}, made one at a time as they are read: a national demo (100,000
     * children, 800,000 assessments) is written as it is made rather than held whole (issue 22: 5.8 GB).
     */
    public static Iterable<ChildCase> made(int children, long seed, LocalDate today, List<Long> nurseIds, int years) {
        return () -> new java.util.Iterator<>() {
            private final SplittableRandom r = new SplittableRandom(seed);
            private int i;

            @Override
            public boolean hasNext() {
                return i < children;
            }

            @Override
            public ChildCase next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                SplittableRandom own = r.split();
                Long nurse = nurseIds.isEmpty() || own.nextInt(10) == 0 ? null : nurseIds.get(own.nextInt(nurseIds.size()));
                return child(i++, own, today, nurse, years);
            }
        };
    }

    /**
     * An NHS number from the 999 range, which the NHS keeps for test data and never gives a person; null
     * for the few numbers whose check digit would be 10 (no valid number), as with children not yet known.
     */
    static String testNhsNumber(int index) {
        String nine = String.format("999%06d", index % 1_000_000);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check == 10 ? null : nine + check;
    }

    /** The demo area's GP practices (invented codes), the first four one commissioner's, the rest another's. */
    private static final String[] PRACTICES = {"Y90001", "Y90002", "Y90003", "Y90004", "Y90005", "Y90006"};

    /** The demo area's table of practices and their commissioners (invented codes), from ten years back. */
    static List<lactracker.domain.PracticeCommissioner> practices(LocalDate today) {
        List<lactracker.domain.PracticeCommissioner> lines = new ArrayList<>();
        for (int i = 0; i < PRACTICES.length; i++) {
            lines.add(new lactracker.domain.PracticeCommissioner(PRACTICES[i], today.minusYears(10).withDayOfYear(1),
                    i < 4 ? "X9D" : "X9E"));
        }
        return lines;
    }

    private static ChildCase child(int index, SplittableRandom r, LocalDate today, Long nurse, int years) {
        long key = index + 1L; // stands for the child's id until the store gives the real one
        String laId = String.format("D%06d", index + 1);
        int age = pickAge(r);
        LocalDate born = today.minusYears(age).minusDays(r.nextInt(365));
        boolean uasc = age >= 14 && r.nextInt(100) < 22; // about 8% of all children
        boolean out = r.nextInt(3) == 0;
        // Came into care some time after birth, within the last few years (the UASC at their arrival).
        long sinceBirth = java.time.temporal.ChronoUnit.DAYS.between(born, today);
        LocalDate start = weekday(today.minusDays(Math.min(sinceBirth - 1, uasc ? 30 + r.nextInt(700) : r.nextInt(years * 365))));
        boolean left = r.nextInt(6) == 0;
        List<Episode> episodes = new ArrayList<>();
        LocalDate episodeStart = start;
        LocalDate end = left ? start.plusDays(60 + r.nextInt(900)) : null;
        if (end != null && !end.isBefore(today)) {
            end = null;
        }
        int moves = r.nextInt(3);
        String ls = uasc ? "V2" : LEGAL[r.nextInt(LEGAL.length)];
        for (int m = 0; m <= moves; m++) {
            LocalDate next = episodeStart.plusDays(90 + r.nextInt(500));
            boolean last = m == moves || !next.isBefore(end == null ? today : end);
            String district = out ? AWAY_DISTRICTS[r.nextInt(AWAY_DISTRICTS.length)] : HOME_DISTRICTS[r.nextInt(HOME_DISTRICTS.length)];
            episodes.add(new Episode(null, key, episodeStart, m == 0 ? "S" : "P", ls, uasc ? "N8" : "N" + (1 + r.nextInt(6)),
                    PLACEMENT[r.nextInt(PLACEMENT.length)], out ? "PR4" : "PR1", last ? end : next,
                    last ? (end == null ? null : (age >= 18 ? "E17" : "E4A")) : "X1", null, HOME_DISTRICTS[0],
                    district + " " + (1 + r.nextInt(9)) + "AB", null, null, out ? PlacementLocation.OUT : PlacementLocation.IN,
                    null, null));
            if (last) {
                break;
            }
            episodeStart = next;
        }
        LocalDate until = end == null ? today : end;
        List<HealthAssessment> assessments = new ArrayList<>();
        List<Escalation> escalations = new ArrayList<>();
        List<Payment> payments = new ArrayList<>();
        LocalDate done = start.plusDays(10 + (r.nextInt(4) == 0 ? 30 + r.nextInt(40) : r.nextInt(20)));
        boolean iha = true;
        while (!done.isAfter(until.minusDays(r.nextInt(40)))) {
            if (done.isAfter(today)) {
                break;
            }
            if (r.nextInt(12) == 0) {
                assessments.add(assessment(key, iha, Outcome.DID_NOT_ATTEND, done.minusDays(14), null, out, r, false));
            }
            HealthAssessment a = assessment(key, iha, Outcome.COMPLETED, done, iha ? start.plusDays(r.nextInt(9)) : null,
                    out, r, iha && uasc);
            assessments.add(a);
            if (out && r.nextInt(2) == 0) {
                LocalDate invoiced = done.plusDays(14 + r.nextInt(30));
                if (!invoiced.isAfter(today)) {
                    boolean verified = r.nextInt(3) > 0;
                    payments.add(new Payment(null, assessments.size() - 1, "INV-" + laId + "-" + assessments.size(), invoiced,
                            new BigDecimal(iha ? "560.00" : "330.00"), verified, null, verified ? invoiced.plusDays(3) : null,
                            verified && r.nextBoolean() ? invoiced.plusDays(20) : null, null));
                }
            }
            int ageThen = java.time.Period.between(born, done).getYears();
            LocalDate due = ageThen < 5 ? done.plusMonths(6) : done.plusMonths(12);
            int lateness = r.nextInt(10) < 7 ? -r.nextInt(30) : r.nextInt(90);
            done = weekday(due.plusDays(lateness));
            iha = false;
        }
        if (out && !assessments.isEmpty() && r.nextInt(8) == 0) {
            LocalDate opened = weekday(today.minusDays(5 + r.nextInt(40)));
            int level = 1 + r.nextInt(3);
            List<EscalationStep> steps = new ArrayList<>();
            for (int l = 1; l <= level; l++) {
                LocalDate on = opened.plusDays((l - 1) * 14L);
                if (on.isAfter(today)) {
                    break;
                }
                steps.add(new EscalationStep(null, l, on, l == 1 ? "LAC administrator, host provider"
                        : l == 2 ? "Designated nurse, host area" : "Director of Nursing, host area",
                        "Date of the review health assessment, please", on.plusDays(14), null, null));
            }
            escalations.add(new Escalation(null, key, AssessmentType.RHA, opened, null, "Demo host area",
                    "Demo Community Health Trust", opened, null, null, steps));
        }
        // Passports and care leavers' summaries from a random of their own, so the rest of the demo stays as it was.
        SplittableRandom papers = new SplittableRandom(index * 7919L + 17);
        LocalDate passport = null;
        if (!assessments.isEmpty() && papers.nextInt(100) < 65) {
            LocalDate given = weekday(assessments.get(0).outcomeDate().plusDays(14 + papers.nextInt(120)));
            passport = given.isAfter(until) ? null : given;
        }
        LocalDate summary = null;
        if (end != null && !end.isBefore(AgeBand.birthday(born, 18)) && papers.nextInt(100) < 70) {
            summary = weekday(end.minusDays(papers.nextInt(40)));
        }
        // Most registered with one of the demo area's practices; some with none recorded yet.
        String practice = papers.nextInt(10) == 0 ? null : PRACTICES[papers.nextInt(PRACTICES.length)];
        Child child = new Child(key, laId, r.nextBoolean() ? Sex.MALE : Sex.FEMALE, born, uasc ? "OOTH" : "WBRI", null,
                GIVEN[r.nextInt(GIVEN.length)], "Demo", testNhsNumber(index + 1), "Demo Surgery", practice, null, nurse, uasc, null,
                false, passport, summary,
                "Demo data: an invented child", RecordSource.EXTRACT, 0);
        return new ChildCase(child, episodes, assessments, escalations, payments);
    }

    private static HealthAssessment assessment(long child, boolean iha, Outcome outcome, LocalDate date,
            LocalDate requested, boolean out, SplittableRandom r, boolean uasc) {
        DentalFindings dental = outcome != Outcome.COMPLETED ? DentalFindings.NONE : new DentalFindings(
                r.nextInt(10) < 8 ? YesNoUnknown.YES : YesNoUnknown.NO, "Demo Dental Practice",
                r.nextInt(10) < 7 ? date.minusDays(r.nextInt(330)) : null,
                r.nextInt(5) == 0 ? null : r.nextInt(6) == 0, null, null,
                r.nextInt(3) == 0 ? date.plusDays(20 + r.nextInt(120)) : null);
        UascReview review = null;
        if (uasc) {
            List<UascScreening> screening = new ArrayList<>();
            for (ScreeningItem item : ScreeningItem.values()) {
                ScreeningOutcome o = r.nextInt(6) == 0 ? ScreeningOutcome.PENDING
                        : r.nextInt(8) == 0 ? ScreeningOutcome.DECLINED : ScreeningOutcome.DONE;
                screening.add(new UascScreening(item, date, o));
            }
            review = new UascReview(true, "Demo language", "Demo country", date.minusDays(20 + r.nextInt(60)),
                    r.nextBoolean(), r.nextInt(5) == 0, true, true, r.nextInt(4) == 0, true, screening);
        }
        boolean late = iha ? false : r.nextInt(5) == 0;
        return new HealthAssessment(null, child, iha ? AssessmentType.IHA : AssessmentType.RHA, requested, outcome, date,
                null, outcome == Outcome.COMPLETED ? (iha ? "Dr Demo" : "Nurse Demo") : null,
                outcome == Outcome.COMPLETED ? (iha ? PractitionerRole.DOCTOR : PractitionerRole.NURSE) : null,
                out ? "Demo Community Health Trust" : "Demo Local Health Trust", out, null, null, null,
                outcome == Outcome.COMPLETED ? (r.nextInt(10) < 8 ? YesNoUnknown.YES : YesNoUnknown.NO) : null,
                outcome == Outcome.COMPLETED && r.nextInt(3) > 0 ? r.nextInt(41) : null,
                late ? DelayReason.PROVIDER_CAPACITY : null, null, dental, List.of(), review, RecordSource.MANUAL, 0);
    }

    /** Ages like a county's caseload: few babies, most between 5 and 17. */
    private static int pickAge(SplittableRandom r) {
        int p = r.nextInt(100);
        if (p < 5) {
            return 0;
        }
        if (p < 18) {
            return 1 + r.nextInt(4);
        }
        if (p < 37) {
            return 5 + r.nextInt(5);
        }
        if (p < 76) {
            return 10 + r.nextInt(6);
        }
        return 16 + r.nextInt(2);
    }

    private static LocalDate weekday(LocalDate d) {
        DayOfWeek day = d.getDayOfWeek();
        return day == DayOfWeek.SATURDAY ? d.plusDays(2) : day == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
    }
}
