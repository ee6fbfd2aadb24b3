package lactracker.domain;

import static lactracker.testdata.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import lactracker.testdata.Calendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules.md section 3: the IHA of each period of care and the chain of RHAs after it. */
class DutiesTest {
    private static final LocalDate JAN_9 = LocalDate.of(2017, 1, 9);

    static List<Duty> duties(ChildCase c) {
        return Duties.of(c, CareHistory.of(c.episodes()), Settings.DEFAULTS, Calendars.englandAndWales());
    }

    @ParameterizedTest(name = "care from {0}: IHA due {1}, request timely until {2}")
    @CsvSource({
        "2017-01-09, 2017-02-06, 2017-01-16",   // rules.md example
        "2016-12-19, 2017-01-19, 2016-12-28",   // rules.md example, over Christmas and New Year
        "2017-01-07, 2017-02-03, 2017-01-13",   // a start on a Saturday
        "2017-04-14, 2017-05-16, 2017-04-24",   // a start on Good Friday: Easter Monday and 1 May skipped
        "2018-12-24, 2019-01-24, 2019-01-03",   // Christmas 2018 and New Year
    })
    void ihaIsDueTwentyWorkingDaysAfterThePeriodStarts(LocalDate start, LocalDate due, LocalDate requestBy) {
        Duty iha = duties(aCase().enteredCareOn(start).build()).get(0);

        assertThat(iha.type()).isEqualTo(AssessmentType.IHA);
        assertThat(iha.dueDate()).isEqualTo(due);
        assertThat(iha.requestDeadline()).isEqualTo(requestBy);
        assertThat(iha.required()).isTrue();
        assertThat(iha.open()).isTrue();
    }

    @ParameterizedTest(name = "IHA completed {0}: on time {1}")
    @CsvSource({
        "2017-01-20, true",
        "2017-02-06, true",    // on the due date itself
        "2017-02-07, false",
        "2017-03-30, false",
    })
    void ihaIsOnTimeWhenCompletedOnOrBeforeItsDueDate(LocalDate completed, boolean onTime) {
        Duty iha = duties(aCase().enteredCareOn(JAN_9).ihaCompletedOn(completed).build()).get(0);

        assertThat(iha.done()).isTrue();
        assertThat(iha.completedOn()).isEqualTo(completed);
        assertThat(iha.onTime()).isEqualTo(onTime);
    }

    @ParameterizedTest(name = "left care {0}: IHA required {1}")
    @CsvSource({
        "2017-02-05, false",   // the day before the due date
        "2017-02-06, false",   // on the due date: ended on or before it
        "2017-02-07, true",    // the day after: still required, and overdue
    })
    void ihaIsNotRequiredWhenThePeriodEndsOnOrBeforeItsDueDate(LocalDate left, boolean required) {
        Duty iha = duties(aCase().enteredCareOn(JAN_9).leftCareOn(left).build()).get(0);

        assertThat(iha.required()).isEqualTo(required);
        if (!required) {
            assertThat(iha.notRequired()).isEqualTo(NotRequiredReason.PERIOD_ENDED_BEFORE_DUE);
        } else {
            assertThat(iha.overdueOn(LocalDate.of(2017, 2, 7))).isTrue();
        }
    }

    @Test
    void anIhaDoneBeforeTheChildLeftIsStillCounted() {
        Duty iha = duties(aCase().enteredCareOn(JAN_9).ihaCompletedOn(LocalDate.of(2017, 1, 25))
                .leftCareOn(LocalDate.of(2017, 2, 1)).build()).get(0);

        assertThat(iha.required()).isTrue();
        assertThat(iha.onTime()).isTrue();
    }

