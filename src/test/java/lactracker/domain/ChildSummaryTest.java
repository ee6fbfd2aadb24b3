package lactracker.domain;

import static lactracker.testdata.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import lactracker.testdata.CaseBuilder;
import lactracker.testdata.Calendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The children list's line: next duty and its colour, agreeing with the alerts of rules.md section 7. */
class ChildSummaryTest {
    private static final LocalDate JAN_9 = LocalDate.of(2017, 1, 9); // IHA due 2017-02-06 (20 working days)

    static ChildSummary summary(CaseBuilder b, LocalDate day) {
        return ChildSummary.of(CaseFacts.of(b.build(), day, Settings.DEFAULTS, Calendars.englandAndWales()),
                Settings.DEFAULTS, Calendars.englandAndWales());
    }

    @ParameterizedTest(name = "IHA open, today {0}: {1}")
    @CsvSource({
        "2017-01-09, ON_TRACK",
        "2017-01-27, ON_TRACK",   // 6 working days before the due date
        "2017-01-30, DUE_SOON",   // 5 working days before: inside the IHA window
        "2017-02-06, DUE_SOON",   // due today is not yet overdue
        "2017-02-07, OVERDUE",
    })
    void anOpenIhaIsColouredByTheAlertThresholds(LocalDate today, DutyState state) {
        ChildSummary s = summary(aCase().enteredCareOn(JAN_9), today);
        assertThat(s.nextDuty()).isEqualTo(AssessmentType.IHA);
        assertThat(s.nextDue()).isEqualTo(LocalDate.of(2017, 2, 6));
        assertThat(s.state()).isEqualTo(state);
        assertThat(s.careStatus()).isEqualTo(CareStatus.LOOKED_AFTER);
    }

    @ParameterizedTest(name = "born {0}, IHA done 2017-02-01, today {1}: RHA due {2}, {3}")
    @CsvSource({
        "2014-06-01, 2017-03-01, 2017-08-01, ON_TRACK",   // under 5 on the day of the IHA: 6 months
        "2010-06-01, 2017-03-01, 2018-02-01, ON_TRACK",   // 5 and over: 12 months
        "2014-06-01, 2017-07-10, 2017-08-01, DUE_SOON",   // within 20 working days
        "2014-06-01, 2017-08-02, 2017-08-01, OVERDUE",
    })
    void afterTheIhaTheNextRhaIsDue(LocalDate born, LocalDate today, LocalDate due, DutyState state) {
        ChildSummary s = summary(aCase().bornOn(born).enteredCareOn(JAN_9).ihaCompletedOn(LocalDate.of(2017, 2, 1)), today);
        assertThat(s.nextDuty()).isEqualTo(AssessmentType.RHA);
        assertThat(s.nextDue()).isEqualTo(due);
        assertThat(s.state()).isEqualTo(state);
    }

    @ParameterizedTest(name = "left with {0}, born {1}: {2}")
    @CsvSource({
        "E4A, 2010-06-01, LEFT",          // returned home
        "E17, 2000-06-01, CARE_LEAVER",   // aged 18 and over: followed up until 25
        "E4A, 2000-06-01, CARE_LEAVER",   // left on or after the 18th birthday, whatever the reason
        "E4A, 1990-06-01, LEFT",          // 25 and over: no longer followed up
    })
    void aChildWhoLeftHasNoDutyAndAStatus(String rec, LocalDate born, CareStatus status) {
        ChildSummary s = summary(aCase().bornOn(born).enteredCareOn(JAN_9).leftCareOn(LocalDate.of(2018, 7, 1), rec),
                LocalDate.of(2018, 8, 1));
        assertThat(s.careStatus()).isEqualTo(status);
        assertThat(s.state()).isEqualTo(DutyState.NONE);
        assertThat(s.nextDue()).isNull();
        assertThat(s.placement()).isNull();
        assertThat(s.legalStatus()).isNull();
    }

    @Test
    void showsWhereTheChildIsPlacedAndTheirAgeOnTheDay() {
        ChildSummary s = summary(aCase().bornOn(LocalDate.of(2010, 6, 15)).placedOutOfCounty().enteredCareOn(JAN_9)
                .uasc(), LocalDate.of(2017, 6, 15));
        assertThat(s.placement()).isEqualTo(Placement.OUT_OF_COUNTY);
        assertThat(s.legalStatus()).isEqualTo("C2");
        assertThat(s.age()).isEqualTo(7);
        assertThat(s.ageBand()).isEqualTo(AgeBand.AGE_5_TO_9);
        assertThat(s.uasc()).isTrue();
    }

    @ParameterizedTest(name = "given {0}, family {1}: {2}")
    @CsvSource(nullValues = "-", value = {
        "Ann, Smith, 'Smith, Ann'",
        "-,   Smith, Smith",
        "Ann, -,     Ann",
        "-,   -,     LA1",   // no name recorded yet (an extract child): the LA id
    })
    void theNameShownIsFamilyThenGivenElseTheLaId(String given, String family, String shown) {
        ChildSummary s = new ChildSummary(1, "LA1", given, family, null, JAN_9, 0, CareStatus.LEFT, null, null, null,
                false, null, null, null, DutyState.NONE, null);
        assertThat(s.displayName()).isEqualTo(shown);
    }
}
