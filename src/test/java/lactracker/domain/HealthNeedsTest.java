package lactracker.domain;

import static lactracker.testdata.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lactracker.testdata.Calendars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 24's health-needs rows, one table per rule, each case one child on 31 March 2017 (the last day of
 * 2016/17 Q4): the row it lands in, and whether it is counted there.
 */
class HealthNeedsTest {
    private static final AuditPeriod Q4 = AuditPeriod.quarter("2016/17-Q4");
    private static final LocalDate END = LocalDate.of(2017, 3, 31);
    private static final LocalDate IN_CARE = LocalDate.of(2016, 1, 4);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static AuditSheet sheet(LocalDate asAt, ChildCase c) {
        return AuditFigures.compute(List.of(c), Q4, asAt, Settings.DEFAULTS, Calendars.englandAndWales());
    }

    /** "n/d" of the row. */
    private static String figure(AuditSheet s, String id) {
        AuditRow r = s.row(id);
        return r.numerator() + "/" + r.denominator();
    }

    private static DentalFindings check(LocalDate on) {
        return new DentalFindings(YesNoUnknown.YES, null, on, null, null, null, null);
    }

    static Stream<Arguments> sdq() {
        return Stream.of(
                Arguments.of("13 is normal", aCase().bornOn(d(2008, 1, 1)).enteredCareOn(IN_CARE)
                        .rhaCompletedOn(d(2017, 1, 5), DentalFindings.NONE, null, 13).build(), "needs_sdq_normal", "1/1"),
                Arguments.of("14 is borderline", aCase().bornOn(d(2008, 1, 1)).enteredCareOn(IN_CARE)
                        .rhaCompletedOn(d(2017, 1, 5), DentalFindings.NONE, null, 14).build(), "needs_sdq_borderline", "1/1"),
                Arguments.of("16 is borderline", aCase().bornOn(d(2008, 1, 1)).enteredCareOn(IN_CARE)
                        .rhaCompletedOn(d(2017, 1, 5), DentalFindings.NONE, null, 16).build(), "needs_sdq_borderline", "1/1"),
                Arguments.of("17 is a concern", aCase().bornOn(d(2008, 1, 1)).enteredCareOn(IN_CARE)
                        .rhaCompletedOn(d(2017, 1, 5), DentalFindings.NONE, null, 17).build(), "needs_sdq_concern", "1/1"),
                Arguments.of("the latest score decides", aCase().bornOn(d(2008, 1, 1)).enteredCareOn(IN_CARE)
                        .rhaCompletedOn(d(2016, 6, 5), DentalFindings.NONE, null, 30)
                        .rhaCompletedOn(d(2017, 1, 5), DentalFindings.NONE, null, 3).build(), "needs_sdq_normal", "1/1"),
                Arguments.of("a score 12 months old is none", aCase().bornOn(d(2008, 1, 1)).enteredCareOn(IN_CARE)
                        .rhaCompletedOn(d(2016, 3, 31), DentalFindings.NONE, null, 3).build(), "needs_sdq_none", "1/1"),
                Arguments.of("a day less than 12 months counts", aCase().bornOn(d(2008, 1, 1)).enteredCareOn(IN_CARE)
                        .rhaCompletedOn(d(2016, 4, 1), DentalFindings.NONE, null, 3).build(), "needs_sdq_normal", "1/1"),
                Arguments.of("a score after the day is not yet there", aCase().bornOn(d(2008, 1, 1)).enteredCareOn(IN_CARE)
                        .rhaCompletedOn(d(2017, 4, 3), DentalFindings.NONE, null, 3).build(), "needs_sdq_none", "1/1"),
                Arguments.of("aged 4 is in", aCase().bornOn(d(2013, 3, 31)).enteredCareOn(IN_CARE).build(),
                        "needs_sdq_none", "1/1"),
                Arguments.of("aged 16 is in", aCase().bornOn(d(2000, 4, 1)).enteredCareOn(IN_CARE).build(),
                        "needs_sdq_none", "1/1"),
                Arguments.of("aged 3 is out", aCase().bornOn(d(2013, 4, 1)).enteredCareOn(IN_CARE).build(),
                        "needs_sdq_none", "0/0"),
                Arguments.of("aged 17 is out", aCase().bornOn(d(2000, 3, 31)).enteredCareOn(IN_CARE).build(),
                        "needs_sdq_none", "0/0"),
                Arguments.of("not looked after is out", aCase().bornOn(d(2008, 1, 1)).enteredCareOn(IN_CARE)
                        .leftCareOn(d(2017, 3, 1)).build(), "needs_sdq_none", "0/0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sdq")
    void sdqBandsOfTheLatestScoreInTheLast12MonthsAged4To16(String why, ChildCase c, String row, String expected) {
        assertThat(figure(sheet(END, c), row)).isEqualTo(expected);
    }

    static Stream<Arguments> upToDate() {
        return Stream.of(
                Arguments.of("immunised at the latest assessment", aCase().enteredCareOn(IN_CARE)
                        .rhaCompletedOn(d(2017, 1, 5), DentalFindings.NONE, YesNoUnknown.YES, null).build(),
                        "needs_immunisations_up_to_date", "1/1"),
                Arguments.of("a later assessment not saying so", aCase().enteredCareOn(IN_CARE)
                        .rhaCompletedOn(d(2016, 6, 5), DentalFindings.NONE, YesNoUnknown.YES, null)
                        .rhaCompletedOn(d(2017, 1, 5), DentalFindings.NONE, YesNoUnknown.UNKNOWN, null).build(),
                        "needs_immunisations_up_to_date", "0/1"),
                Arguments.of("immunised 12 months ago is stale", aCase().enteredCareOn(d(2015, 1, 5))
                        .rhaCompletedOn(d(2016, 3, 31), DentalFindings.NONE, YesNoUnknown.YES, null).build(),
                        "needs_immunisations_up_to_date", "0/1"),
                Arguments.of("a dental check within 12 months", aCase().enteredCareOn(IN_CARE)
                        .rhaCompletedOn(d(2016, 6, 5), check(d(2016, 4, 1)), null, null).build(),
                        "needs_dental_check_up_to_date", "1/1"),
                Arguments.of("a dental check 12 months ago", aCase().enteredCareOn(IN_CARE)
                        .rhaCompletedOn(d(2016, 6, 5), check(d(2016, 3, 31)), null, null).build(),
                        "needs_dental_check_up_to_date", "0/1"),
                Arguments.of("a passport given before the day", aCase().enteredCareOn(IN_CARE)
                        .passportGivenOn(d(2016, 2, 1)).build(), "needs_health_passport", "1/1"),
                Arguments.of("a passport given on the day", aCase().enteredCareOn(IN_CARE)
                        .passportGivenOn(END).build(), "needs_health_passport_in_county", "1/1"),
                Arguments.of("a passport given after the day", aCase().enteredCareOn(IN_CARE)
                        .passportGivenOn(d(2017, 4, 1)).build(), "needs_health_passport", "0/1"),
                Arguments.of("out of county", aCase().placedOutOfCounty().enteredCareOn(IN_CARE)
                        .passportGivenOn(d(2016, 2, 1)).build(), "needs_health_passport_out_of_county", "1/1"),
                Arguments.of("placement not known: in neither split", aCase().placedUnknown().enteredCareOn(IN_CARE)
                        .passportGivenOn(d(2016, 2, 1)).build(), "needs_health_passport_in_county", "0/0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("upToDate")
    void immunisationsDentalChecksAndPassportsOfEveryChildLookedAfterOnTheDay(String why, ChildCase c, String row,
            String expected) {
        assertThat(figure(sheet(END, c), row)).isEqualTo(expected);
    }

    private static UascReview review(Map<ScreeningItem, ScreeningOutcome> outcomes, Boolean screened, Boolean fgm) {
        return new UascReview(true, "Pashto", "Afghanistan", d(2016, 12, 1), false, false, null, screened, false, fgm,
                outcomes.entrySet().stream().map(e -> new UascScreening(e.getKey(), null, e.getValue())).toList());
    }

    static Stream<Arguments> uasc() {
        var tbDone = review(Map.of(ScreeningItem.TB, ScreeningOutcome.DONE), true, null);
        return Stream.of(
                Arguments.of("an item's outcome", aCase().uasc().enteredCareOn(IN_CARE).ihaCompletedOn(d(2016, 1, 25), tbDone)
                        .build(), "needs_uasc_tb_done", "1/1"),
                Arguments.of("an item left out is not recorded", aCase().uasc().enteredCareOn(IN_CARE)
                        .ihaCompletedOn(d(2016, 1, 25), tbDone).build(), "needs_uasc_hiv_not_recorded", "1/1"),
                Arguments.of("no UASC section: not recorded", aCase().uasc().enteredCareOn(IN_CARE).build(),
                        "needs_uasc_tb_not_recorded", "1/1"),
                Arguments.of("no UASC section: no review", aCase().uasc().enteredCareOn(IN_CARE).build(),
                        "needs_uasc_review_recorded", "0/1"),
                Arguments.of("a section recorded after the day is not yet there", aCase().uasc().enteredCareOn(IN_CARE)
                        .ihaCompletedOn(d(2017, 4, 3), tbDone).build(), "needs_uasc_tb_not_recorded", "1/1"),
                Arguments.of("a section of any age counts", aCase().uasc().enteredCareOn(d(2014, 1, 6))
                        .ihaCompletedOn(d(2014, 1, 30), tbDone).build(), "needs_uasc_tb_done", "1/1"),
                Arguments.of("mental health screened", aCase().uasc().enteredCareOn(IN_CARE)
                        .ihaCompletedOn(d(2016, 1, 25), tbDone).build(), "needs_uasc_mental_health_screened", "1/1"),
                Arguments.of("FGM risk not answered is not considered", aCase().uasc().enteredCareOn(IN_CARE)
                        .ihaCompletedOn(d(2016, 1, 25), tbDone).build(), "needs_uasc_fgm_risk_considered", "0/1"),
                Arguments.of("UASC status ended before the day: out", aCase().uascUntil(d(2017, 2, 1)).enteredCareOn(IN_CARE)
                        .ihaCompletedOn(d(2016, 1, 25), tbDone).build(), "needs_uasc_tb_done", "0/0"),
                Arguments.of("not UASC: out", aCase().enteredCareOn(IN_CARE).build(), "needs_uasc_tb_not_recorded", "0/0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uasc")
    void eachUascScreeningItemsOutcomeFromTheLatestUascSection(String why, ChildCase c, String row, String expected) {
        assertThat(figure(sheet(END, c), row)).isEqualTo(expected);
    }

    static Stream<Arguments> careLeavers() {
        return Stream.of(
                Arguments.of("summary given", aCase().bornOn(d(1998, 1, 15)).enteredCareOn(d(2013, 5, 1))
                        .leftCareOn(d(2016, 1, 15)).summaryGivenOn(d(2016, 1, 10)).build(),
                        "needs_care_leaver_summary_given", "1/1"),
                Arguments.of("summary given after the day", aCase().bornOn(d(1998, 1, 15)).enteredCareOn(d(2013, 5, 1))
                        .leftCareOn(d(2016, 1, 15)).summaryGivenOn(d(2017, 4, 10)).build(),
                        "needs_care_leaver_summary_given", "0/1"),
                Arguments.of("passport given", aCase().bornOn(d(1998, 1, 15)).enteredCareOn(d(2013, 5, 1))
                        .leftCareOn(d(2016, 1, 15)).passportGivenOn(d(2015, 12, 1)).build(),
                        "needs_care_leaver_health_passport", "1/1"),
                Arguments.of("aged 25: no longer", aCase().bornOn(d(1992, 3, 31)).enteredCareOn(d(2008, 5, 1))
                        .leftCareOn(d(2010, 3, 31)).build(), "needs_care_leaver_summary_given", "0/0"),
                Arguments.of("left at 17 (not a care leaver's reason): out", aCase().bornOn(d(1999, 6, 1))
                        .enteredCareOn(d(2013, 5, 1)).leftCareOn(d(2016, 7, 1), "E11").build(),
                        "needs_care_leaver_summary_given", "0/0"),
                Arguments.of("still looked after: not a care leaver", aCase().bornOn(d(2000, 6, 1))
                        .enteredCareOn(d(2013, 5, 1)).build(), "needs_care_leaver_summary_given", "0/0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("careLeavers")
    void careLeaversAged18To25(String why, ChildCase c, String row, String expected) {
        assertThat(figure(sheet(END, c), row)).isEqualTo(expected);
    }

    @Test
    void aLaterAsAtDateDoesNotChangeWhatTheRecordSaidOnTheDay() {
        ChildCase c = aCase().bornOn(d(2008, 1, 1)).enteredCareOn(IN_CARE)
                .rhaCompletedOn(d(2017, 4, 20), check(d(2017, 4, 20)), YesNoUnknown.YES, 20).build();
        AuditSheet later = sheet(d(2017, 6, 30), c);
        assertThat(figure(later, "needs_sdq_none")).isEqualTo("1/1");
        assertThat(figure(later, "needs_immunisations_up_to_date")).isEqualTo("0/1");
        assertThat(figure(later, "needs_dental_check_up_to_date")).isEqualTo("0/1");
    }

    @Test
    void everyHealthNeedsRowIsARateAboutThePeriodsLastDayAndInTheSnapshot() {
        List<AuditMeasure> needs = Stream.of(AuditMeasure.values())
                .filter(m -> m.section() == AuditMeasure.Section.HEALTH_NEEDS).toList();
        assertThat(needs).hasSize(40).allSatisfy(m -> {
            assertThat(m.id()).startsWith("needs_");
            assertThat(m.count()).isFalse();
            assertThat(AuditFigures.AT_PERIOD_END).contains(m.id());
        });
    }
}
