package lactracker.testdata;

import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.AssessmentBuilder.anRha;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lactracker.domain.DentalFindings;
import lactracker.domain.PlacementLocation;
import lactracker.domain.ScreeningItem;
import lactracker.domain.ScreeningOutcome;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.domain.UascReview;
import lactracker.domain.UascScreening;
import lactracker.domain.YesNoUnknown;
import lactracker.store.Repositories;

/**
 * Issue 24's hand-built children for the health-needs figures, on 31 March 2017 (the last day of 2016/17
 * Q4). Every figure below is worked out by hand from them; the screen's model, the CSV, the JSON and the
 * XLSX are each checked against {@link #EXPECTED}. Dental checks count within 12 months (the default), so
 * after 31 March 2016.
 *
 * <pre>
 * H1 (8), nurse Alpha, in county since 4 Jan 2016: RHA 1 Dec 2016, SDQ 12 (normal), immunisations up to date,
 *    dental check 20 Nov 2016; health passport given 1 Feb 2016.
 * H2 (12), nurse Alpha, practice Z22222 (the others Z99999), out of county since 1 Jun 2015: RHA 15 Jun 2016, SDQ 15, immunisations not up to
 *    date; RHA 20 Mar 2017, SDQ 18 (the latest: a cause for concern), immunisations up to date, no dental
 *    check since 1 Dec 2015 (too old); no passport.
 * H3 (15), UASC, nurse Beta, in county since 9 Jan 2017: IHA 30 Jan 2017 with the UASC section: TB done,
 *    hepatitis B declined, hepatitis C pending, HIV not indicated, syphilis not recorded; mental health
 *    screened, not referred, FGM risk considered; immunisations unknown, no SDQ, no dental check; passport
 *    given 5 Apr 2017, after the day (not counted).
 * H4 (3), no nurse, out of county since 3 Oct 2016: IHA 25 Oct 2016, immunisations up to date, dental
 *    check 30 Sep 2016; passport given 1 Nov 2016. Under 4: not in the SDQ rows.
 * H5 (19), nurse Beta, a care leaver: in care 1 May 2013 to 15 Jan 2016 (the 18th birthday); health summary
 *    given 10 Jan 2016; no passport.
 * H6 (7), left care 30 Jun 2016 at 6: neither looked after nor a care leaver, in no row.
 * H7 (15), UASC, nurse Beta, out of county since 1 Mar 2017: IHA not yet done, no UASC section.
 *
 * Looked after on 31 Mar 2017: H1, H2, H3, H4, H7 (5); aged 4-16: H1, H2, H3, H7 (4); UASC: H3, H7 (2).
 * In county: H1, H3. Out of county: H2, H4, H7.
 * </pre>
 */
public final class HealthNeedsCases {
    private HealthNeedsCases() {
    }

    public static final LocalDate DAY = LocalDate.of(2017, 3, 31);

