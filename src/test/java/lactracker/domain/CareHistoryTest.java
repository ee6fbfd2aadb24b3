package lactracker.domain;

import static lactracker.testdata.CaseBuilder.aCase;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules.md section 2: periods of care, looked after, age, placement, UASC, care leavers, the OC2 cohort. */
class CareHistoryTest {
    private static final LocalDate JAN_9 = LocalDate.of(2017, 1, 9);

    private static CareHistory history(ChildCase c) {
        return CareHistory.of(c.episodes());
    }

    @ParameterizedTest(name = "in care 2017-01-09 to 2017-06-30, on {0}: looked after {1}")
    @CsvSource({
        "2017-01-08, false",
        "2017-01-09, true",    // DECOM <= D
        "2017-06-29, true",
        "2017-06-30, false",   // DEC > D is needed: not looked after on the day care ends
    })
    void lookedAfterFromTheStartUntilTheDayBeforeTheEnd(LocalDate date, boolean lookedAfter) {
        CareHistory h = history(aCase().enteredCareOn(JAN_9).leftCareOn(LocalDate.of(2017, 6, 30)).build());
        assertThat(h.lookedAfterOn(date)).isEqualTo(lookedAfter);
    }

    @Test
    void episodesChainedByX1OnTheSameDayMakeOnePeriod() {
        CareHistory h = history(aCase().enteredCareOn(JAN_9).movedOn(LocalDate.of(2017, 3, 1))
                .movedOn(LocalDate.of(2017, 5, 1)).leftCareOn(LocalDate.of(2017, 8, 1)).build());

        assertThat(h.periods()).hasSize(1);
        assertThat(h.periods().get(0).start()).isEqualTo(JAN_9);
        assertThat(h.periods().get(0).end()).isEqualTo(LocalDate.of(2017, 8, 1));
        assertThat(h.periods().get(0).episodes()).hasSize(3);
    }

    @Test
    void aGapBetweenEpisodesStartsANewPeriod() {
        CareHistory h = history(aCase().enteredCareOn(JAN_9).leftCareOn(LocalDate.of(2017, 3, 1))
                .enteredCareOn(LocalDate.of(2017, 9, 1)).build());

        assertThat(h.periods()).extracting(PeriodOfCare::start).containsExactly(JAN_9, LocalDate.of(2017, 9, 1));
        assertThat(h.lookedAfterOn(LocalDate.of(2017, 5, 1))).isFalse();
        assertThat(h.lookedAfterOn(LocalDate.of(2018, 5, 1))).isTrue();
    }

    @Test
    void anEpisodeEndedX1WithNoEpisodeThatDayEndsThePeriod() {
        Episode first = anEpisode().forChild(1).startingOn(JAN_9).endingOn(LocalDate.of(2017, 3, 1), "X1").build();
        Episode later = anEpisode().forChild(1).withReason("P").startingOn(LocalDate.of(2017, 3, 2)).build();

        assertThat(CareHistory.of(List.of(first, later)).periods()).hasSize(2);
    }

    @Test
    void shortBreakEpisodesAreLeftOutOfEverything() {
        CareHistory h = history(aCase().shortBreakFrom(JAN_9, LocalDate.of(2017, 1, 12)).build());

        assertThat(h.periods()).isEmpty();
        assertThat(h.lookedAfterOn(LocalDate.of(2017, 1, 10))).isFalse();
    }

