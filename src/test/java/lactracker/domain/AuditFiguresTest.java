package lactracker.domain;

import static lactracker.testdata.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import lactracker.testdata.CaseBuilder;
import lactracker.testdata.Calendars;
import org.junit.jupiter.api.Test;

/** audit-sheet.md: every row id, worked out by hand for small cases. */
class AuditFiguresTest {
    private static final AuditPeriod Q4 = AuditPeriod.quarter("2016/17-Q4");   // 2017-01-01 to 2017-03-31
    private static final LocalDate END = LocalDate.of(2017, 3, 31);

    private static AuditSheet sheet(LocalDate asAt, ChildCase... cases) {
        return AuditFigures.compute(List.of(cases), Q4, asAt, Settings.DEFAULTS, Calendars.englandAndWales());
    }

    private static AuditSheet sheet(ChildCase... cases) {
        return sheet(END, cases);
    }

    private static String figure(AuditSheet s, String id) {
        AuditRow r = s.row(id);
        return r.numerator() + "/" + r.denominator() + " " + r.percent();
    }

    @Test
    void everyRowOfTheSpecificationIsThereInOrderWithStableIds() {
        AuditSheet s = sheet();
        assertThat(s.rows()).extracting(AuditRow::id).containsSubsequence("lac_at_end", "lac_age_under1", "lac_age_1_4",
                "lac_age_5_9", "lac_age_10_15", "lac_age_16_plus", "lac_out_of_county", "lac_placement_unknown",
                "uasc_at_end", "care_leavers_at_end", "iha_request_timely", "iha_on_time", "iha_on_time_in_county",
                "iha_on_time_out_of_county", "rha_on_time", "rha_on_time_in_county", "rha_on_time_out_of_county",
                "iha_overdue_at_end", "rha_overdue_at_end", "ha_up_to_date", "immunisations_up_to_date",
                "dental_check_up_to_date", "sdq_recorded", "dental_caries_recorded", "dental_caries_found",
                "dental_caries_followed_up", "uasc_iha_on_time", "uasc_review_complete", "escalations_open_at_end",
                "out_of_area_payments");
    }

    @Test
    void withNoChildrenEveryRateIsBlankNotZero() {
        AuditSheet s = sheet();
        assertThat(s.rows()).allSatisfy(r -> {
            assertThat(r.numerator()).isZero();
            assertThat(r.percent()).isNull();
        });
        assertThat(s.row("iha_on_time").denominator()).isZero();
        assertThat(s.row("lac_at_end").denominator()).isNull();
    }

    @Test
    void childrenLookedAfterAtPeriodEndByAgePlacementAndUasc() {
        ChildCase baby = aCase().bornOn(LocalDate.of(2016, 6, 1)).enteredCareOn(LocalDate.of(2016, 9, 5)).build();
        ChildCase four = aCase().bornOn(LocalDate.of(2012, 4, 1)).placedOutOfCounty()
                .enteredCareOn(LocalDate.of(2016, 9, 5)).build();
        ChildCase fiveToday = aCase().bornOn(LocalDate.of(2012, 3, 31)).placedUnknown()
                .enteredCareOn(LocalDate.of(2016, 9, 5)).build();
        ChildCase uascTeen = aCase().bornOn(LocalDate.of(2001, 1, 1)).uasc().enteredCareOn(LocalDate.of(2016, 9, 5)).build();
        ChildCase leftOnEnd = aCase().bornOn(LocalDate.of(2008, 1, 1)).enteredCareOn(LocalDate.of(2016, 9, 5))
                .leftCareOn(END).build();

        AuditSheet s = sheet(baby, four, fiveToday, uascTeen, leftOnEnd);

        assertThat(s.row("lac_at_end").numerator()).isEqualTo(4);
        assertThat(s.row("lac_age_under1").numerator()).isEqualTo(1);
        assertThat(s.row("lac_age_1_4").numerator()).isEqualTo(1);
        assertThat(s.row("lac_age_5_9").numerator()).as("5 on the last day").isEqualTo(1);
        assertThat(s.row("lac_age_10_15").numerator()).isZero();
        assertThat(s.row("lac_age_16_plus").numerator()).isEqualTo(1);
        assertThat(figure(s, "lac_out_of_county")).isEqualTo("1/4 25.0");
        assertThat(figure(s, "lac_placement_unknown")).isEqualTo("1/4 25.0");
        assertThat(figure(s, "uasc_at_end")).isEqualTo("1/4 25.0");
        assertThat(s.row("lac_at_end").subjects()).extracting(AuditSubject::childId)
                .doesNotContain(leftOnEnd.child().id());
    }

