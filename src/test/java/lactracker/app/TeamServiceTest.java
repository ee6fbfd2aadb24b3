package lactracker.app;

import lactracker.testdata.Databases;
import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import lactracker.domain.Child;
import lactracker.domain.FieldProblem;
import lactracker.domain.TeamFigures;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team lead's overview and reassigning children between nurses. */
class TeamServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-05-10T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2017, 5, 10);

    @TempDir
    Path dir;
    AppContext context;
    TeamService service;
    TeamMember ash;
    TeamMember birch;
    Child onTime;
    Child late;

    /** The database the tests start from: a fresh H2 file here; a server's in the OnPostgres twin (issue 23). */
    AppContext openContext(java.time.Clock clock, String user) {
        return AppContext.open(Databases.fresh(dir.resolve("db")), clock, user);
    }

    @BeforeEach
    void open() {
        context = openContext(CLOCK, "lead");
        var r = context.repositories();
        ash = r.team().insert(new TeamMember(null, "Nurse Ash", TeamRole.NURSE, null, true));
        birch = r.team().insert(new TeamMember(null, "Nurse Birch", TeamRole.NURSE, null, true));
        onTime = r.children().insert(aChild().withLaId("A").bornOn(LocalDate.of(2010, 6, 15)).withNurse(ash.id()).build());
        r.episodes().insert(anEpisode().forChild(onTime.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
        r.assessments().insert(anIha().forChild(onTime.id()).requestedOn(LocalDate.of(2017, 1, 10))
                .completedOn(LocalDate.of(2017, 2, 1)).build()); // due 6 Feb: on time, in 2016-17 Q4
        late = r.children().insert(aChild().withLaId("B").bornOn(LocalDate.of(2010, 6, 15)).withNurse(ash.id()).build());
        r.episodes().insert(anEpisode().forChild(late.id()).startingOn(LocalDate.of(2017, 4, 3)).build()); // IHA due 3 May
        service = new AppServices(context).team();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theOverviewHasLastQuartersFiguresTheMonthEndsAndEachNursesLoad() {
        var o = service.overview(TODAY);

        assertThat(o.quarter()).isEqualTo("2017-18 Q1");
        assertThat(o.tiles()).extracting(TeamService.Tile::id).containsExactlyElementsOf(TeamService.TILES);
        assertThat(o.tiles().get(0).lastQuarterPercent()).isEqualByComparingTo("100"); // the one IHA of Q4, on time
        assertThat(o.onTime()).hasSize(TeamService.QUARTERS).last()
                .satisfies(q -> assertThat(q.quarter()).isEqualTo("2016-17 Q4"));
        assertThat(o.monthEnds()).hasSize(TeamService.MONTHS).last()
                .satisfies(m -> assertThat(m.lookedAfter()).isEqualTo(2)); // 30 April
        assertThat(o.caseload()).containsExactly(new TeamFigures.NurseLoad(ash.id(), 2, 1, 0));
    }

    @Test
    void childrenAreReassignedTogetherAndEachChangeIsAudited() {
        int audited = context.repositories().auditLog().count();

        service.reassign(List.of(onTime.id(), late.id()), birch.id());

        assertThat(context.repositories().children().findById(late.id()).orElseThrow().allocatedNurseId()).isEqualTo(birch.id());
        assertThat(context.repositories().auditLog().count()).isEqualTo(audited + 2);
        assertThat(service.overview(TODAY).caseload()).containsExactly(new TeamFigures.NurseLoad(birch.id(), 2, 1, 0));
    }

    @Test
    void aNurseWhoHasLeftTheTeamIsRefused() {
        var gone = context.repositories().team().insert(new TeamMember(null, "Nurse Gone", TeamRole.NURSE, null, false));

        assertThatThrownBy(() -> service.reassign(List.of(onTime.id()), gone.id())).isInstanceOf(FieldProblem.Refused.class);
        assertThat(context.repositories().children().findById(onTime.id()).orElseThrow().allocatedNurseId()).isEqualTo(ash.id());
    }
}