    @ParameterizedTest(name = "assessed {0} before re-entry on 2017-05-15: IHA stands {1}")
    @CsvSource({
        "2017-05-14, true",
        "2017-02-15, true",    // exactly 3 months before
        "2017-02-14, false",   // a day more than 3 months before
    })
    void anAssessmentInTheThreeMonthsBeforeThePeriodStandsAsTheIha(LocalDate assessed, boolean stands) {
        ChildCase c = aCase().bornOn(LocalDate.of(2008, 1, 1))
                .enteredCareOn(LocalDate.of(2016, 1, 4)).ihaCompletedOn(LocalDate.of(2016, 1, 20))
                .rhaCompletedOn(assessed)
                .leftCareOn(LocalDate.of(2017, 5, 1))
                .enteredCareOn(LocalDate.of(2017, 5, 15))
                .build();

        List<Duty> secondPeriod = duties(c).stream()
                .filter(d -> d.period().start().equals(LocalDate.of(2017, 5, 15))).toList();

        Duty iha = secondPeriod.get(0);
        if (stands) {
            assertThat(iha.notRequired()).isEqualTo(NotRequiredReason.ASSESSED_BEFORE_PERIOD);
            assertThat(iha.anchor().completedOn()).isEqualTo(assessed);
            assertThat(secondPeriod.get(1).dueDate()).as("reviews run from it").isEqualTo(assessed.plusMonths(12));
        } else {
            assertThat(iha.required()).isTrue();
            assertThat(secondPeriod).hasSize(1);
        }
    }

    @Test
    void aClinicianCanRecordThatTheIhaIsNotRequired() {
        Duty iha = duties(aCase().enteredCareOn(JAN_9).ihaNotRequiredOn(LocalDate.of(2017, 1, 12)).build()).get(0);

        assertThat(iha.notRequired()).isEqualTo(NotRequiredReason.CLINICIAN_DECISION);
    }

    @Test
    void anIhaRuledNotRequiredAfterItsDueDateWasOwedUntilTheRuling() {
        ChildCase c = aCase().enteredCareOn(JAN_9).ihaNotRequiredOn(LocalDate.of(2017, 3, 1)).build();
        LocalDate before = LocalDate.of(2017, 2, 20);

        Duty then = duties(c.asAt(before)).get(0);
        Duty now = duties(c).get(0);

        assertThat(then.dueDate()).isEqualTo(LocalDate.of(2017, 2, 6));
        assertThat(then.overdueOn(before)).isTrue();
        assertThat(now.notRequired()).isEqualTo(NotRequiredReason.CLINICIAN_DECISION);
    }

    @ParameterizedTest(name = "born {0}, assessed {1}: next RHA due {2}")
    @CsvSource({
        "2012-06-15, 2017-05-14, 2017-11-14",   // 4 years 11 months: 6 months
        "2012-06-15, 2017-06-15, 2018-06-15",   // 5 years 0 months, on the 5th birthday: 12 months
        "2012-06-15, 2017-06-14, 2017-12-14",   // the day before the 5th birthday: 6 months
        "2016-08-31, 2017-02-28, 2017-08-28",   // a baby: 6 months
        "2005-03-31, 2016-08-31, 2017-08-31",   // 11 years: 12 months
    })
    void nextRhaIsDueSixMonthsAfterAnAssessmentUnderFiveElseTwelve(LocalDate born, LocalDate assessed, LocalDate due) {
        ChildCase c = aCase().bornOn(born).enteredCareOn(assessed.minusDays(20)).ihaCompletedOn(assessed).build();

        Duty rha = duties(c).get(1);

        assertThat(rha.type()).isEqualTo(AssessmentType.RHA);
        assertThat(rha.dueDate()).isEqualTo(due);
    }

    @Test
    void sixMonthsFromTheEndOfAugustIsTheEndOfFebruary() {
        ChildCase c = aCase().bornOn(LocalDate.of(2015, 1, 1)).enteredCareOn(LocalDate.of(2016, 8, 1))
                .ihaCompletedOn(LocalDate.of(2016, 8, 31)).build();

        assertThat(duties(c).get(1).dueDate()).isEqualTo(LocalDate.of(2017, 2, 28)); // rules.md example
    }