    /**
     * rules.md section 2, "read them so that no child looked after is left without a duty". Episodes are
     * written {@code DECOM RNE LS [DEC REC]} and separated by {@code ;}; periods {@code start+} (known
     * start) or {@code start?} (unknown), with {@code -end} when ended.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // why                                                     | episodes                                                                 | periods                            | warnings
        "the letter: X1 then a same-day episode is one period      | 2017-01-09 S C2 2017-03-01 X1; 2017-03-01 P C2                             | 2017-01-09+                        | ",
        "a same-day episode after another REC continues (warning)  | 2017-01-09 S C2 2017-03-01 E4A; 2017-03-01 P C2                            | 2017-01-09+                        | SAME_DAY_AFTER_OTHER_REC",
        "RNE S on the same day starts a new period                 | 2017-01-09 S C2 2017-03-01 X1; 2017-03-01 S C2                             | 2017-01-09+-2017-03-01 2017-03-01+ | ",
        "RNE S after a gap starts a new period, known start        | 2017-01-09 S C2 2017-03-01 E4A; 2017-05-02 S C2                            | 2017-01-09+-2017-03-01 2017-05-02+ | ",
        "a gap with another RNE starts a new period (warning)      | 2017-01-09 S C2 2017-03-01 E4A; 2017-05-02 P C2                            | 2017-01-09+-2017-03-01 2017-05-02+ | GAP_WITHOUT_S",
        "a gap after X1 is a gap too                               | 2017-01-09 S C2 2017-03-01 X1; 2017-03-02 L C2                             | 2017-01-09+-2017-03-01 2017-03-02+ | GAP_WITHOUT_S",
        "first counted episode RNE S: known start                  | 2017-01-09 S C2                                                            | 2017-01-09+                        | ",
        "first counted not S, nothing before it: unknown start     | 2017-01-09 L C2                                                            | 2017-01-09?                        | ",
        "first counted not S after short breaks: known start       | 2016-06-01 S V3 2016-12-01 E8; 2017-01-09 L C2                             | 2017-01-09+                        | ",
        "short breaks straight into full care: known start         | 2016-06-01 S V4 2017-01-09 E8; 2017-01-09 P C2                             | 2017-01-09+                        | ",
        "short breaks after it do not make its start known         | 2017-01-09 L C2 2017-03-01 E4A; 2017-06-01 S V3 2017-06-05 E8              | 2017-01-09?-2017-03-01             | ",
        "short breaks between are left out; the gap counts         | 2017-01-09 S C2 2017-03-01 E4A; 2017-03-01 S V3 2017-04-01 E8; 2017-04-01 P C2 | 2017-01-09+-2017-03-01 2017-04-01+ | GAP_WITHOUT_S",
    })
    void periodsAreReadFromImperfectExtractsSoNoChildLookedAfterIsLeftWithoutADuty(String why, String episodes,
            String periods, String warnings) {
        CareHistory h = CareHistory.of(episodes(episodes));

        assertThat(h.periods()).as(why).extracting(p -> p.start() + (p.startKnown() ? "+" : "?")
                + (p.end() == null ? "" : "-" + p.end())).containsExactly(periods.trim().split(" "));
        assertThat(h.warnings()).as(why).extracting(w -> w.kind().name())
                .containsExactlyElementsOf(warnings == null ? List.of() : List.of(warnings.trim().split(" ")));
    }

    /** {@code DECOM RNE LS [DEC REC]; ...} as episodes of one child. */
    static List<Episode> episodes(String written) {
        List<Episode> list = new java.util.ArrayList<>();
        for (String one : written.split(";")) {
            String[] f = one.trim().split(" ");
            var b = anEpisode().forChild(1).startingOn(LocalDate.parse(f[0])).withReason(f[1]).withLegalStatus(f[2]);
            if (f.length > 3) {
                b.endingOn(LocalDate.parse(f[3]), f[4]);
            }
            list.add(b.build());
        }
        return list;
    }

    @Test
    void aWarningNamesTheEpisodeAndTheOneBeforeIt() {
        List<Episode> e = episodes("2017-01-09 S C2 2017-03-01 E4A; 2017-03-01 P C2");
        EpisodeWarning w = CareHistory.of(e).warnings().get(0);

        assertThat(w.episode()).isEqualTo(e.get(1));
        assertThat(w.previous()).isEqualTo(e.get(0));
    }