    /** id, numerator, denominator, percent: every health-needs row, for all the children. */
    public static final String[][] EXPECTED = {
        {"needs_sdq_normal", "1", "4", "25.0"},                 // H1
        {"needs_sdq_borderline", "0", "4", "0.0"},              // H2's 15 was not its latest
        {"needs_sdq_concern", "1", "4", "25.0"},                // H2
        {"needs_sdq_none", "2", "4", "50.0"},                   // H3, H7
        {"needs_immunisations_up_to_date", "3", "5", "60.0"},   // H1, H2, H4
        {"needs_dental_check_up_to_date", "2", "5", "40.0"},    // H1, H4
        {"needs_health_passport", "2", "5", "40.0"},            // H1, H4
        {"needs_health_passport_in_county", "1", "2", "50.0"},  // H1 of H1, H3
        {"needs_health_passport_out_of_county", "1", "3", "33.3"}, // H4 of H2, H4, H7
        {"needs_uasc_review_recorded", "1", "2", "50.0"},       // H3
        {"needs_uasc_tb_done", "1", "2", "50.0"},
        {"needs_uasc_tb_declined", "0", "2", "0.0"},
        {"needs_uasc_tb_not_indicated", "0", "2", "0.0"},
        {"needs_uasc_tb_pending", "0", "2", "0.0"},
        {"needs_uasc_tb_not_recorded", "1", "2", "50.0"},       // H7, and so for each item below
        {"needs_uasc_hepatitis_b_done", "0", "2", "0.0"},
        {"needs_uasc_hepatitis_b_declined", "1", "2", "50.0"},
        {"needs_uasc_hepatitis_b_not_indicated", "0", "2", "0.0"},
        {"needs_uasc_hepatitis_b_pending", "0", "2", "0.0"},
        {"needs_uasc_hepatitis_b_not_recorded", "1", "2", "50.0"},
        {"needs_uasc_hepatitis_c_done", "0", "2", "0.0"},
        {"needs_uasc_hepatitis_c_declined", "0", "2", "0.0"},
        {"needs_uasc_hepatitis_c_not_indicated", "0", "2", "0.0"},
        {"needs_uasc_hepatitis_c_pending", "1", "2", "50.0"},
        {"needs_uasc_hepatitis_c_not_recorded", "1", "2", "50.0"},
        {"needs_uasc_hiv_done", "0", "2", "0.0"},
        {"needs_uasc_hiv_declined", "0", "2", "0.0"},
        {"needs_uasc_hiv_not_indicated", "1", "2", "50.0"},
        {"needs_uasc_hiv_pending", "0", "2", "0.0"},
        {"needs_uasc_hiv_not_recorded", "1", "2", "50.0"},
        {"needs_uasc_syphilis_done", "0", "2", "0.0"},
        {"needs_uasc_syphilis_declined", "0", "2", "0.0"},
        {"needs_uasc_syphilis_not_indicated", "0", "2", "0.0"},
        {"needs_uasc_syphilis_pending", "0", "2", "0.0"},
        {"needs_uasc_syphilis_not_recorded", "2", "2", "100.0"}, // H3 left it out; H7 has no section
        {"needs_uasc_mental_health_screened", "1", "2", "50.0"}, // H3
        {"needs_uasc_mental_health_referral", "0", "2", "0.0"},
        {"needs_uasc_fgm_risk_considered", "1", "2", "50.0"},   // H3
        {"needs_care_leaver_summary_given", "1", "1", "100.0"}, // H5
        {"needs_care_leaver_health_passport", "0", "1", "0.0"},
    };

    /** The same rows for nurse Alpha's children alone (H1, H2): the screen's and the XLSX's by-nurse figures. */
    public static final String[][] ALPHA = {
        {"needs_sdq_normal", "1", "2", "50.0"},
        {"needs_sdq_concern", "1", "2", "50.0"},
        {"needs_sdq_none", "0", "2", "0.0"},
        {"needs_immunisations_up_to_date", "2", "2", "100.0"},
        {"needs_dental_check_up_to_date", "1", "2", "50.0"},
        {"needs_health_passport", "1", "2", "50.0"},
        {"needs_uasc_review_recorded", "0", "0", ""},
        {"needs_care_leaver_summary_given", "0", "0", ""},
    };

    /** The same rows for the children placed out of county (H2, H4, H7). */
    public static final String[][] OUT_OF_COUNTY = {
        {"needs_sdq_concern", "1", "2", "50.0"},             // H2 of H2, H7
        {"needs_sdq_none", "1", "2", "50.0"},                // H7
        {"needs_immunisations_up_to_date", "2", "3", "66.7"}, // H2, H4
        {"needs_dental_check_up_to_date", "1", "3", "33.3"}, // H4
        {"needs_health_passport", "1", "3", "33.3"},         // H4
        {"needs_uasc_review_recorded", "0", "1", "0.0"},     // H7
        {"needs_care_leaver_summary_given", "0", "0", ""},   // a care leaver is placed nowhere
    };

