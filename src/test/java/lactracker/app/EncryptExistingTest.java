package lactracker.app;

import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import lactracker.domain.Access;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.store.Database;
import lactracker.store.FileKey;
import lactracker.store.KeySlots;
import lactracker.testdata.Databases;
import lactracker.testdata.MovingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made before sign-in is encrypted when its first administrator is set up, checked against the
 * original; a conversion cut short is finished at the next sign-in; a plain backup restored into an
 * encrypted database is encrypted before it takes its place (issue 21).
 */
class EncryptExistingTest {
    private static final String PASSWORD = "three small words here";

    @TempDir
    Path dir;
    private final MovingClock clock = new MovingClock();
    private final Accounts accounts = new Accounts(clock, KeySlots.Cost.QUICK);

    private Path plainWithChildren() {
        Path db = Databases.fresh(dir.resolve("tracker"));
        try (AppContext plain = AppContext.open(db, clock, "os.user")) {
            plain.repositories().children().insert(aChild().withLaId("LA0001").named("Testa", "Fakename").build());
            plain.repositories().children().insert(aChild().withLaId("LA0002").build());
        }
        return db;
    }

    private static String bytesOf(Path db) throws Exception {
        return new String(Files.readAllBytes(Database.fileOf(db)), StandardCharsets.ISO_8859_1);
    }

    @Test
    void settingUpAnExistingPlainDatabaseEncryptsItWithEverythingInIt() throws Exception {
        Path db = plainWithChildren();
        assertThat(bytesOf(db)).contains("Fakename");

        var made = accounts.setUp(db, "Invented Administrator", "admin", PASSWORD.toCharArray());
        made.context().close();

        assertThat(Database.encrypted(Database.fileOf(db))).isTrue();
        assertThat(bytesOf(db)).doesNotContain("Fakename").doesNotContain("LA0001");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".lac-encrypt"));
        }
        try (AppContext admin = accounts.signIn(db, "admin", PASSWORD.toCharArray())) {
            assertThat(admin.childrenCount()).isEqualTo(2);
            assertThat(admin.access()).isEqualTo(Access.ADMINISTRATOR);
        }
        try (AppContext recovered = accounts.recover(db, made.recoveryKey(), "admin", "four other small words".toCharArray())) {
            assertThat(recovered.childrenCount()).isEqualTo(2);
        }
    }

    @Test
    void aDemoDatabaseIsNotEncryptedButLeftAsItIs() {
        Path db = Databases.fresh(dir.resolve("demo"));
        try (AppContext plain = AppContext.open(db, clock, "os.user")) {
            new DemoService(plain).fill(3, 1, d -> { });
        }
        assertThatThrownBy(() -> accounts.setUp(db, "Invented Administrator", "admin", PASSWORD.toCharArray()))
                .hasMessageStartingWith("This database holds invented demo children");
        assertThat(Accounts.signsIn(db)).isFalse();
        assertThat(Database.encrypted(Database.fileOf(db))).isFalse();
    }

    @Test
    void aConversionCutShortBeforeTheFileWasEncryptedIsFinishedAtTheNextSignIn() throws Exception {
        Path db = plainWithChildren();
        FileKey key = FileKey.random();
        try (AppContext plain = AppContext.open(db, clock, "os.user")) { // the account, as set-up writes it first
            long id = plain.repositories().team().insert(
                    new TeamMember(null, "Invented Administrator", TeamRole.ADMIN, "admin", true)).id();
            plain.repositories().accounts().set(id, Access.ADMINISTRATOR);
        }
        KeySlots.none().with("admin", PASSWORD.toCharArray(), key, KeySlots.Cost.QUICK).write(db); // then the slots
        assertThat(Accounts.signsIn(db)).isTrue();

        try (AppContext admin = accounts.signIn(db, "admin", PASSWORD.toCharArray())) {
            assertThat(admin.childrenCount()).isEqualTo(2);
        }
        assertThat(Database.encrypted(Database.fileOf(db))).isTrue();
        assertThat(bytesOf(db)).doesNotContain("Fakename");
    }

    @Test
    void aPlainBackupRestoredIntoAnEncryptedDatabaseIsEncryptedAndItsOwnBackupRestoresToo() throws Exception {
        Path plain = plainWithChildren();
        Path plainBackup = dir.resolve("plain.zip");
        try (AppContext c = AppContext.open(plain, clock, "os.user")) {
            new BackupService(c).backupTo(plainBackup, () -> false);
        }
        Path db = dir.resolve("secure");
        accounts.setUp(db, "Invented Administrator", "admin", PASSWORD.toCharArray()).context().close();

        AppContext admin = accounts.signIn(db, "admin", PASSWORD.toCharArray());
        admin.close();
        BackupService.restore(admin, plainBackup, () -> false);
        assertThat(Database.encrypted(Database.fileOf(db))).isTrue();
        assertThat(bytesOf(db)).doesNotContain("Fakename");
        Path ownBackup = dir.resolve("own.zip");
        try (AppContext again = accounts.signIn(db, "admin", PASSWORD.toCharArray())) {
            assertThat(again.childrenCount()).isEqualTo(2);
            // the restored plain database had no accounts: the administrator's slot opens it, as the restore's
            // own entry in the trail says who did it
            new BackupService(again).backupTo(ownBackup, () -> false);
        }
        assertThat(new String(Files.readAllBytes(ownBackup), StandardCharsets.ISO_8859_1)).doesNotContain("Fakename");

        clock.pass(java.time.Duration.ofMinutes(2)); // the kept file's name has the minute in it
        AppContext before = accounts.signIn(db, "admin", PASSWORD.toCharArray());
        before.close();
        BackupService.restore(before, ownBackup, () -> false);
        try (AppContext restored = accounts.signIn(db, "admin", PASSWORD.toCharArray())) {
            assertThat(restored.childrenCount()).isEqualTo(2);
        }
    }
}
