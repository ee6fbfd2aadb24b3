package lactracker.domain;

import static lactracker.testdata.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import lactracker.testdata.Calendars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The team lead's month-end counts and caseloads (issue 6). */
class TeamFiguresTest {

    @ParameterizedTest(name = "{0}, {1} months: first {2}, last {3}")
    @CsvSource({
        "2017-03-01, 12, 2016-03-31, 2017-02-28", // March has not ended: the last month end is February's
        "2017-03-31, 12, 2016-04-30, 2017-03-31", // the last day of March is its month end
        "2017-03-01, 1,  2017-02-28, 2017-02-28",
    })
    void theMonthEndsAreTheLastOnesThatHaveHappened(LocalDate today, int months, LocalDate first, LocalDate last) {
        List<LocalDate> ends = TeamFigures.monthEndsTo(today, months);
        assertThat(ends).hasSize(months).startsWith(first).endsWith(last);
    }

    @Test
    void eachMonthEndCountsWhoWasLookedAfterThenByAgeAndPlacement() {
        var cases = List.of(
                aCase().withLaId("A").bornOn(LocalDate.of(2016, 6, 1)).enteredCareOn(LocalDate.of(2017, 1, 9)).build(),
                aCase().withLaId("B").bornOn(LocalDate.of(2005, 6, 1)).placedOutOfCounty()
                        .enteredCareOn(LocalDate.of(2016, 12, 1)).build(),
                aCase().withLaId("C").bornOn(LocalDate.of(2005, 6, 1)).enteredCareOn(LocalDate.of(2016, 10, 1))
                        .leftCareOn(LocalDate.of(2017, 1, 15)).build());
        var ends = List.of(LocalDate.of(2016, 11, 30), LocalDate.of(2016, 12, 31), LocalDate.of(2017, 1, 31));

        var m = TeamFigures.monthEnds(cases, ends, Settings.DEFAULTS);

        assertThat(m).extracting(TeamFigures.MonthEnd::lookedAfter).containsExactly(1, 2, 2); // C left, A came
        assertThat(m.get(2).ageBands()).containsEntry(AgeBand.UNDER_1, 1).containsEntry(AgeBand.AGE_10_TO_15, 1);
        assertThat(m.get(2).placements()).containsEntry(Placement.OUT_OF_COUNTY, 1);
        assertThat(m.get(2).placements().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
    }

    @Test
    void aNursesLoadCountsHerChildrenLookedAfterAndTheirStates() {
        LocalDate day = LocalDate.of(2017, 3, 1);
        var settings = Settings.DEFAULTS;
        var calendar = Calendars.englandAndWales();
        var overdue = aCase().withLaId("O").enteredCareOn(LocalDate.of(2017, 1, 9)).build(); // IHA due 6 Feb
        var soon = aCase().withLaId("S").enteredCareOn(LocalDate.of(2017, 2, 6)).build();    // IHA due 6 Mar
        var left = aCase().withLaId("L").enteredCareOn(LocalDate.of(2016, 1, 4)).leftCareOn(LocalDate.of(2016, 6, 1)).build();
        var summaries = java.util.stream.Stream.of(overdue, soon, left)
                .map(c -> ChildSummary.of(CaseFacts.of(c, day, settings, calendar), settings, calendar)).toList();

        assertThat(TeamFigures.caseload(summaries)).containsExactly(new TeamFigures.NurseLoad(null, 2, 1, 1));
    }

    @Test
    void monthEndsOfTwoGroupsJoinedAreThoseOfBothTogether() {
        List<ChildCase> cases = new java.util.ArrayList<>();
        for (long seed = 1; seed <= 200; seed++) {
            cases.add(lactracker.testdata.RandomCases.from(seed));
        }
        var ends = TeamFigures.monthEndsTo(LocalDate.of(2024, 3, 31), 12);

        var joined = TeamFigures.join(TeamFigures.monthEnds(cases.subList(0, 70), ends, Settings.DEFAULTS),
                TeamFigures.monthEnds(cases.subList(70, 200), ends, Settings.DEFAULTS));

        var whole = TeamFigures.monthEnds(cases, ends, Settings.DEFAULTS);
        assertThat(joined).isEqualTo(whole);
        assertThat(whole.stream().mapToInt(TeamFigures.MonthEnd::lookedAfter).sum()).isPositive();
    }
}
