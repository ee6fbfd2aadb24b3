package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import lactracker.domain.Access;
import lactracker.domain.Child;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.store.StaleRecordException;
import lactracker.testdata.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: two desks on one server. A save over a child's record the other desk changed since this one
 * read it is refused, naming who changed it and when, and writes nothing; read again, the record saves.
 */
class TwoDesksTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aSaveOverAnotherDesksChangeIsRefusedNamingThemAndWhen() {
        String url = TestPostgres.shared().freshDatabase();
        Clock tenFortyTwo = Clock.fixed(Instant.parse("2026-12-04T10:42:00Z"), LONDON);
        try (AppContext jo = AppContext.onServer(url, TestPostgres.USER, "", tenFortyTwo, "j.smith", Access.TEAM_LEAD);
                AppContext sam = AppContext.onServer(url, TestPostgres.USER, "", tenFortyTwo, "s.ash", Access.TEAM_LEAD)) {
            jo.repositories().team().insert(new TeamMember(null, "Sam Ash", TeamRole.NURSE, "s.ash", true));
            seed(url, tenFortyTwo, 3);
            long childId = jo.repositories().children().findAll().get(0).id();

            Child readByJo = jo.repositories().children().findById(childId).orElseThrow();
            Child readBySam = sam.repositories().children().findById(childId).orElseThrow();
            new AppServices(sam).children().save(withNotes(readBySam, "Sam's note"));

            assertThatThrownBy(() -> new AppServices(jo).children().save(withNotes(readByJo, "Jo's note")))
                    .isInstanceOf(StaleRecordException.class)
                    .hasMessageStartingWith("Changed by Sam Ash at 10:42: reload to see their change.");
            assertThat(jo.repositories().children().findById(childId).orElseThrow().notes()).isEqualTo("Sam's note");

            Child reloaded = jo.repositories().children().findById(childId).orElseThrow();
            assertThat(new AppServices(jo).children().save(withNotes(reloaded, "Jo's note")).notes()).isEqualTo("Jo's note");
        }
    }

    @Test
    void anAssessmentLoggedAtOneDeskReachesTheOthersCaseloadWhenItCatchesUp() {
        String url = TestPostgres.shared().freshDatabase();
        Clock today = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), LONDON);
        seed(url, today, 4);
        try (AppContext jo = AppContext.onServer(url, TestPostgres.USER, "", today, "j.smith", Access.TEAM_LEAD);
                AppContext sam = AppContext.onServer(url, TestPostgres.USER, "", today, "s.ash", Access.TEAM_LEAD)) {
            var joesCaseload = new AppServices(jo).caseload();
            java.util.List<Caseload.Change> told = new java.util.ArrayList<>();
            joesCaseload.addListener(told::add);
            java.time.LocalDate day = java.time.LocalDate.now(today);
            var child = joesCaseload.day(day).summaries().stream().filter(c -> c.nextDue() != null).findFirst().orElseThrow();

            // Sam, at the other desk, logs the child's due assessment as done.
            var samsServices = new AppServices(sam);
            samsServices.children().save(lactracker.testdata.AssessmentBuilder.anRha().forChild(child.childId())
                    .requestedOn(day.minusDays(20)).completedOn(day.minusDays(1)).build());

            joesCaseload.catchUp(); // as Jo's window does each minute
            assertThat(told).containsExactly(new Caseload.ChildrenChanged(java.util.Set.of(child.childId())));
            assertThat(joesCaseload.day(day).child(child.childId()).orElseThrow().summary())
                    .isEqualTo(samsServices.caseload().day(day).child(child.childId()).orElseThrow().summary());
        }
    }

    @Test
    void aChangeOnAnotherDayIsNamedWithItsDate() {
        String url = TestPostgres.shared().freshDatabase();
        Clock yesterday = Clock.fixed(Instant.parse("2026-12-03T15:05:00Z"), LONDON);
        Clock today = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), LONDON);
        try (AppContext sam = AppContext.onServer(url, TestPostgres.USER, "", yesterday, "s.ash", Access.TEAM_LEAD);
                AppContext jo = AppContext.onServer(url, TestPostgres.USER, "", today, "j.smith", Access.TEAM_LEAD)) {
            seed(url, yesterday, 2);
            long childId = jo.repositories().children().findAll().get(0).id();
            Child readByJo = jo.repositories().children().findById(childId).orElseThrow();
            new AppServices(sam).children().save(withNotes(sam.repositories().children().findById(childId).orElseThrow(),
                    "Sam's note"));

            // Sam has no team member of that username: the trail's username names them.
            assertThatThrownBy(() -> new AppServices(jo).children().save(withNotes(readByJo, "Jo's note")))
                    .hasMessageStartingWith("Changed by s.ash on 3 Dec 2026 at 15:05: reload to see their change.");
        }
    }

    /** Invented children, put there by an administrator (the demo is theirs to fill). */
    private static void seed(String url, Clock clock, int children) {
        try (AppContext admin = AppContext.onServer(url, TestPostgres.USER, "", clock, "admin", Access.ADMINISTRATOR)) {
            new AppServices(admin).demo().fill(children, 11, done -> { });
        }
    }

    private static Child withNotes(Child c, String notes) {
        return c.withTeamFields(c.givenName(), c.familyName(), c.nhsNumber(), c.gpPractice(), c.gpPracticeCode(),
                c.dentistPractice(), c.allocatedNurseId(), c.uascFlagged(), c.healthPassportIssued(), notes);
    }
}