    @ParameterizedTest(name = "RHA done {0}: on time {1}, next due {2}")
    @CsvSource({
        "2017-12-01, true,  2018-12-01",   // early: the next runs from the early date
        "2018-02-01, true,  2019-02-01",   // on the due date
        "2018-03-01, false, 2019-03-01",   // late: the next runs from the late date
    })
    void eachRhaRunsFromTheDateTheLastOneWasDone(LocalDate done, boolean onTime, LocalDate nextDue) {
        ChildCase c = aCase().bornOn(LocalDate.of(2010, 1, 1)).enteredCareOn(LocalDate.of(2017, 1, 9))
                .ihaCompletedOn(LocalDate.of(2017, 2, 1)).rhaCompletedOn(done).build();

        List<Duty> d = duties(c);

        assertThat(d).extracting(Duty::type).containsExactly(AssessmentType.IHA, AssessmentType.RHA, AssessmentType.RHA);
        assertThat(d.get(1).dueDate()).isEqualTo(LocalDate.of(2018, 2, 1));
        assertThat(d.get(1).onTime()).isEqualTo(onTime);
        assertThat(d.get(2).dueDate()).isEqualTo(nextDue);
        assertThat(d.get(2).open()).isTrue();
    }

    @Test
    void withoutACompletedIhaNoRhaIsScheduled() {
        assertThat(duties(aCase().enteredCareOn(JAN_9).build())).extracting(Duty::type)
                .containsExactly(AssessmentType.IHA);
    }

