package lactracker.testdata;

import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;

import java.math.BigDecimal;
import java.time.LocalDate;
import lactracker.domain.AssessmentType;
import lactracker.domain.HealthAssessment;
import lactracker.domain.TariffPrice;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.store.Repositories;

/**
 * Two out-of-area IHAs, for the payments tests: one of a child in our care on the day (OURS), one of a
 * child who had left care the week before (GONE); an IHA tariff of £560 from April 2016; and a team lead
 * to verify invoices.
 */
public record OutOfAreaCases(TeamMember lead, HealthAssessment oursDone, HealthAssessment notOursDone) {
    public static OutOfAreaCases seed(Repositories r) {
        TeamMember lead = r.team().insert(new TeamMember(null, "Lead Invented", TeamRole.TEAM_LEAD, null, true));
        var ours = r.children().insert(aChild().withLaId("OURS").bornOn(LocalDate.of(2010, 6, 15)).build());
        r.episodes().insert(anEpisode().forChild(ours.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
        HealthAssessment oursDone = r.assessments().insert(anIha().forChild(ours.id())
                .requestedOn(LocalDate.of(2017, 1, 10)).completedOn(LocalDate.of(2017, 2, 1)).outOfArea().build());
        // Left care on 31 January; an out-of-area provider assessed the child the next week.
        var gone = r.children().insert(aChild().withLaId("GONE").bornOn(LocalDate.of(2010, 6, 15)).build());
        r.episodes().insert(anEpisode().forChild(gone.id()).startingOn(LocalDate.of(2017, 1, 3))
                .endingOn(LocalDate.of(2017, 1, 31), "E11").build());
        HealthAssessment notOursDone = r.assessments().insert(anIha().forChild(gone.id())
                .requestedOn(LocalDate.of(2017, 1, 4)).completedOn(LocalDate.of(2017, 2, 7)).outOfArea().build());
        r.tariff().save(new TariffPrice(AssessmentType.IHA, LocalDate.of(2016, 4, 1), new BigDecimal("560.00")));
        return new OutOfAreaCases(lead, oursDone, notOursDone);
    }
}
