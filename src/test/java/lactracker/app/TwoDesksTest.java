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
 * Issue 23: two desks on one server. A save over a record the other desk changed since this one read it (a
 * child, an invoice, an escalation, a team member) is refused, naming who changed it and when, and writes
 * nothing; read again, the record saves.
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

    @Test
    void anInvoiceEscalationOrMemberChangedAtAnotherDeskIsNotOverwritten() {
        String url = TestPostgres.shared().freshDatabase();
        Clock tenFortyTwo = Clock.fixed(Instant.parse("2026-12-04T10:42:00Z"), LONDON);
        seed(url, tenFortyTwo, 60);
        try (AppContext jo = AppContext.onServer(url, TestPostgres.USER, "", tenFortyTwo, "j.smith", Access.TEAM_LEAD);
                AppContext sam = AppContext.onServer(url, TestPostgres.USER, "", tenFortyTwo, "s.ash", Access.TEAM_LEAD)) {
            TeamMember samAsh = sam.repositories().team().insert(new TeamMember(null, "Sam Ash", TeamRole.NURSE, "s.ash", true));
            AppServices joDesk = new AppServices(jo);
            AppServices samDesk = new AppServices(sam);
            java.time.LocalDate day = java.time.LocalDate.now(tenFortyTwo);

            // An invoice: both read it, Sam marks it paid, Jo's change over what she read is refused.
            var joLine = joDesk.payments().payments().lines().stream().filter(l -> l.payment() != null
                    && l.payment().commissionerVerified() && l.payment().paidOn() == null).findFirst().orElseThrow();
            var samLine = samDesk.payments().linesOf(joLine.childId()).stream()
                    .filter(l -> l.assessment().id().equals(joLine.assessment().id())).findFirst().orElseThrow();
            samDesk.payments().save(samLine, paid(samLine.payment(), samAsh.id(), day));
            String refused = "Changed by Sam Ash at 10:42: reload to see their change.";
            assertThatThrownBy(() -> joDesk.payments().save(joLine, withNote(joLine.payment(), "Jo's note")))
                    .isInstanceOf(StaleRecordException.class).hasMessageStartingWith(refused);
            assertThatThrownBy(() -> joDesk.payments().deleteInvoice(joLine))
                    .isInstanceOf(StaleRecordException.class).hasMessageStartingWith(refused);
            var reread = joDesk.payments().linesOf(joLine.childId()).stream()
                    .filter(l -> l.assessment().id().equals(joLine.assessment().id())).findFirst().orElseThrow();
            assertThat(reread.payment().paidOn()).isEqualTo(day);
            assertThat(joDesk.payments().save(reread, withNote(reread.payment(), "Jo's note")).note()).isEqualTo("Jo's note");

            // An escalation: both read it, Sam records the host area's answer, Jo's step over it is refused.
            var joEscalation = joDesk.escalations().lines(day).stream()
                    .filter(l -> l.escalation() != null && !l.closed()).findFirst().orElseThrow();
            var samEscalation = samDesk.escalations().linesOf(joEscalation.childId(), day).stream()
                    .filter(l -> l.dueDate().equals(joEscalation.dueDate()) && l.type() == joEscalation.type())
                    .findFirst().orElseThrow();
            samDesk.escalations().close(samEscalation, day, "Seen by the host area");
            assertThatThrownBy(() -> joDesk.escalations().addStep(joEscalation, 4, day, "Designated nurse", null,
                    joEscalation.hostArea(), null))
                    .isInstanceOf(StaleRecordException.class).hasMessageStartingWith(refused);
            assertThatThrownBy(() -> joDesk.escalations().reopen(joEscalation))
                    .isInstanceOf(StaleRecordException.class).hasMessageStartingWith(refused);
            assertThat(jo.repositories().escalations().findById(joEscalation.escalation().id()).orElseThrow().closedOn())
                    .isEqualTo(day);

            // A duty neither has chased: Sam begins, Jo's first step for the same duty is refused, not a second one.
            var joUnchased = joDesk.escalations().lines(day).stream().filter(l -> l.escalation() == null && !l.closed())
                    .findFirst().orElseThrow();
            samDesk.escalations().addStep(joUnchased, 1, day, "LAC administrator", null, "Invented area", null);
            assertThatThrownBy(() -> joDesk.escalations().addStep(joUnchased, 1, day, "LAC administrator", null,
                    "Invented area", null))
                    .isInstanceOf(StaleRecordException.class).hasMessageStartingWith(refused);
            assertThat(jo.repositories().escalations().findByChild(joUnchased.childId()).stream()
                    .filter(e -> e.dutyDueDate().equals(joUnchased.dueDate()) && e.type() == joUnchased.type())).hasSize(1);

        }
        // A team member (an administrator's work): both open Sam's entry, Sam renames it, Jo's change of role is refused.
        try (AppContext jo = AppContext.onServer(url, TestPostgres.USER, "", tenFortyTwo, "j.smith", Access.ADMINISTRATOR);
                AppContext sam = AppContext.onServer(url, TestPostgres.USER, "", tenFortyTwo, "s.ash", Access.ADMINISTRATOR)) {
            TeamMember joRead = jo.repositories().team().findAll().stream().filter(m -> "s.ash".equals(m.username()))
                    .findFirst().orElseThrow();
            new AppServices(sam).settings().saveMember(new TeamMember(joRead.id(), "Sam Ash-Invented", joRead.role(),
                    "s.ash", true, joRead.version()));
            assertThatThrownBy(() -> new AppServices(jo).settings().saveMember(new TeamMember(joRead.id(), joRead.name(),
                    TeamRole.TEAM_LEAD, "s.ash", true, joRead.version())))
                    .isInstanceOf(StaleRecordException.class)
                    .hasMessageStartingWith("Changed by Sam Ash-Invented at 10:42: reload to see their change.");
            assertThat(jo.repositories().team().findById(joRead.id()).orElseThrow().role()).isEqualTo(TeamRole.NURSE);
        }
    }

    private static lactracker.domain.Payment paid(lactracker.domain.Payment p, long verifiedBy, java.time.LocalDate on) {
        return new lactracker.domain.Payment(p.id(), p.assessmentId(), p.invoiceReference(), p.invoiceReceived(),
                p.amount(), true, verifiedBy, p.verifiedOn(), on, p.note());
    }

    private static lactracker.domain.Payment withNote(lactracker.domain.Payment p, String note) {
        return new lactracker.domain.Payment(p.id(), p.assessmentId(), p.invoiceReference(), p.invoiceReceived(),
                p.amount(), p.commissionerVerified(), p.verifiedById(), p.verifiedOn(), p.paidOn(), note);
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
