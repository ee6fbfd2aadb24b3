package lactracker.domain;

import static lactracker.testdata.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 24's responsible commissioner: a practice's commissioner on a day from the dated table, and
 * "ours" for a payment. Practice Z11111 was 15N's until 30 June 2022 and 99A's from 1 July; Z22222 is 99A's
 * from 1 April 2020.
 */
class CommissionersTest {
    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static final Commissioners TABLE = new Commissioners(List.of(
            new PracticeCommissioner("Z11111", d(2022, 7, 1), "99A"),
            new PracticeCommissioner(" z11111 ", d(2019, 4, 1), "15n"),
            new PracticeCommissioner("Z22222", d(2020, 4, 1), "99A")));

    static Stream<Arguments> practices() {
        return Stream.of(
                Arguments.of("Z11111", d(2022, 6, 30), "15N"),
                Arguments.of("Z11111", d(2022, 7, 1), "99A"),
                Arguments.of("z11111", d(2025, 1, 1), "99A"),
                Arguments.of("Z11111", d(2019, 3, 31), null),   // before its first line
                Arguments.of("Z11111", d(2019, 4, 1), "15N"),
                Arguments.of("Z33333", d(2025, 1, 1), null),    // not the area's practice
                Arguments.of(null, d(2025, 1, 1), null),        // no practice code
                Arguments.of(" ", d(2025, 1, 1), null));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("practices")
    void aPracticesCommissionerOnADayIsItsLatestLineFromOnOrBeforeIt(String practice, LocalDate day, String expected) {
        assertThat(TABLE.on(practice, day)).isEqualTo(expected);
    }

    @Test
    void theTablesCommissionersInCodeOrder() {
        assertThat(TABLE.codes()).containsExactly("15N", "99A");
        assertThat(Commissioners.NONE.isEmpty()).isTrue();
    }

    static Stream<Arguments> ours() {
        ChildCase registered = aCase().enteredCareOn(d(2022, 1, 10)).build();
        Child atZ1 = withPractice(registered.child(), "Z11111");
        Child elsewhere = withPractice(registered.child(), "Z33333");
        CareHistory history = CareHistory.of(registered.episodes());
        return Stream.of(
                Arguments.of("looked after, the area's practice", TABLE, atZ1, history, d(2022, 3, 1), true),
                Arguments.of("looked after, another area's practice", TABLE, elsewhere, history, d(2022, 3, 1), false),
                Arguments.of("not yet looked after", TABLE, atZ1, history, d(2022, 1, 9), false),
                Arguments.of("no table: care alone decides", Commissioners.NONE, elsewhere, history, d(2022, 3, 1), true),
                Arguments.of("no date", TABLE, atZ1, history, null, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ours")
    void ourChildOnADayIsLookedAfterAndWithAPracticeOfTheArea(String why, Commissioners table, Child child,
            CareHistory history, LocalDate day, boolean expected) {
        assertThat(table.oursOn(child, history, day)).isEqualTo(expected);
    }

    private static Child withPractice(Child c, String code) {
        return c.withTeamFields(c.givenName(), c.familyName(), c.nhsNumber(), c.gpPractice(), code, c.dentistPractice(),
                c.allocatedNurseId(), c.uascFlagged(), c.healthPassportIssued(), c.notes());
    }

    /**
     * The audit's list of each commissioner's children at each month end of 2016/17 Q4 (31 Jan, 28 Feb, 31 Mar),
     * and its payments list's "ours that day", from the table (Z11111 15N; Z22222 99A from 1 Apr 2020, so not
     * yet in 2017). A: Z11111, in care all quarter. B: Z11111, in care from 1 Feb. C: Z22222 (99A's only from
     * 2020: in 2017 not in the table). D: no practice recorded. E: Z11111, left care 15 Feb.
     */
    @Test
    void eachCommissionersChildrenAtEachMonthEndAndTheInvoicesThatAreOurs() {
        Commissioners table = new Commissioners(List.of(new PracticeCommissioner("Z11111", d(2016, 4, 1), "15N"),
                new PracticeCommissioner("Z22222", d(2020, 4, 1), "99A")));
        List<ChildCase> cases = List.of(
                aCase().withLaId("A").atPractice("Z11111").enteredCareOn(d(2016, 6, 6)).outOfAreaRhaCompletedOn(d(2017, 1, 16))
                        .invoicedOn(d(2017, 2, 1), "330.00", false).build(),
                aCase().withLaId("B").atPractice("z11111").enteredCareOn(d(2017, 2, 1)).build(),
                aCase().withLaId("C").atPractice("Z22222").enteredCareOn(d(2016, 6, 6)).outOfAreaRhaCompletedOn(d(2017, 1, 16))
                        .invoicedOn(d(2017, 2, 1), "330.00", false).build(),
                aCase().withLaId("D").enteredCareOn(d(2016, 6, 6)).build(),
                aCase().withLaId("E").atPractice("Z11111").enteredCareOn(d(2016, 6, 6)).leftCareOn(d(2017, 2, 15)).build());
        AuditPeriod q4 = AuditPeriod.quarter("2016/17-Q4");
        List<AuditFigures.Tallied> wanted = List.of(new AuditFigures.Tallied(q4, q4.to(), true));
        AuditSheet sheet = AuditFigures.sheets(List.of(AuditFigures.parts(cases, wanted, Settings.DEFAULTS,
                lactracker.testdata.Calendars.englandAndWales(), table)), wanted, Settings.DEFAULTS,
                lactracker.testdata.Calendars.englandAndWales()).get(0);
        assertThat(sheet.list("Commissioners").rows()).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2))
                .containsExactly(
                        "2017-01-31 15N 2", "2017-01-31 a practice not in the table 1", "2017-01-31 no GP practice recorded 1",
                        "2017-02-28 15N 2", "2017-02-28 a practice not in the table 1", "2017-02-28 no GP practice recorded 1",
                        "2017-03-31 15N 2", "2017-03-31 a practice not in the table 1", "2017-03-31 no GP practice recorded 1");
        assertThat(sheet.list("Payments").rows()).extracting(r -> r.get(0) + " " + r.get(3)).containsExactly("A Y", "C N");
    }
}
