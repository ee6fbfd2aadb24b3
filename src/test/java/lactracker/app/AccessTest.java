package lactracker.app;

import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lactracker.domain.Access;
import lactracker.domain.Action;
import lactracker.domain.AuditPeriod;
import lactracker.domain.Child;
import lactracker.domain.NotAllowedException;
import lactracker.domain.PlacementLocation;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.testdata.Databases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each account's access may and may not do, asked of the services themselves (a window that hid a
 * button would not stop a command, or a screen that forgot to): every change the services make, tried by
 * a nurse, a team lead and an administrator. A refusal names the access and the change, and writes nothing.
 */
class AccessTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    /** Who may do what (issue 21): each access may do what the one before it may, and more. */
    private static final Map<Access, Set<Action>> MAY = Map.of(
            Access.NURSE, Set.of(Action.LOG_ASSESSMENT, Action.KEEP_CHILD_RECORD),
            Access.TEAM_LEAD, Set.of(Action.LOG_ASSESSMENT, Action.KEEP_CHILD_RECORD, Action.REASSIGN_CHILDREN,
                    Action.RUN_ESCALATIONS, Action.RECORD_PAYMENTS, Action.IMPORT, Action.EXPORT_AUDIT,
                    Action.READ_AUDIT_TRAIL),
            Access.ADMINISTRATOR, Set.of(Action.values()));

    @TempDir
    Path dir;

    private interface Attempt {
        void run(AppServices services, Fixture f) throws Exception;
    }

    /** What the attempts work on, written by an administrator before the person under test signs in. */
    private record Fixture(Child child, long logged, long invoiced, long nurseId, Path extract, Path backup, Path elsewhere) {
    }

    /** One representative change for each action, as the screens and commands ask for it. */
    private static Map<Action, Attempt> attempts() {
        Map<Action, Attempt> a = new EnumMap<>(Action.class);
        a.put(Action.LOG_ASSESSMENT, (s, f) -> s.children().save(anIha().forChild(f.logged())
                .requestedOn(LocalDate.of(2017, 1, 10)).completedOn(LocalDate.of(2017, 2, 1)).build()));
        a.put(Action.KEEP_CHILD_RECORD, (s, f) -> s.children().save(f.child().withTeamFields(f.child().givenName(),
                f.child().familyName(), f.child().nhsNumber(), f.child().gpPractice(), f.child().gpPracticeCode(),
                f.child().dentistPractice(), f.child().allocatedNurseId(), f.child().uascFlagged(),
                f.child().healthPassportIssued(), "Seen at school")));
        a.put(Action.REASSIGN_CHILDREN, (s, f) -> s.team().reassign(List.of(f.child().id()), f.nurseId()));
        a.put(Action.RUN_ESCALATIONS, (s, f) -> s.escalations().addStep(s.escalations().lines(LocalDate.of(2017, 3, 1))
                .get(0), 1, LocalDate.of(2017, 2, 7), "Host LAC administrator", null, "Medway", null));
        a.put(Action.RECORD_PAYMENTS, (s, f) -> {
            var line = s.payments().linesOf(f.invoiced()).get(0);
            var saved = s.payments().save(line, new lactracker.domain.Payment(null, line.assessment().id(), "INV-1",
                    LocalDate.of(2017, 2, 1), new java.math.BigDecimal("450.00"), false, null, null, null, null));
            s.payments().deleteInvoice(s.payments().linesOf(f.invoiced()).get(0)); // and deleted, logged in error
            assertThat(saved.id()).isNotNull();
        });
        a.put(Action.IMPORT, (s, f) -> s.import903().apply(s.import903().check(List.of(f.extract()), "test"), "test"));
        a.put(Action.EXPORT_AUDIT, (s, f) -> {
            AuditPeriod q = AuditPeriod.quarter("2016/17-Q4");
            s.audit().writeReport(s.audit().audit(q, q.to()), ReportFormat.CSV, f.extract().resolveSibling("audit.csv"));
        });
        a.put(Action.READ_AUDIT_TRAIL, (s, f) -> assertThat(s.trail().find(AuditTrailService.Filter.everything()).lines())
                .isNotEmpty());
        a.put(Action.MANAGE_ACCOUNTS, (s, f) -> s.settings().saveMember(
                new TeamMember(null, "Invented Lead", TeamRole.TEAM_LEAD, null, true)));
        a.put(Action.CHANGE_SETTINGS, (s, f) -> {
            s.settings().save(s.settings().load().settings());
            s.settings().saveIdleLockMinutes(15);
        });
        a.put(Action.BACK_UP, (s, f) -> s.backups().backupTo(f.extract().resolveSibling("b.zip"), () -> false));
        a.put(Action.RESTORE, (s, f) -> BackupService.restore(f.elsewhere(), f.backup(), CLOCK, s.context().username(),
                s.context().access(), () -> false));
        a.put(Action.CHECK_DATABASE, (s, f) -> s.backups().check());
        a.put(Action.FILL_DEMO, (s, f) -> s.demo().fill(1, 1, d -> { }));
        a.put(Action.MOVE_TO_SERVER, (s, f) -> {
            try (AppContext server = AppContext.onServer(lactracker.testdata.TestPostgres.shared().freshDatabase(),
                    lactracker.testdata.TestPostgres.USER, "", CLOCK, "admin", Access.ADMINISTRATOR)) {
                ServerMoveService.move(s.context(), server, () -> false);
            }
        });
        return a;
    }

    @ParameterizedTest
    @EnumSource(Access.class)
    void eachAccessMayDoItsOwnWorkAndIsRefusedTheRestWithNothingWritten(Access access) throws Exception {
        Path db = Databases.fresh(dir.resolve("db"));
        Fixture f;
        try (AppContext admin = AppContext.open(db, CLOCK, "admin")) {
            var r = admin.repositories();
            long nurse = r.team().insert(new TeamMember(null, "Invented Nurse", TeamRole.NURSE, "nurse1", true)).id();
            Child child = r.children().insert(aChild().withLaId("A1").bornOn(LocalDate.of(2010, 6, 15)).build());
            r.episodes().insert(anEpisode().forChild(child.id()).startingOn(LocalDate.of(2017, 1, 9))
                    .placedAt("ME1 1AA", PlacementLocation.OUT).build());
            Child logged = r.children().insert(aChild().withLaId("L1").bornOn(LocalDate.of(2011, 2, 3)).build());
            r.episodes().insert(anEpisode().forChild(logged.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
            Child invoiced = r.children().insert(aChild().withLaId("P1").bornOn(LocalDate.of(2009, 1, 5)).build());
            r.episodes().insert(anEpisode().forChild(invoiced.id()).startingOn(LocalDate.of(2016, 11, 1))
                    .placedAt("ME1 1AA", PlacementLocation.OUT).build());
            r.assessments().insert(anIha().forChild(invoiced.id()).requestedOn(LocalDate.of(2016, 11, 3))
                    .completedOn(LocalDate.of(2016, 11, 20)).outOfArea().build());
            Path extract = Files.createDirectories(dir.resolve("903")).resolve("header.csv");
            Files.writeString(extract, "CHILD,SEX,DOB,ETHNIC,UPN\nB2,1,15/06/2011,WBRI,\n");
            Path backup = dir.resolve("kept.zip");
            new AppServices(admin).backups().backupTo(backup, () -> false);
            f = new Fixture(child, logged.id(), invoiced.id(), nurse, extract, backup, dir.resolve("elsewhere"));
        }
        try (AppContext as = AppContext.open(db, CLOCK, "person", access)) {
            AppServices services = new AppServices(as);
            for (var e : attempts().entrySet()) {
                long auditBefore = auditEntries(as);
                if (MAY.get(access).contains(e.getKey())) {
                    try {
                        e.getValue().run(services, f);
                    } catch (NotAllowedException refused) {
                        throw new AssertionError(access + " was refused " + e.getKey(), refused);
                    } catch (lactracker.domain.UserFacingException allowedButRefusedOnItsMerits) {
                        // allowed, and refused only for what the database holds: demo children fill an empty one only
                        assertThat(e.getKey()).as(allowedButRefusedOnItsMerits.getMessage()).isEqualTo(Action.FILL_DEMO);
                    }
                } else {
                    assertThatThrownBy(() -> e.getValue().run(services, f)).as(access + " " + e.getKey())
                            .isInstanceOf(NotAllowedException.class)
                            .hasMessageStartingWith("Your account (" + access.label() + ") may not " + e.getKey().label())
                            .hasMessageEndingWith("Nothing was changed.");
                    assertThat(auditEntries(as)).as("nothing written when %s is refused", e.getKey()).isEqualTo(auditBefore);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Access.class)
    void aNurseMayKeepAChildsRecordButOnlyATeamLeadChangesWhoTheChildIsAllocatedTo(Access access) throws Exception {
        Path db = Databases.fresh(dir.resolve("db"));
        long nurse;
        Child child;
        try (AppContext admin = AppContext.open(db, CLOCK, "admin")) {
            nurse = admin.repositories().team().insert(new TeamMember(null, "Invented Nurse", TeamRole.NURSE, null, true)).id();
            child = admin.repositories().children().insert(aChild().withLaId("A1").bornOn(LocalDate.of(2010, 6, 15)).build());
        }
        try (AppContext as = AppContext.open(db, CLOCK, "person", access)) {
            var children = new AppServices(as).children();
            Child allocated = child.withTeamFields(child.givenName(), child.familyName(), child.nhsNumber(),
                    child.gpPractice(), child.gpPracticeCode(), child.dentistPractice(), nurse, child.uascFlagged(),
                    child.healthPassportIssued(), child.notes());
            if (access == Access.NURSE) {
                assertThatThrownBy(() -> children.save(allocated)).isInstanceOf(NotAllowedException.class)
                        .extracting(x -> ((NotAllowedException) x).action()).isEqualTo(Action.REASSIGN_CHILDREN);
                assertThat(as.repositories().children().findById(child.id()).orElseThrow().allocatedNurseId()).isNull();
            } else {
                assertThat(children.save(allocated).allocatedNurseId()).isEqualTo(nurse);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Access.class)
    void everyActionIsOneOfTheAttemptsAndTheOrderOfAccessesIsTheIssues(Access access) {
        assertThat(attempts().keySet()).containsExactlyInAnyOrder(Action.values());
        for (Action action : Action.values()) {
            assertThat(access.may(action)).as("%s %s", access, action).isEqualTo(MAY.get(access).contains(action));
        }
    }

    private static long auditEntries(AppContext context) {
        return context.database().dsl().fetchCount(lactracker.store.jooq.Tables.AUDIT_LOG);
    }
}