    @Test
    void careLeaversAgedEighteenToTwentyFiveAtPeriodEnd() {
        ChildCase leftAt18 = aCase().bornOn(LocalDate.of(1998, 6, 1)).enteredCareOn(LocalDate.of(2014, 1, 6))
                .leftCareOn(LocalDate.of(2016, 6, 1)).build();
        ChildCase leftE17At17 = aCase().bornOn(LocalDate.of(1999, 9, 1)).enteredCareOn(LocalDate.of(2014, 1, 6))
                .leftCareOn(LocalDate.of(2016, 12, 1), "E17").build();
        ChildCase twentyFive = aCase().bornOn(LocalDate.of(1992, 3, 31)).enteredCareOn(LocalDate.of(2008, 1, 7))
                .leftCareOn(LocalDate.of(2010, 3, 31)).build();

        assertThat(sheet(leftAt18, leftE17At17, twentyFive).row("care_leavers_at_end").numerator())
                .as("the E17 leaver is 17 at period end; the other turned 25 on it").isEqualTo(1);
    }

    @Test
    void ihaRequestsAndIhasDueInThePeriod() {
        // Care from 2017-01-09: request due by 2017-01-16, IHA due 2017-02-06.
        ChildCase onTimeIn = aCase().enteredCareOn(LocalDate.of(2017, 1, 9))
                .ihaRequestedAndCompleted(LocalDate.of(2017, 1, 12), LocalDate.of(2017, 2, 6)).build();
        ChildCase lateOut = aCase().placedOutOfCounty().enteredCareOn(LocalDate.of(2017, 1, 9))
                .ihaRequestedAndCompleted(LocalDate.of(2017, 1, 20), LocalDate.of(2017, 2, 20)).build();
        ChildCase notDoneUasc = aCase().uasc().enteredCareOn(LocalDate.of(2017, 1, 9)).build();
        ChildCase leftBeforeDue = aCase().enteredCareOn(LocalDate.of(2017, 1, 9)).leftCareOn(LocalDate.of(2017, 1, 30))
                .build();
        ChildCase dueNextQuarter = aCase().enteredCareOn(LocalDate.of(2017, 3, 20))
                .ihaRequestedOn(LocalDate.of(2017, 3, 21)).build();

        AuditSheet s = sheet(onTimeIn, lateOut, notDoneUasc, leftBeforeDue, dueNextQuarter);

        // started in the period and need an IHA: all but the one who left before the due date
        assertThat(figure(s, "iha_request_timely")).isEqualTo("2/4 50.0");
        // due in the period and required: onTimeIn, lateOut, notDoneUasc
        assertThat(figure(s, "iha_on_time")).isEqualTo("1/3 33.3");
        assertThat(figure(s, "iha_on_time_in_county")).isEqualTo("1/2 50.0");
        assertThat(figure(s, "iha_on_time_out_of_county")).isEqualTo("0/1 0.0");
        assertThat(figure(s, "uasc_iha_on_time")).isEqualTo("0/1 0.0");
        assertThat(s.row("iha_overdue_at_end").numerator()).isEqualTo(1);
        assertThat(s.row("iha_on_time").subjects()).filteredOn(AuditSubject::counted)
                .extracting(AuditSubject::childId).containsExactly(onTimeIn.child().id());
    }

    @Test
    void rhasDueInThePeriodAndThoseOverdueAtItsEnd() {
        // IHAs in early 2016, at age 10: RHAs due a year later, in the quarter.
        ChildCase onTime = aCase().bornOn(LocalDate.of(2006, 1, 1)).enteredCareOn(LocalDate.of(2016, 1, 4))
                .ihaCompletedOn(LocalDate.of(2016, 1, 20)).rhaCompletedOn(LocalDate.of(2017, 1, 15)).build();
        ChildCase late = aCase().bornOn(LocalDate.of(2006, 1, 1)).placedOutOfCounty()
                .enteredCareOn(LocalDate.of(2016, 1, 4)).ihaCompletedOn(LocalDate.of(2016, 2, 1))
                .rhaCompletedOn(LocalDate.of(2017, 3, 10)).build();
        ChildCase open = aCase().bornOn(LocalDate.of(2006, 1, 1)).enteredCareOn(LocalDate.of(2016, 1, 4))
                .ihaCompletedOn(LocalDate.of(2016, 3, 1)).build();

        AuditSheet s = sheet(onTime, late, open);

        assertThat(figure(s, "rha_on_time")).isEqualTo("1/3 33.3");
        assertThat(figure(s, "rha_on_time_in_county")).isEqualTo("1/2 50.0");
        assertThat(figure(s, "rha_on_time_out_of_county")).isEqualTo("0/1 0.0");
        assertThat(s.row("rha_overdue_at_end").numerator()).isEqualTo(1);
        assertThat(s.row("iha_overdue_at_end").numerator()).isZero();
    }

