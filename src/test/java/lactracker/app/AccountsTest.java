package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import lactracker.domain.Access;
import lactracker.domain.FieldProblem;
import lactracker.domain.NotAllowedException;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.domain.UserFacingException;
import lactracker.store.KeySlots;
import lactracker.testdata.MovingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Set-up, sign-in, recovery key, password change and reset, each opening the encrypted database (issue 21). */
class AccountsTest {
    private static final String WRONG = "The username, password or recovery key is not right. Check them and try again.";

    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock();
    private final Accounts accounts = new Accounts(clock, KeySlots.Cost.QUICK);

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    private String setUp(Path db) {
        var made = accounts.setUp(db, "Invented Administrator", "admin", pw("three small words here"));
        made.context().close();
        return made.recoveryKey();
    }

    @Test
    void setUpMakesAnEncryptedDatabaseItsFirstAdministratorSignsInto() throws Exception {
        Path db = dir.resolve("tracker");
        String recovery = setUp(db);

        assertThat(recovery).matches("[2-9A-Z]{5}(-[2-9A-Z]{5}){4}");
        assertThat(new String(Files.readAllBytes(dir.resolve("tracker.mv.db")), 0, 9, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("H2encrypt");
        assertThat(Accounts.signsIn(db)).isTrue();
        try (AppContext c = accounts.signIn(db, "Admin", pw("three small words here"))) {
            assertThat(c.access()).isEqualTo(Access.ADMINISTRATOR);
            assertThat(c.username()).isEqualTo("admin");
            assertThat(c.repositories().team().findAll()).extracting(TeamMember::name).containsExactly("Invented Administrator");
        }
        assertThatThrownBy(() -> accounts.setUp(db, "Another", "other", pw("three small words here")))
                .isInstanceOf(UserFacingException.class).hasMessageStartingWith("There is already a database here");
    }

    @Test
    void aWeakPasswordAtSetUpIsNamedAtItsFieldAndNothingIsMade() {
        Path db = dir.resolve("tracker");
        assertThatThrownBy(() -> accounts.setUp(db, "Invented Administrator", "admin", pw("short")))
                .isInstanceOf(FieldProblem.Refused.class)
                .satisfies(e -> assertThat(((FieldProblem.Refused) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("password"));
        assertThatThrownBy(() -> accounts.setUp(db, "Invented Administrator", "admin", pw("my admin password")))
                .isInstanceOf(FieldProblem.Refused.class);
        assertThat(dir.resolve("tracker.mv.db")).doesNotExist();
        assertThat(KeySlots.fileFor(db)).doesNotExist();
    }

    @Test
    void aWrongPasswordOrUsernameGetsOneSentenceAndFiveInARowMakeTheNextWait() {
        Path db = dir.resolve("tracker");
        setUp(db);
        assertThatThrownBy(() -> accounts.signIn(db, "nobody", pw("three small words here"))).hasMessage(WRONG);
        for (int i = 0; i < Accounts.FREE_TRIES; i++) {
            assertThatThrownBy(() -> accounts.signIn(db, "admin", pw("not the words"))).hasMessage(WRONG);
        }
        assertThatThrownBy(() -> accounts.signIn(db, "admin", pw("three small words here")))
                .as("even the right password waits").hasMessage("Too many tries that did not sign in: wait 30 seconds, then try again.");

        clock.pass(Duration.ofSeconds(31));
        accounts.signIn(db, "admin", pw("three small words here")).close();
        assertThatThrownBy(() -> accounts.signIn(db, "admin", pw("not the words"))).hasMessage(WRONG);
        accounts.signIn(db, "admin", pw("three small words here")).close(); // a success starts the count again
    }

    @Test
    void onlyTheSignedInPasswordUnlocksTheWindowAndEveryLockAndTryIsInTheTrail() {
        Path db = dir.resolve("tracker");
        setUp(db);
        try (AppContext admin = accounts.signIn(db, "admin", pw("three small words here"))) {
            accounts.locked(admin, 10);
            assertThatThrownBy(() -> accounts.unlock(admin, pw("not the words")))
                    .hasMessage("That is not the password of admin, who is signed in here. Type it again, or close the tracker.");
            accounts.unlock(admin, pw("three small words here"));
            accounts.locked(admin, null);
            for (int i = 0; i < Accounts.FREE_TRIES; i++) {
                assertThatThrownBy(() -> accounts.unlock(admin, pw("not the words"))).isInstanceOf(UserFacingException.class);
            }
            assertThatThrownBy(() -> accounts.unlock(admin, pw("three small words here")))
                    .as("five wrong in a row: even the right one waits").hasMessageStartingWith("Too many tries");
            clock.pass(Duration.ofSeconds(31));
            accounts.unlock(admin, pw("three small words here"));

            var log = lactracker.store.jooq.Tables.AUDIT_LOG;
            var entries = admin.database().dsl().select(log.TABLE_NAME, log.NEW_VALUES, log.USERNAME).from(log)
                    .where(log.ACTION.eq("access")).orderBy(log.ID).fetch();
            assertThat(entries.getValues(log.TABLE_NAME)).containsExactly("sign_in", "sign_in", "lock", "unlock_refused", "unlock",
                    "lock", "unlock_refused", "unlock_refused", "unlock_refused", "unlock_refused", "unlock_refused",
                    "unlock");
            assertThat(entries.getValues(log.USERNAME)).containsOnly("admin");
            assertThat(entries.get(2).get(log.NEW_VALUES)).contains("\"idleMinutes\":10");
            assertThat(entries.get(11).get(log.NEW_VALUES)).contains("\"failedTriesBefore\":5");
        }
    }

    @Test
    void theIdleLockIsAWholeNumberOfMinutesFromOneToSixty() {
        try (AppContext admin = AppContext.open(lactracker.testdata.Databases.fresh(dir.resolve("plain")), clock, "admin")) {
            var settings = new SettingsService(admin);
            assertThat(settings.idleLockMinutes()).isEqualTo(10);
            assertThatThrownBy(() -> settings.saveIdleLockMinutes(0))
                    .hasMessage("Nothing was saved: Lock after must be a whole number of minutes from 1 to 60.");
            assertThatThrownBy(() -> settings.saveIdleLockMinutes(61)).isInstanceOf(FieldProblem.Refused.class);
            settings.saveIdleLockMinutes(15);
            assertThat(new SettingsService(admin).idleLockMinutes()).as("read back from the database").isEqualTo(15);
        }
    }

    @Test
    void theRecoveryKeyOpensTheDatabaseAndSetsANewPasswordWhenEveryOneIsForgotten() {
        Path db = dir.resolve("tracker");
        String recovery = setUp(db);

        try (AppContext c = accounts.recover(db, recovery.toLowerCase(java.util.Locale.ROOT).replace("-", " "), "admin",
                pw("a new set of words"))) {
            assertThat(c.access()).isEqualTo(Access.ADMINISTRATOR);
        }
        accounts.signIn(db, "admin", pw("a new set of words")).close();
        assertThatThrownBy(() -> accounts.signIn(db, "admin", pw("three small words here"))).hasMessage(WRONG);
        assertThatThrownBy(() -> accounts.recover(db, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", "admin", pw("other fresh words")))
                .hasMessage(WRONG);
    }

    @Test
    void aPasswordChangedByItsOwnerOrResetByAnAdministratorOpensTheDatabase() {
        Path db = dir.resolve("tracker");
        setUp(db);
        try (AppContext admin = accounts.signIn(db, "admin", pw("three small words here"))) {
            accounts.changePassword(admin, pw("three small words here"), pw("words changed by me"));
            long nurse = admin.repositories().team().insert(
                    new TeamMember(null, "Invented Nurse", TeamRole.NURSE, "nurse1", true)).id();
            admin.repositories().accounts().set(nurse, Access.NURSE);
            accounts.resetPassword(admin, "nurse1", pw("given by the admin"));
        }
        accounts.signIn(db, "admin", pw("words changed by me")).close();
        assertThatThrownBy(() -> accounts.signIn(db, "admin", pw("three small words here"))).hasMessage(WRONG);
        try (AppContext nurse = accounts.signIn(db, "nurse1", pw("given by the admin"))) {
            assertThat(nurse.access()).isEqualTo(Access.NURSE);
            assertThatThrownBy(() -> accounts.resetPassword(nurse, "admin", pw("taken over by me")))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> accounts.changePassword(nurse, pw("not my password"), pw("something else now")))
                    .hasMessage(WRONG);
            accounts.changePassword(nurse, pw("given by the admin"), pw("my very own words"));
        }
        accounts.signIn(db, "nurse1", pw("my very own words")).close();
    }

    @Test
    void anAdministratorGivesAMemberAnAccountInSettingsAndDisablingItRemovesItsPartOfTheKey() throws Exception {
        Path db = dir.resolve("tracker");
        setUp(db);
        long lead;
        try (AppContext admin = accounts.signIn(db, "admin", pw("three small words here"))) {
            var settings = new SettingsService(admin);
            lead = settings.saveMember(new TeamMember(null, "Invented Lead", TeamRole.TEAM_LEAD, "t.lead", true)).id();
            long noName = settings.saveMember(new TeamMember(null, "Invented Doctor", TeamRole.DOCTOR, null, true)).id();
            assertThatThrownBy(() -> accounts.setAccount(admin, lead, Access.TEAM_LEAD, null))
                    .hasMessageContaining("A new account needs a first password");
            assertThatThrownBy(() -> accounts.setAccount(admin, noName, Access.NURSE, pw("a first password here")))
                    .hasMessageContaining("Give the team member a username first");
            accounts.setAccount(admin, lead, Access.TEAM_LEAD, pw("a first password here"));
            assertThat(Accounts.accessByMember(admin)).containsEntry(lead, Access.TEAM_LEAD);

            long adminId = admin.repositories().accounts().memberNamed("admin").orElseThrow();
            assertThatThrownBy(() -> accounts.setAccount(admin, adminId, Access.NURSE, null))
                    .hasMessageContaining("This is the last administrator");
            TeamMember me = admin.repositories().team().findById(adminId).orElseThrow();
            assertThatThrownBy(() -> settings.saveMember(new TeamMember(me.id(), me.name(), me.role(), "someone", true)))
                    .hasMessageContaining("their username cannot change");
            assertThatThrownBy(() -> settings.saveMember(new TeamMember(me.id(), me.name(), me.role(), me.username(), false)))
                    .hasMessageContaining("You cannot disable your own account");
        }
        try (AppContext asLead = accounts.signIn(db, "t.lead", pw("a first password here"))) {
            assertThat(asLead.access()).isEqualTo(Access.TEAM_LEAD);
            assertThatThrownBy(() -> accounts.setAccount(asLead, lead, Access.ADMINISTRATOR, null))
                    .isInstanceOf(NotAllowedException.class);
        }
        try (AppContext admin = accounts.signIn(db, "admin", pw("three small words here"))) {
            accounts.setAccount(admin, lead, Access.TEAM_LEAD, pw("reset by the admin")); // a reset
            new SettingsService(admin).saveMember(new TeamMember(lead, "Invented Lead", TeamRole.TEAM_LEAD, "t.lead", false));
        }
        assertThat(KeySlots.read(db).names()).doesNotContain("t.lead");
        assertThatThrownBy(() -> accounts.signIn(db, "t.lead", pw("reset by the admin"))).hasMessage(WRONG);
    }

    @Test
    void aDisabledAccountDoesNotSignInEvenWithItsPassword() {
        Path db = dir.resolve("tracker");
        setUp(db);
        try (AppContext admin = accounts.signIn(db, "admin", pw("three small words here"))) {
            var nurse = admin.repositories().team().insert(new TeamMember(null, "Invented Nurse", TeamRole.NURSE, "nurse1", true));
            admin.repositories().accounts().set(nurse.id(), Access.NURSE);
            accounts.resetPassword(admin, "nurse1", pw("given by the admin"));
            admin.repositories().team().update(new TeamMember(nurse.id(), nurse.name(), nurse.role(), nurse.username(), false));
        }
        assertThatThrownBy(() -> accounts.signIn(db, "nurse1", pw("given by the admin")))
                .hasMessage("This account cannot sign in: it is disabled, or has no access yet. Ask an administrator.");
    }

    @Test
    void losingTheKeyFileGivesAPlainSentenceNeverAStackTrace() throws Exception {
        Path db = dir.resolve("tracker");
        setUp(db);
        Files.delete(KeySlots.fileFor(db));

        assertThatThrownBy(() -> accounts.signIn(db, "admin", pw("three small words here")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("The key file tracker.keys.json is not beside the database tracker.mv.db");
    }
}