    @Test
    void aRefusedIhaKeepsTheDutyOpenUntilItIsCompleted() {
        ChildCase refusedOnly = aCase().enteredCareOn(JAN_9).ihaRefusedOn(LocalDate.of(2017, 1, 20)).build();
        Duty open = duties(refusedOnly).get(0);
        assertThat(open.done()).isFalse();
        assertThat(open.onTime()).isFalse();
        assertThat(open.attempts()).hasSize(1);
        assertThat(open.overdueOn(LocalDate.of(2017, 2, 7))).isTrue();

        ChildCase laterDone = aCase().enteredCareOn(JAN_9).ihaRefusedOn(LocalDate.of(2017, 1, 20))
                .ihaCompletedOn(LocalDate.of(2017, 2, 20)).build();
        Duty done = duties(laterDone).get(0);
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2017, 2, 20));
        assertThat(done.onTime()).isFalse();
        assertThat(done.attempts()).extracting(HealthAssessment::outcome).containsExactly(Outcome.REFUSED);
    }

    @Test
    void aMissedRhaAppointmentIsAnAttemptNotACompletion() {
        ChildCase c = aCase().bornOn(LocalDate.of(2010, 1, 1)).enteredCareOn(JAN_9)
                .ihaCompletedOn(LocalDate.of(2017, 2, 1)).rhaDidNotAttendOn(LocalDate.of(2018, 1, 25)).build();

        Duty rha = duties(c).get(1);

        assertThat(rha.open()).isTrue();
        assertThat(rha.attempts()).extracting(HealthAssessment::outcome).containsExactly(Outcome.DID_NOT_ATTEND);
    }

    @ParameterizedTest(name = "left care {0}: RHA due 2018-02-01 required {1}")
    @CsvSource({
        "2018-01-31, false",
        "2018-02-01, false",   // a period that ends on the due date does not count
        "2018-02-02, true",
    })
    void anRhaIsRequiredOnlyIfTheChildIsLookedAfterOnItsDueDate(LocalDate left, boolean required) {
        ChildCase c = aCase().bornOn(LocalDate.of(2010, 1, 1)).enteredCareOn(JAN_9)
                .ihaCompletedOn(LocalDate.of(2017, 2, 1)).leftCareOn(left).build();

        Duty rha = duties(c).get(1);

        assertThat(rha.required()).isEqualTo(required);
        if (!required) {
            assertThat(rha.notRequired()).isEqualTo(NotRequiredReason.NOT_LOOKED_AFTER_ON_DUE_DATE);
        }
    }

    @Test
    void reEnteringCareStartsANewIhaAndANewChain() {
        ChildCase c = aCase().bornOn(LocalDate.of(2010, 1, 1)).enteredCareOn(JAN_9)
                .ihaCompletedOn(LocalDate.of(2017, 2, 1)).leftCareOn(LocalDate.of(2017, 4, 1))
                .enteredCareOn(LocalDate.of(2017, 11, 6)).build();

        List<Duty> d = duties(c);

        assertThat(d).extracting(Duty::type, Duty::dueDate).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AssessmentType.IHA, LocalDate.of(2017, 2, 6)),
                org.assertj.core.groups.Tuple.tuple(AssessmentType.RHA, LocalDate.of(2018, 2, 1)),
                org.assertj.core.groups.Tuple.tuple(AssessmentType.IHA, LocalDate.of(2017, 12, 4)));
        assertThat(d.get(1).required()).as("left before the first RHA").isFalse();
        assertThat(d.get(2).open()).isTrue();
    }

    @Test
    void aChangeOfPlacementDoesNotStartANewPeriod() {
        ChildCase c = aCase().enteredCareOn(JAN_9).movedOn(LocalDate.of(2017, 1, 20)).build();

        assertThat(duties(c)).hasSize(1);
    }

    @Test
    void shortBreaksOwnNoDuty() {
        ChildCase c = aCase().shortBreakFrom(JAN_9, LocalDate.of(2017, 1, 12)).build();

        assertThat(duties(c)).isEmpty();
    }

    @Test
    void aPeriodWhoseStartIsBeforeTheExtractOwesNoIhaButReviewsFromItsFirstAssessment() {
        ChildCase c = aCase().bornOn(LocalDate.of(2010, 1, 1)).alreadyInCareFrom(JAN_9)
                .rhaCompletedOn(LocalDate.of(2017, 3, 1)).build();

        // the assessment of 2017-03-01 is where the chain starts, not a duty of its own
        assertThat(duties(c)).extracting(Duty::type, Duty::dueDate).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AssessmentType.RHA, LocalDate.of(2018, 3, 1)));
    }

    @Test
    void aChildWhoMovesFromShortBreaksIntoFullCareOwesAnIha() {
        ChildCase c = aCase().shortBreakFrom(LocalDate.of(2016, 6, 1), JAN_9).newEpisodeOn(JAN_9, "L").build();

        Duty iha = duties(c).get(0);
        assertThat(iha.type()).isEqualTo(AssessmentType.IHA);
        assertThat(iha.dueDate()).isEqualTo(LocalDate.of(2017, 2, 6));
        assertThat(iha.overdueOn(LocalDate.of(2017, 2, 7))).isTrue();
    }

    @Test
    void anEpisodeOnTheDayAfterAReturnedHomeRecKeepsThePeriodAndItsDuties() {
        ChildCase c = aCase().bornOn(LocalDate.of(2010, 1, 1)).enteredCareOn(JAN_9)
                .ihaCompletedOn(LocalDate.of(2017, 1, 25)).leftCareOn(LocalDate.of(2017, 3, 1), "E4A")
                .newEpisodeOn(LocalDate.of(2017, 3, 1), "P").build();

        List<Duty> d = duties(c);
        assertThat(d).extracting(Duty::type, Duty::dueDate).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AssessmentType.IHA, LocalDate.of(2017, 2, 6)),
                org.assertj.core.groups.Tuple.tuple(AssessmentType.RHA, LocalDate.of(2018, 1, 25)));
        assertThat(d.get(1).required()).as("still looked after on its due date").isTrue();
    }

    /**
     * rules.md section 2: a request belongs to the period the child is looked after in on its date;
     * received while not looked after, to the next period when it starts within 20 working days.
     * Care 2017-01-09 to 2017-03-01, then again from Monday 2017-06-05 (1 and 29 May are bank holidays).
     */
    @ParameterizedTest(name = "request received {0}: belongs to period {1}")
    @CsvSource({
        "2016-12-07, 1",       // 20 working days before 2017-01-09 (over Christmas and New Year)
        "2016-12-06, none",    // 21 working days before
        "2017-01-12, 1",
        "2017-02-28, 1",
        "2017-03-01, none",    // the day care ended: not looked after, and the next period is months away
        "2017-05-04, none",    // 21 working days before the re-entry
        "2017-05-05, 2",       // 20 working days before it
        "2017-06-02, 2",       // three days before: not "late" for the new period
        "2017-06-05, 2",
    })
    void anIhaRequestBelongsToThePeriodOfItsDateOrTheNextWithinTwentyWorkingDays(LocalDate received, String period) {
        ChildCase c = aCase().enteredCareOn(JAN_9).leftCareOn(LocalDate.of(2017, 3, 1))
                .enteredCareOn(LocalDate.of(2017, 6, 5)).ihaRequestedOn(received).build();

        List<Duty> ihas = duties(c).stream().filter(d -> d.type() == AssessmentType.IHA).toList();
        assertThat(ihas).hasSize(2);
        assertThat(ihas.get(0).requestReceived()).isEqualTo("1".equals(period) ? received : null);
        assertThat(ihas.get(1).requestReceived()).isEqualTo("2".equals(period) ? received : null);
        if ("2".equals(period)) {
            assertThat(ihas.get(1).requestTimely()).isTrue();
        }
    }

    /**
     * rules.md section 3: only an assessment completed while the child is looked after in the period
     * fulfils it. Care from 2017-01-09 (IHA due 2017-02-06) to the day given.
     */
    @ParameterizedTest(name = "left care {0}, IHA completed {1}: required {2}, done {3}")
    @CsvSource({
        "2017-03-20, 2017-02-01, true,  true",    // in the period, on time
        "2017-03-20, 2017-03-19, true,  true",    // in the period, late
        "2017-03-20, 2017-03-20, true,  false",   // on the day care ended: not looked after, so not done, late
        "2017-03-20, 2017-04-10, true,  false",   // after the child left: kept, fulfils nothing
        "2017-02-01, 2017-02-03, false, false",   // left before the due date: not required, and stays so
        "2017-02-01, 2017-01-31, true,  true",    // done before leaving: counted
    })
    void onlyAnAssessmentDoneDuringThePeriodFulfilsIt(LocalDate left, LocalDate completed, boolean required,
            boolean done) {
        ChildCase c = aCase().enteredCareOn(JAN_9).leftCareOn(left).ihaCompletedOn(completed).build();

        Duty iha = duties(c).get(0);
        assertThat(iha.required()).isEqualTo(required);
        assertThat(iha.done()).isEqualTo(done);
        if (required && !done) {
            assertThat(iha.overdueOn(left)).isTrue();
        }
    }

    @Test
    void anRhaDoneAfterTheChildLeftFulfilsNothing() {
        ChildCase c = aCase().bornOn(LocalDate.of(2010, 1, 1)).enteredCareOn(JAN_9)
                .ihaCompletedOn(LocalDate.of(2017, 1, 25)).leftCareOn(LocalDate.of(2018, 3, 1))
                .rhaCompletedOn(LocalDate.of(2018, 3, 5)).build();

        Duty rha = duties(c).get(1);
        assertThat(rha.dueDate()).isEqualTo(LocalDate.of(2018, 1, 25));
        assertThat(rha.done()).isFalse();
        assertThat(rha.overdueOn(LocalDate.of(2018, 2, 28))).isTrue();
    }
}