    @Test
    void theTwelveMonthCohortHealthImmunisationsDentalAndSdq() {
        DentalFindings checked = new DentalFindings(YesNoUnknown.YES, null, LocalDate.of(2016, 11, 1), false, null,
                null, null);
        DentalFindings oldCheck = new DentalFindings(YesNoUnknown.YES, null, LocalDate.of(2016, 3, 31), null, null,
                null, null);
        ChildCase allDone = aCase().bornOn(LocalDate.of(2008, 1, 1)).enteredCareOn(LocalDate.of(2015, 1, 5))
                .ihaCompletedOn(LocalDate.of(2015, 2, 1))
                .rhaCompletedOn(LocalDate.of(2016, 12, 1), checked, YesNoUnknown.YES, 14).build();
        ChildCase oldAssessment = aCase().bornOn(LocalDate.of(2014, 1, 1)).enteredCareOn(LocalDate.of(2015, 1, 5))
                .ihaCompletedOn(LocalDate.of(2015, 2, 1))
                .rhaCompletedOn(LocalDate.of(2016, 3, 31), oldCheck, YesNoUnknown.YES, null).build();
        ChildCase notLongEnough = aCase().enteredCareOn(LocalDate.of(2016, 4, 1)).build();

        AuditSheet s = sheet(allDone, oldAssessment, notLongEnough);

        // cohort: allDone and oldAssessment (in care since 2015); 2016-03-31 is not after 2016-03-31
        assertThat(figure(s, "ha_up_to_date")).isEqualTo("1/2 50.0");
        assertThat(figure(s, "immunisations_up_to_date")).isEqualTo("1/2 50.0");
        assertThat(figure(s, "dental_check_up_to_date")).isEqualTo("1/2 50.0");
        // aged 4-16: allDone is 9; oldAssessment is 3
        assertThat(figure(s, "sdq_recorded")).isEqualTo("1/1 100.0");
    }

    @Test
    void theDentalCariesAuditOverRhasCompletedInThePeriod() {
        LocalDate rha = LocalDate.of(2017, 2, 1);
        ChildCase notRecorded = rhaWith(rha, null, null);
        ChildCase noCaries = rhaWith(rha, false, null);
        ChildCase cariesFollowed = rhaWith(rha, true, LocalDate.of(2017, 3, 15));
        ChildCase cariesFollowedAfterEnd = rhaWith(rha, true, LocalDate.of(2017, 5, 10));

        AuditSheet atEnd = sheet(notRecorded, noCaries, cariesFollowed, cariesFollowedAfterEnd);
        assertThat(figure(atEnd, "dental_caries_recorded")).isEqualTo("3/4 75.0");
        assertThat(figure(atEnd, "dental_caries_found")).isEqualTo("2/3 66.7");
        assertThat(figure(atEnd, "dental_caries_followed_up")).isEqualTo("1/2 50.0");

        AuditSheet later = sheet(LocalDate.of(2017, 6, 30), notRecorded, noCaries, cariesFollowed, cariesFollowedAfterEnd);
        assertThat(figure(later, "dental_caries_followed_up")).as("a later as-at date gives follow-ups time")
                .isEqualTo("2/2 100.0");
    }

    private static ChildCase rhaWith(LocalDate done, Boolean caries, LocalDate followUp) {
        return aCase().bornOn(LocalDate.of(2008, 1, 1)).enteredCareOn(LocalDate.of(2015, 1, 5))
                .ihaCompletedOn(LocalDate.of(2015, 2, 1))
                .rhaCompletedOn(done, new DentalFindings(YesNoUnknown.YES, null, done, caries,
                        caries, null, followUp), YesNoUnknown.YES, null).build();
    }

