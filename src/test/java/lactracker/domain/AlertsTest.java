package lactracker.domain;

import static lactracker.testdata.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import lactracker.testdata.CaseBuilder;
import lactracker.testdata.Calendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules.md section 7: which alerts a day raises, with their severity, date and order. */
class AlertsTest {
    private static final LocalDate JAN_9 = LocalDate.of(2017, 1, 9);   // IHA due 2017-02-06, request by 2017-01-16
    private static final DentalFindings CHECKED = new DentalFindings(YesNoUnknown.YES, "Fake Dental",
            LocalDate.of(2016, 12, 1), false, false, null, null);

    static List<Alert> alerts(ChildCase c, LocalDate today) {
        return Alerts.forDay(List.of(c), today, Settings.DEFAULTS, Calendars.englandAndWales());
    }

    static List<AlertKind> kinds(ChildCase c, LocalDate today) {
        return alerts(c, today).stream().map(Alert::kind).filter(k -> k != AlertKind.DENTAL_CHECK_OVERDUE).toList();
    }

    @ParameterizedTest(name = "request {0}, today {1}: request late {2}")
    @CsvSource(nullValues = "-", value = {
        "-,          2017-01-16, false",   // the last day of the window
        "-,          2017-01-17, true",
        "2017-01-12, 2017-01-17, false",
        "2017-01-18, 2017-01-17, true",    // received later than today: not yet known today
        "2017-01-18, 2017-01-18, false",   // late, but received: the alert is for chasing
    })
    void ihaRequestLateAfterTheRequestWindowWithNoRequest(LocalDate request, LocalDate today, boolean raised) {
        CaseBuilder b = aCase().enteredCareOn(JAN_9);
        if (request != null) {
            b.ihaRequestedOn(request);
        }
        assertThat(kinds(b.build(), today).contains(AlertKind.IHA_REQUEST_LATE)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "today {0}: {1}")
    @CsvSource(nullValues = "-", value = {
        "2017-01-27, -",              // 6 working days before the due date
        "2017-01-30, IHA_DUE_SOON",   // 5 working days before
        "2017-02-06, IHA_DUE_SOON",   // due today
        "2017-02-07, IHA_OVERDUE",
        "2017-06-30, IHA_OVERDUE",
    })
    void ihaDueSoonWithinFiveWorkingDaysThenOverdue(LocalDate today, AlertKind expected) {
        ChildCase c = aCase().enteredCareOn(JAN_9).ihaRequestedOn(LocalDate.of(2017, 1, 10)).build();
        List<AlertKind> k = kinds(c, today);
        assertThat(k).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void anIhaCompletedAfterTodayDoesNotCountToday() {
        ChildCase c = aCase().enteredCareOn(JAN_9).ihaRequestedAndCompleted(LocalDate.of(2017, 1, 10),
                LocalDate.of(2017, 2, 10)).build();

        assertThat(kinds(c, LocalDate.of(2017, 2, 9))).containsExactly(AlertKind.IHA_OVERDUE);
        assertThat(kinds(c, LocalDate.of(2017, 2, 10))).isEmpty();
    }

    @Test
    void overdueAlertSaysHowLateInWorkingDaysAndIsRed() {
        ChildCase c = aCase().withLaId("L1").enteredCareOn(JAN_9).ihaRequestedOn(LocalDate.of(2017, 1, 10)).build();

        Alert a = alerts(c, LocalDate.of(2017, 2, 13)).get(0);

        assertThat(a.kind()).isEqualTo(AlertKind.IHA_OVERDUE);
        assertThat(a.severity()).isEqualTo(Severity.RED);
        assertThat(a.dueDate()).isEqualTo(LocalDate.of(2017, 2, 6));
        assertThat(a.detail()).isEqualTo("IHA due 2017-02-06: 5 working days overdue");
        assertThat(a.laChildId()).isEqualTo("L1");
    }

    @ParameterizedTest(name = "today {0}: {1}")
    @CsvSource(nullValues = "-", value = {
        "2017-12-29, -",              // RHA due 2018-02-01: more than 20 working days away
        "2018-01-04, RHA_DUE_SOON",   // exactly 20 working days before
        "2018-02-01, RHA_DUE_SOON",
        "2018-02-02, RHA_OVERDUE",
    })
    void rhaDueSoonWithinTwentyWorkingDaysThenOverdue(LocalDate today, AlertKind expected) {
        ChildCase c = aCase().bornOn(LocalDate.of(2010, 1, 1)).enteredCareOn(JAN_9)
                .rhaCompletedOn(LocalDate.of(2017, 2, 1), CHECKED, YesNoUnknown.YES, 10).build();
        // the IHA: an RHA logged as the first assessment does not fulfil it, so log an IHA too
        ChildCase withIha = aCase().bornOn(LocalDate.of(2010, 1, 1)).enteredCareOn(JAN_9)
                .ihaCompletedOn(LocalDate.of(2017, 2, 1)).build();
        assertThat(kinds(withIha, today)).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
        assertThat(kinds(c, today)).contains(AlertKind.IHA_OVERDUE);
    }

    @ParameterizedTest(name = "response due 2018-03-01, today {0}, responded {1}: {2}")
    @CsvSource({
        "2018-03-01, false, false",
        "2018-03-02, false, true",
        "2018-03-02, true,  false",   // answered on 2018-02-20
    })
    void anEscalationStepPastItsResponseDateIsRed(LocalDate today, boolean responded, boolean raised) {
        CaseBuilder b = aCase().bornOn(LocalDate.of(2010, 1, 1)).enteredCareOn(JAN_9).placedOutOfCounty()
                .ihaCompletedOn(LocalDate.of(2017, 2, 1))
                .escalatedOn(LocalDate.of(2018, 2, 15), 1, LocalDate.of(2018, 3, 1));
        if (responded) {
            b.escalationAnsweredOn(LocalDate.of(2018, 2, 20));
        }
        ChildCase c = b.build();

        assertThat(kinds(c, today).contains(AlertKind.ESCALATION_STEP_DUE)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "today {0}: UASC review alert {1}")
    @CsvSource({
        "2017-05-01, false",   // IHA 2017-02-01: three months not yet passed
        "2017-05-02, true",
    })
    void aUascIhaWithAnIncompleteReviewAfterThreeMonthsIsAmber(LocalDate today, boolean raised) {
        UascReview pending = new UascReview(true, "Pashto", "Afghanistan", LocalDate.of(2016, 12, 1), false, true,
                true, true, false, true, List.of(
                        new UascScreening(ScreeningItem.TB, LocalDate.of(2017, 2, 1), ScreeningOutcome.DONE),
                        new UascScreening(ScreeningItem.HIV, LocalDate.of(2017, 2, 1), ScreeningOutcome.PENDING)));
        ChildCase c = aCase().uasc().enteredCareOn(JAN_9).ihaCompletedOn(LocalDate.of(2017, 2, 1), pending).build();

        assertThat(kinds(c, today).contains(AlertKind.UASC_REVIEW_INCOMPLETE)).isEqualTo(raised);
    }

    @Test
    void aCompleteUascReviewRaisesNothing() {
        List<UascScreening> all = java.util.Arrays.stream(ScreeningItem.values())
                .map(i -> new UascScreening(i, LocalDate.of(2017, 2, 1), ScreeningOutcome.DECLINED)).toList();
        UascReview done = new UascReview(true, "Tigrinya", "Eritrea", null, false, false, true, true, false, true, all);
        ChildCase c = aCase().uasc().enteredCareOn(JAN_9).ihaCompletedOn(LocalDate.of(2017, 2, 1), done).build();

        assertThat(kinds(c, LocalDate.of(2017, 6, 1))).doesNotContain(AlertKind.UASC_REVIEW_INCOMPLETE);
    }

    @ParameterizedTest(name = "last check {0}, today {1}: dental overdue {2}")
    @CsvSource(nullValues = "-", value = {
        "-,          2017-03-01, true",
        "2016-03-01, 2017-03-01, true",    // exactly 12 months: not after D minus 12 months
        "2016-03-02, 2017-03-01, false",
        "2017-03-02, 2017-03-01, true",    // dated after today: not yet known
    })
    void dentalCheckOverdueWithNoCheckInTheLastTwelveMonths(LocalDate lastCheck, LocalDate today, boolean raised) {
        CaseBuilder b = aCase().bornOn(LocalDate.of(2010, 1, 1)).enteredCareOn(JAN_9);
        if (lastCheck != null) {
            b.rhaCompletedOn(LocalDate.of(2017, 2, 1),
                    new DentalFindings(YesNoUnknown.YES, null, lastCheck, null, null, null, null), null, null);
        }
        List<Alert> a = alerts(b.build(), today);
        assertThat(a.stream().anyMatch(x -> x.kind() == AlertKind.DENTAL_CHECK_OVERDUE)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "follow-up {0}, today {1}: caries alert {2}")
    @CsvSource(nullValues = "-", value = {
        "-,          2017-05-01, false",   // RHA 2017-02-01 found caries: 3 months not yet passed
        "-,          2017-05-02, true",
        "2017-04-10, 2017-05-02, false",
        "2017-06-10, 2017-05-02, true",    // recorded for a later date: not yet known
    })
    void cariesWithNoFollowUpAfterThreeMonthsIsAmber(LocalDate followUp, LocalDate today, boolean raised) {
        DentalFindings caries = new DentalFindings(YesNoUnknown.YES, null, LocalDate.of(2017, 1, 20), true, true,
                LocalDate.of(2017, 2, 1), followUp);
        ChildCase c = aCase().bornOn(LocalDate.of(2010, 1, 1)).enteredCareOn(JAN_9)
                .ihaCompletedOn(LocalDate.of(2017, 1, 20)).rhaCompletedOn(LocalDate.of(2017, 2, 1), caries, null, null)
                .build();

        assertThat(kinds(c, today).contains(AlertKind.CARIES_NOT_FOLLOWED_UP)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "born {0}, today 2017-03-01: turning 18 {1}")
    @CsvSource({
        "1999-03-01, false",   // 18 today: no longer ahead
        "1999-03-02, true",
        "1999-06-01, true",    // exactly 3 months ahead
        "1999-06-02, false",
    })
    void turningEighteenWithinThreeMonthsIsInfo(LocalDate born, boolean raised) {
        ChildCase c = aCase().bornOn(born).enteredCareOn(LocalDate.of(2016, 1, 4))
                .ihaCompletedOn(LocalDate.of(2016, 1, 20)).rhaCompletedOn(LocalDate.of(2017, 1, 10)).build();

        List<Alert> a = alerts(c, LocalDate.of(2017, 3, 1));
        assertThat(a.stream().anyMatch(x -> x.kind() == AlertKind.TURNING_18 && x.severity() == Severity.INFO))
                .isEqualTo(raised);
    }

    @ParameterizedTest(name = "summary given {0}, today 2017-03-01: turning 18 {1}")
    @CsvSource({
        ",           true",    // not given: due
        "2017-02-20, false",   // given: no longer due
        "2017-03-01, false",   // given today
        "2017-03-02, true",    // recorded for a day still to come: not yet given as at today
    })
    void aSummaryGivenClearsTheTurningEighteenAlert(LocalDate given, boolean raised) {
        ChildCase c = aCase().bornOn(LocalDate.of(1999, 4, 1)).enteredCareOn(LocalDate.of(2016, 1, 4))
                .ihaCompletedOn(LocalDate.of(2016, 1, 20)).rhaCompletedOn(LocalDate.of(2017, 1, 10)).build();
        ChildCase withSummary = new ChildCase(c.child().withCareLeaverSummaryGiven(given), c.episodes(), c.assessments(),
                c.escalations(), c.payments());

        assertThat(kinds(withSummary, LocalDate.of(2017, 3, 1)).contains(AlertKind.TURNING_18)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "verified {0}: payment alert {1}")
    @CsvSource({"false, true", "true, false"})
    void anInvoiceNotCheckedAgainstTheEpisodesIsAmber(boolean verified, boolean raised) {
        ChildCase c = aCase().bornOn(LocalDate.of(2010, 1, 1)).enteredCareOn(JAN_9).placedOutOfCounty()
                .ihaCompletedOn(LocalDate.of(2017, 2, 1)).outOfAreaRhaCompletedOn(LocalDate.of(2017, 12, 1))
                .invoicedOn(LocalDate.of(2017, 12, 20), "320.00", verified).build();

        assertThat(kinds(c, LocalDate.of(2018, 1, 5)).contains(AlertKind.PAYMENT_UNVERIFIED)).isEqualTo(raised);
    }

    @Test
    void aChildNotLookedAfterThatDayRaisesNoAlert() {
        ChildCase c = aCase().enteredCareOn(JAN_9).leftCareOn(LocalDate.of(2017, 2, 10)).build();

        assertThat(alerts(c, LocalDate.of(2017, 2, 9))).isNotEmpty();
        assertThat(alerts(c, LocalDate.of(2017, 2, 10))).isEmpty();
        assertThat(alerts(c, LocalDate.of(2016, 12, 1))).isEmpty();
    }

    @Test
    void alertsAreOrderedBySeverityThenDueDateThenChild() {
        ChildCase b = aCase().withLaId("B").enteredCareOn(JAN_9).ihaRequestedOn(JAN_9).build();
        ChildCase a = aCase().withLaId("A").enteredCareOn(JAN_9).ihaRequestedOn(JAN_9).build();
        ChildCase older = aCase().withLaId("C").enteredCareOn(LocalDate.of(2016, 12, 19)).ihaRequestedOn(JAN_9).build();

        List<Alert> all = Alerts.forDay(List.of(b, a, older), LocalDate.of(2017, 2, 10), Settings.DEFAULTS,
                Calendars.englandAndWales());

        assertThat(all).extracting(x -> x.laChildId() + " " + x.kind()).containsExactly(
                "C IHA_OVERDUE", "A IHA_OVERDUE", "B IHA_OVERDUE",
                "A DENTAL_CHECK_OVERDUE", "B DENTAL_CHECK_OVERDUE", "C DENTAL_CHECK_OVERDUE");
    }
}