    /** "n/d p" by id, as the tests compare them. */
    public static Map<String, String> figures(String[][] rows) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] row : rows) {
            m.put(row[0], row[1] + "/" + row[2] + " " + row[3]);
        }
        return m;
    }

    /** The two nurses, Alpha and Beta. */
    public record Seeded(TeamMember alpha, TeamMember beta) {
    }

    public static Seeded seed(Repositories r) {
        TeamMember alpha = r.team().insert(new TeamMember(null, "Nurse Alpha", TeamRole.NURSE, null, true));
        TeamMember beta = r.team().insert(new TeamMember(null, "Nurse Beta", TeamRole.NURSE, null, true));

        var h1 = r.children().insert(aChild().withLaId("H1").bornOn(d(2008, 5, 1)).withNurse(alpha.id())
                .passportGivenOn(d(2016, 2, 1)).build());
        r.episodes().insert(anEpisode().forChild(h1.id()).startingOn(d(2016, 1, 4)).placedAt("AL1 1AA", PlacementLocation.IN)
                .build());
        r.assessments().insert(anIha().forChild(h1.id()).requestedOn(d(2016, 1, 5)).completedOn(d(2016, 1, 25)).build());
        r.assessments().insert(anRha().forChild(h1.id()).completedOn(d(2016, 12, 1)).withSdq(12)
                .immunised(YesNoUnknown.YES).withDental(check(d(2016, 11, 20))).build());

        var h2 = r.children().insert(aChild().withLaId("H2").bornOn(d(2005, 3, 10)).withNurse(alpha.id())
                .atPractice("Z22222").build());
        r.episodes().insert(anEpisode().forChild(h2.id()).startingOn(d(2015, 6, 1))
                .placedAt("ZZ1 1ZZ", PlacementLocation.OUT).build());
        r.assessments().insert(anIha().forChild(h2.id()).requestedOn(d(2015, 6, 2)).completedOn(d(2015, 6, 20))
                .withDental(check(d(2015, 12, 1))).build());
        r.assessments().insert(anRha().forChild(h2.id()).completedOn(d(2016, 6, 15)).withSdq(15)
                .immunised(YesNoUnknown.NO).build());
        r.assessments().insert(anRha().forChild(h2.id()).completedOn(d(2017, 3, 20)).withSdq(18)
                .immunised(YesNoUnknown.YES).build());

        var h3 = r.children().insert(aChild().withLaId("H3").bornOn(d(2001, 9, 1)).uasc().withNurse(beta.id())
                .passportGivenOn(d(2017, 4, 5)).build());
        r.episodes().insert(anEpisode().forChild(h3.id()).startingOn(d(2017, 1, 9)).placedAt("AL1 1AA", PlacementLocation.IN)
                .build());
        r.assessments().insert(anIha().forChild(h3.id()).requestedOn(d(2017, 1, 10)).completedOn(d(2017, 1, 30))
                .withUascReview(new UascReview(true, "Tigrinya", "Eritrea", d(2016, 12, 20), false, false, true, true,
                        false, true, List.of(
                                new UascScreening(ScreeningItem.TB, d(2017, 1, 30), ScreeningOutcome.DONE),
                                new UascScreening(ScreeningItem.HEPATITIS_B, d(2017, 1, 30), ScreeningOutcome.DECLINED),
                                new UascScreening(ScreeningItem.HEPATITIS_C, d(2017, 1, 30), ScreeningOutcome.PENDING),
                                new UascScreening(ScreeningItem.HIV, null, ScreeningOutcome.NOT_INDICATED))))
                .build());

        var h4 = r.children().insert(aChild().withLaId("H4").bornOn(d(2014, 2, 1)).passportGivenOn(d(2016, 11, 1))
                .build());
        r.episodes().insert(anEpisode().forChild(h4.id()).startingOn(d(2016, 10, 3))
                .placedAt("ZZ2 2ZZ", PlacementLocation.OUT).build());
        r.assessments().insert(anIha().forChild(h4.id()).requestedOn(d(2016, 10, 4)).completedOn(d(2016, 10, 25))
                .immunised(YesNoUnknown.YES).withDental(check(d(2016, 9, 30))).build());

        var h5 = r.children().insert(aChild().withLaId("H5").bornOn(d(1998, 1, 15)).withNurse(beta.id())
                .summaryGivenOn(d(2016, 1, 10)).build());
        r.episodes().insert(anEpisode().forChild(h5.id()).startingOn(d(2013, 5, 1)).endingOn(d(2016, 1, 15), "E8")
                .build());

        var h6 = r.children().insert(aChild().withLaId("H6").bornOn(d(2010, 1, 1)).build());
        r.episodes().insert(anEpisode().forChild(h6.id()).startingOn(d(2016, 1, 4)).endingOn(d(2016, 6, 30), "E11")
                .build());

        var h7 = r.children().insert(aChild().withLaId("H7").bornOn(d(2002, 1, 1)).uasc().withNurse(beta.id()).build());
        r.episodes().insert(anEpisode().forChild(h7.id()).startingOn(d(2017, 3, 1))
                .placedAt("ZZ3 3ZZ", PlacementLocation.OUT).build());
        return new Seeded(alpha, beta);
    }

    private static DentalFindings check(LocalDate on) {
        return new DentalFindings(YesNoUnknown.YES, null, on, null, null, null, null);
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