    @Test
    void uascReviewsOfIhasCompletedInThePeriod() {
        List<UascScreening> allDone = Arrays.stream(ScreeningItem.values())
                .map(i -> new UascScreening(i, LocalDate.of(2017, 2, 1), ScreeningOutcome.DONE)).toList();
        UascReview complete = new UascReview(true, "Arabic", "Sudan", null, true, false, true, true, false, true, allDone);
        UascReview partial = new UascReview(true, "Arabic", "Sudan", null, true, false, true, true, false, true,
                allDone.subList(0, 4));
        ChildCase a = aCase().uasc().enteredCareOn(LocalDate.of(2017, 1, 9))
                .ihaCompletedOn(LocalDate.of(2017, 2, 1), complete).build();
        ChildCase b = aCase().uasc().enteredCareOn(LocalDate.of(2017, 1, 9))
                .ihaCompletedOn(LocalDate.of(2017, 2, 1), partial).build();

        assertThat(figure(sheet(a, b), "uasc_review_complete")).isEqualTo("1/2 50.0");
    }

    @Test
    void escalationsOpenAtPeriodEndByTheirHighestLevel() {
        ChildCase one = aCase().placedOutOfCounty().enteredCareOn(LocalDate.of(2016, 1, 4))
                .escalatedOn(LocalDate.of(2017, 3, 1), 2, LocalDate.of(2017, 3, 15)).build();
        ChildCase two = aCase().placedOutOfCounty().enteredCareOn(LocalDate.of(2016, 1, 4))
                .escalatedOn(LocalDate.of(2017, 3, 10), 1, LocalDate.of(2017, 3, 24)).build();
        ChildCase afterEnd = aCase().placedOutOfCounty().enteredCareOn(LocalDate.of(2016, 1, 4))
                .escalatedOn(LocalDate.of(2017, 4, 3), 1, LocalDate.of(2017, 4, 18)).build();

        AuditSheet s = sheet(LocalDate.of(2017, 6, 30), one, two, afterEnd);

        assertThat(s.row("escalations_open_at_end").numerator()).isEqualTo(2);
        assertThat(s.row("escalations_open_at_end_level_1").numerator()).isEqualTo(1);
        assertThat(s.row("escalations_open_at_end_level_2").numerator()).isEqualTo(1);
        assertThat(s.row("escalations_open_at_end_level_3").numerator()).isZero();
    }

    @Test
    void outOfAreaPaymentsInvoicedInThePeriodWithTotalVerifiedAndPaid() {
        ChildCase a = aCase().bornOn(LocalDate.of(2008, 1, 1)).placedOutOfCounty().enteredCareOn(LocalDate.of(2016, 1, 4))
                .outOfAreaRhaCompletedOn(LocalDate.of(2017, 1, 10)).invoicedOn(LocalDate.of(2017, 2, 1), "320.50", true)
                .build();
        ChildCase b = aCase().bornOn(LocalDate.of(2008, 1, 1)).placedOutOfCounty().enteredCareOn(LocalDate.of(2016, 1, 4))
                .outOfAreaRhaCompletedOn(LocalDate.of(2017, 2, 10)).invoicedOn(LocalDate.of(2017, 3, 1), "300.00", false)
                .build();
        ChildCase nextQuarter = aCase().bornOn(LocalDate.of(2008, 1, 1)).placedOutOfCounty()
                .enteredCareOn(LocalDate.of(2016, 1, 4)).outOfAreaRhaCompletedOn(LocalDate.of(2017, 3, 10))
                .invoicedOn(LocalDate.of(2017, 4, 5), "300.00", false).build();

        AuditSheet s = sheet(LocalDate.of(2017, 6, 30), a, b, nextQuarter);

        assertThat(s.row("out_of_area_payments").numerator()).isEqualTo(2);
        assertThat(s.row("out_of_area_payments").amount()).isEqualByComparingTo(new BigDecimal("620.50"));
        assertThat(figure(s, "out_of_area_payments_verified")).isEqualTo("1/2 50.0");
        assertThat(figure(s, "out_of_area_payments_paid")).isEqualTo("0/2 0.0");
    }

    @Test
    void recordsDatedAfterTheAsAtDateAreLeftOut() {
        ChildCase c = aCase().enteredCareOn(LocalDate.of(2017, 1, 9))
                .ihaRequestedAndCompleted(LocalDate.of(2017, 1, 10), LocalDate.of(2017, 2, 1)).build();

        assertThat(figure(sheet(LocalDate.of(2017, 1, 31), c), "iha_on_time")).isEqualTo("0/1 0.0");
        assertThat(figure(sheet(END, c), "iha_on_time")).isEqualTo("1/1 100.0");
    }