    @ParameterizedTest(name = "born {0}, on {1}: age {2}, band {3}")
    @CsvSource({
        "2017-01-09, 2017-01-09, 0,  UNDER_1",
        "2016-01-10, 2017-01-09, 0,  UNDER_1",
        "2016-01-09, 2017-01-09, 1,  AGE_1_TO_4",     // the birthday on the snapshot date counts
        "2012-01-10, 2017-01-09, 4,  AGE_1_TO_4",
        "2012-01-09, 2017-01-09, 5,  AGE_5_TO_9",
        "2007-01-09, 2017-01-09, 10, AGE_10_TO_15",
        "2001-01-10, 2017-01-09, 15, AGE_10_TO_15",
        "2001-01-09, 2017-01-09, 16, AGE_16_PLUS",
        "2000-02-29, 2017-02-28, 16, AGE_16_PLUS",    // a leap-day birthday is not reached on 28 February
        "2000-02-29, 2017-03-01, 17, AGE_16_PLUS",
    })
    void ageIsWholeYearsCompletedAndBandsFollowTheDfE(LocalDate born, LocalDate on, int age, AgeBand band) {
        assertThat(AgeBand.ageOn(born, on)).isEqualTo(age);
        assertThat(AgeBand.of(age)).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        // why,                                   override, PL_LOCATION, PL_LA,     PL_POST,   home LA,   districts, expected
        "the override wins over everything,       IN,       OUT,         E10000003, SG1 1AA,   E10000015, AL1,       IN_COUNTY",
        "PL_LOCATION when there is no override,   -,        OUT,         E10000015, AL1 1AA,   E10000015, AL1,       OUT_OF_COUNTY",
        "PL_LA against the home authority,        -,        -,           E10000015, SG1 1AA,   E10000015, SG1,       IN_COUNTY",
        "PL_LA of another authority,              -,        -,           E10000003, AL1 1AA,   E10000015, AL1,       OUT_OF_COUNTY",
        "the postcode district when no PL_LA,     -,        -,           -,         AL1 3JN,   E10000015, AL1,       IN_COUNTY",
        "a district outside the home list,        -,        -,           -,         AL10 9AB,  E10000015, AL1,       OUT_OF_COUNTY",
        "a postcode without its space,            -,        -,           -,         al13jn,    -,         AL1,       IN_COUNTY",
        "PL_LA but no home authority set,         -,        -,           E10000015, SG1 1AA,   -,         AL1,       OUT_OF_COUNTY",
        "nothing to go on is unknown,             -,        -,           -,         -,         E10000015, AL1,       UNKNOWN",
        "a postcode but no districts set,         -,        -,           -,         AL1 3JN,   -,         -,         UNKNOWN",
    })
    void placementFollowsTheOrderOfEvidence(String why, PlacementLocation override, PlacementLocation location,
            String placementLa, String postcode, String homeLa, String districts, Placement expected) {
        Episode e = new Episode(1L, 1, JAN_9, "S", "C2", "N1", "U1", "PR1", null, null, null, null, postcode, null,
                placementLa, location, null, override);
        Settings s = new Settings(5, 20, 5, 20, 10, 12, 3, 3, homeLa, districts == null ? Set.of() : Set.of(districts));

        assertThat(Placement.of(e, s)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "903 DUC {0}, on {1}: UASC {2}")
    @CsvSource(nullValues = "-", value = {
        "-,          2017-06-01, true",
        "2017-06-01, 2017-05-31, true",
        "2017-06-01, 2017-06-01, false",   // status ends on DUC
        "2017-06-01, 2017-07-01, false",
    })
    void uascStatusEndsOnTheDateItCeased(LocalDate duc, LocalDate on, boolean uasc) {
        ChildCase c = (duc == null ? aCase().uasc() : aCase().uascUntil(duc)).enteredCareOn(JAN_9).build();
        assertThat(c.child().uascOn(on)).isEqualTo(uasc);
        assertThat(aCase().build().child().uascOn(on)).isFalse();
    }

    @ParameterizedTest(name = "born 2008-02-29, left {0} ({1}), on {2}: care leaver {3}")
    @CsvSource({
        // rules.md: a 29 February birthday comes on 1 March in a year without one, the 18th and 25th too
        "2026-02-28, E4A, 2026-06-01, false",   // left the day before the 18th birthday (1 March 2026)
        "2026-03-01, E4A, 2026-06-01, true",    // left on it
        "2026-03-01, E4A, 2033-02-28, true",    // followed up to the 25th birthday, 1 March 2033
        "2026-03-01, E4A, 2033-03-01, false",   // not on it
    })
    void aTwentyNinthOfFebruaryBirthdayIsOnTheFirstOfMarchForEveryRule(LocalDate left, String rec, LocalDate on,
            boolean careLeaver) {
        ChildCase c = aCase().bornOn(LocalDate.of(2008, 2, 29)).enteredCareOn(LocalDate.of(2020, 1, 6))
                .leftCareOn(left, rec).build();
        assertThat(history(c).careLeaverOn(on, c.child().dateOfBirth())).isEqualTo(careLeaver);
        assertThat(c.child().eighteenthBirthday()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(AgeBand.ageOn(c.child().dateOfBirth(), LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(AgeBand.ageOn(c.child().dateOfBirth(), LocalDate.of(2026, 3, 1))).isEqualTo(18);
    }

    @ParameterizedTest(name = "born {0}, {1} years: {2}")
    @CsvSource({
        "2008-02-29, 18, 2026-03-01",
        "2008-02-29, 16, 2024-02-29", // a leap year: the day itself
        "2008-02-29, 25, 2033-03-01",
        "2010-06-15, 18, 2028-06-15",
        "2010-02-28, 18, 2028-02-28",
    })
    void aBirthdayIsTheSameDayAndMonthElseTheFirstOfMarch(LocalDate born, int years, LocalDate birthday) {
        assertThat(AgeBand.birthday(born, years)).isEqualTo(birthday);
        assertThat(AgeBand.ageOn(born, birthday)).isEqualTo(years);
        assertThat(AgeBand.ageOn(born, birthday.minusDays(1))).isEqualTo(years - 1);
    }

    @ParameterizedTest(name = "born 1999-05-10, left {0} ({1}), on {2}: care leaver {3}")
    @CsvSource({
        "2017-05-10, E4A, 2017-06-01, true",    // left on the 18th birthday
        "2017-05-09, E4A, 2017-06-01, false",   // left the day before, for another reason
        "2017-03-01, E17, 2017-06-01, true",    // left with E17 before 18
        "2017-03-01, E5,  2017-06-01, true",
        "2017-03-01, E6,  2017-06-01, true",
        "2017-05-10, E4A, 2024-05-09, true",    // followed up to the 25th birthday
        "2017-05-10, E4A, 2024-05-10, false",   // not on it
        "2017-05-10, E4A, 2017-05-09, false",   // still looked after then
    })
    void careLeaversLeftAtEighteenOrAsCareLeaversAndAreFollowedUntilTwentyFive(LocalDate left, String rec,
            LocalDate on, boolean careLeaver) {
        ChildCase c = aCase().bornOn(LocalDate.of(1999, 5, 10)).enteredCareOn(LocalDate.of(2014, 1, 6))
                .leftCareOn(left, rec).build();
        assertThat(history(c).careLeaverOn(on, c.child().dateOfBirth())).isEqualTo(careLeaver);
    }

    @ParameterizedTest(name = "in care from {0}, on 2018-03-31: continuously 12 months {1}")
    @CsvSource({
        "2017-03-31, true",
        "2017-04-01, false",
        "2016-01-04, true",
    })
    void theOc2CohortIsLookedAfterForTwelveMonthsWithoutABreak(LocalDate start, boolean inCohort) {
        CareHistory h = history(aCase().enteredCareOn(start).build());
        assertThat(h.continuouslyLookedAfter12Months(LocalDate.of(2018, 3, 31))).isEqualTo(inCohort);
    }

    @Test
    void aBreakInCareRestartsTheTwelveMonths() {
        CareHistory h = history(aCase().enteredCareOn(LocalDate.of(2016, 1, 4)).leftCareOn(LocalDate.of(2017, 6, 1))
                .enteredCareOn(LocalDate.of(2017, 8, 1)).build());
        assertThat(h.continuouslyLookedAfter12Months(LocalDate.of(2018, 3, 31))).isFalse();
        assertThat(h.continuouslyLookedAfter12Months(LocalDate.of(2018, 8, 1))).isTrue();
    }

    @Test
    void placementOnADateComesFromTheEpisodeOpenThatDay() {
        ChildCase c = aCase().enteredCareOn(JAN_9).placedOutOfCounty().movedOn(LocalDate.of(2017, 3, 1)).build();
        CareHistory h = history(c);
        Settings s = Settings.DEFAULTS;

        assertThat(h.placementOn(LocalDate.of(2017, 2, 28), s)).isEqualTo(Placement.IN_COUNTY);
        assertThat(h.placementOn(LocalDate.of(2017, 3, 1), s)).isEqualTo(Placement.OUT_OF_COUNTY);
        assertThat(h.placementOn(LocalDate.of(2016, 3, 1), s)).isNull();
    }
}