    /**
     * audit-sheet.md, immunisations_up_to_date: several assessments completed on the latest day, the one
     * saved last decides, whatever order they come in.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "saved first says {0}, saved last says {1}: up to date {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "YES, NO,  false",
        "NO,  YES, true",
        "YES, YES, true",
    })
    void onATieTheAssessmentSavedLastDecidesImmunisations(YesNoUnknown first, YesNoUnknown last, boolean upToDate) {
        LocalDate day = LocalDate.of(2016, 12, 1);
        ChildCase c = aCase().bornOn(LocalDate.of(2008, 1, 1)).enteredCareOn(LocalDate.of(2015, 1, 5))
                .ihaCompletedOn(LocalDate.of(2015, 2, 1))
                .rhaCompletedOn(day, DentalFindings.NONE, first, null)
                .rhaCompletedOn(day, DentalFindings.NONE, last, null).build();
        List<HealthAssessment> reversed = new java.util.ArrayList<>(c.assessments());
        java.util.Collections.reverse(reversed);
        ChildCase reversedOrder = new ChildCase(c.child(), c.episodes(), reversed, c.escalations(), c.payments());

        String expected = upToDate ? "1/1 100.0" : "0/1 0.0";
        assertThat(figure(sheet(c), "immunisations_up_to_date")).isEqualTo(expected);
        assertThat(figure(sheet(reversedOrder), "immunisations_up_to_date")).isEqualTo(expected);
    }

    /**
     * audit-sheet.md, iha_request_timely: a period whose request window (5 working days: care from
     * 2017-03-20, window to 2017-03-27) is still open at the as-at date with no request is not late yet.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "as at {0}, request {1}: {2}")
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "-", value = {
        "2017-03-24, -,          0/0",   // window open, no request yet: left out
        "2017-03-27, -,          0/0",   // the window's last day: still open
        "2017-03-28, -,          0/1",   // window closed without a request: late
        "2017-03-24, 2017-03-22, 1/1",   // a request already in: counted
        "2017-03-31, 2017-03-29, 0/1",   // a late request
    })
    void aRequestWindowStillOpenAtTheAsAtDateIsNotLateYet(LocalDate asAt, LocalDate request, String figure) {
        CaseBuilder b = aCase().enteredCareOn(LocalDate.of(2017, 3, 20));
        ChildCase c = (request == null ? b : b.ihaRequestedOn(request)).build();

        AuditRow row = sheet(asAt, c).row("iha_request_timely");
        assertThat(row.numerator() + "/" + row.denominator()).isEqualTo(figure);
    }

    @Test
    void severalPeriodsTalliedInOnePassAreEachAsTalliedAlone() {
        // The Team overview's seven quarters (and the audit's two periods) in one pass, each case cut back
        // from quarter to quarter, give what each quarter tallied on its own gives, children and all.
        List<ChildCase> cases = new java.util.ArrayList<>();
        for (long seed = 1; seed <= 400; seed++) {
            cases.add(lactracker.testdata.RandomCases.from(seed));
        }
        var calendar = Calendars.englandAndWales();
        List<AuditFigures.Tallied> wanted = new java.util.ArrayList<>();
        AuditPeriod q = AuditPeriod.quarterOf(LocalDate.of(2017, 8, 15));
        wanted.add(new AuditFigures.Tallied(AuditPeriod.between(q.from(), LocalDate.of(2017, 8, 15)), LocalDate.of(2017, 8, 15), true));
        for (int i = 0; i < 6; i++) {
            q = q.previous();
            wanted.add(new AuditFigures.Tallied(q, q.to(), i % 2 == 0));
        }

        List<AuditFigures.Part> together = AuditFigures.parts(cases, wanted, Settings.DEFAULTS, calendar);

        for (int i = 0; i < wanted.size(); i++) {
            var w = wanted.get(i);
            AuditSheet alone = AuditFigures.compute(cases, w.period(), w.asAt(), Settings.DEFAULTS, calendar, w.detail());
            assertThat(AuditFigures.sheet(together.get(i), w.period(), w.asAt(), Settings.DEFAULTS)).isEqualTo(alone);
            assertThat(alone.row("iha_on_time").denominator()).as(w.period().label()).isPositive();
        }
    }
}
