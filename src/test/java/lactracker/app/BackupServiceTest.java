package lactracker.app;

import lactracker.testdata.Databases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import lactracker.domain.BackupContents;
import lactracker.domain.BackupPlan;
import lactracker.domain.UserFacingException;
import lactracker.store.Backup;
import lactracker.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: backup now and daily, restore with its checks, and the integrity check. */
class BackupServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path demoDatabase(int children) {
        Path db = dir.resolve("tracker");
        try (AppContext c = AppContext.open(Databases.fresh(db), CLOCK, "lead")) {
            new DemoService(c).fill(children, 7, done -> { });
        }
        return db;
    }

    @Test
    void aRoundTripRestoresEveryTableExactlyAndKeepsTheDatabaseItReplaced() throws Exception {
        Path db = demoDatabase(120);
        Path backup = dir.resolve("saved.zip");
        Map<String, BackupContents.TableSum> atBackup;
        try (AppContext c = AppContext.open(Databases.fresh(db), CLOCK, "lead")) {
            atBackup = Backup.sums(c.database());
            BackupContents contents = new BackupService(c).backupTo(backup, () -> false);
            assertThat(contents.tables()).isEqualTo(atBackup);
            assertThat(contents.rows("child")).isEqualTo(120);
            assertThat(contents.by()).isEqualTo("lead");
            // work done after the backup, which the restore takes away
            c.database().dsl().execute("DELETE FROM payment");
        }
        assertThat(BackupService.contentsOf(backup).tables()).as("what it says it holds, read without opening it")
                .isEqualTo(atBackup);

        var restored = BackupService.restore(db, backup, CLOCK, "admin", () -> false);

        assertThat(restored.keptAs()).exists().hasFileName("tracker-before-restore-2026-12-05-0930.mv.db");
        try (AppContext c = AppContext.open(Databases.fresh(db), CLOCK, "admin")) {
            Map<String, BackupContents.TableSum> now = new HashMap<>(Backup.sums(c.database()));
            Map<String, BackupContents.TableSum> expected = new HashMap<>(atBackup);
            // the audit trail also holds the backup's entry (written after it was made) and the restore's
            assertThat(now.remove("AUDIT_LOG").rows()).isEqualTo(expected.remove("AUDIT_LOG").rows() + 1);
            assertThat(now.remove("AUDIT_SEAL").rows()).isEqualTo(expected.remove("AUDIT_SEAL").rows()); // sealed on
            assertThat(now).isEqualTo(expected);
            assertThat(c.database().dsl().fetchValue("SELECT COUNT(*) FROM audit_log WHERE table_name = 'restore' "
                    + "AND username = 'admin'")).isEqualTo(1L);
            // the next backup, beside the kept file (H2's BACKUP once took that file for one of the database's own)
            assertThat(new BackupService(c).backupTo(dir.resolve("after-restore.zip"), () -> false).rows("child"))
                    .isEqualTo(120);
        }
        try (AppContext kept = AppContext.open(restored.keptAs(), CLOCK, "x")) {
            assertThat(kept.database().dsl().fetchCount(kept.database().dsl().selectFrom("payment")))
                    .as("the replaced database, with its work after the backup, kept whole").isZero();
        }
    }

    @Test
    void aBackupWhoseTablesDoNotMatchWhatItSaysIsRefusedAndNothingChanges() throws Exception {
        Path db = demoDatabase(30);
        Path backup = dir.resolve("saved.zip");
        try (AppContext c = AppContext.open(Databases.fresh(db), CLOCK, "lead")) {
            new BackupService(c).backupTo(backup, () -> false);
        }
        Path tampered = dir.resolve("tampered.zip");
        rewriteManifest(backup, tampered, m -> m.replaceFirst("table.CHILD.rows=30", "table.CHILD.rows=31"));
        Map<String, BackupContents.TableSum> before = sumsOf(db);

        assertThatThrownBy(() -> BackupService.restore(db, tampered, CLOCK, "admin", () -> false))
                .isInstanceOf(StoreException.class)
                .hasMessage("The backup tampered.zip is damaged: its table child is not as it was when the backup was "
                        + "made. Nothing was restored; choose an earlier backup.");
        assertThat(sumsOf(db)).isEqualTo(before);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore")
                || n.startsWith(".lac-"));
    }

    @Test
    void aFileThatIsNotABackupIsNamedAsSuch() throws Exception {
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "not a zip at all");
        Path truncated = dir.resolve("cut.zip");
        Path db = demoDatabase(10);
        Path backup = dir.resolve("saved.zip");
        try (AppContext c = AppContext.open(Databases.fresh(db), CLOCK, "lead")) {
            new BackupService(c).backupTo(backup, () -> false);
        }
        byte[] whole = Files.readAllBytes(backup);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> BackupService.contentsOf(notZip)).isInstanceOf(StoreException.class)
                .hasMessage("The file notes.zip is not a backup made by the tracker, or it is damaged. Nothing was restored.");
        assertThatThrownBy(() -> BackupService.restore(db, truncated, CLOCK, "admin", () -> false))
                .isInstanceOf(StoreException.class).hasMessageContaining("cut.zip");
        try (AppContext c = AppContext.open(Databases.fresh(db), CLOCK, "x")) {
            assertThat(c.childrenCount()).isEqualTo(10);
        }
    }

    @Test
    void aDatabaseOpenElsewhereIsNotReplaced() throws Exception {
        Path db = demoDatabase(5);
        Path backup = dir.resolve("saved.zip");
        try (AppContext c = AppContext.open(Databases.fresh(db), CLOCK, "lead")) {
            new BackupService(c).backupTo(backup, () -> false);
            assertThatThrownBy(() -> BackupService.restore(db, backup, CLOCK, "admin", () -> false))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessage("The database tracker.mv.db is open: close it before restoring a backup in its place.");
            assertThat(c.childrenCount()).isEqualTo(5);
        }
    }

    @Test
    void theDailyBackupIsMadeOnceADayAndOnlyTheNewestAreKept() throws Exception {
        Path db = demoDatabase(5);
        Path folder = dir.resolve("backups");
        Files.createDirectories(folder);
        for (String day : List.of("2026-12-01", "2026-12-02", "2026-12-03")) {
            Files.writeString(folder.resolve("lac-tracker-backup-" + day + "-0800.zip"), "old");
        }
        Files.writeString(folder.resolve("my own notes.zip"), "not one of ours");
        try (AppContext c = AppContext.open(Databases.fresh(db), CLOCK, "lead")) {
            BackupService service = new BackupService(c);
            assertThat(service.plan()).isEqualTo(new BackupPlan(true, dir.resolve("backups").toString(), 14));
            service.savePlan(new BackupPlan(true, folder.toString(), 2));

            assertThat(service.dailyIfDue(() -> false)).contains(folder.resolve("lac-tracker-backup-2026-12-05-0930.zip"));
            if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Path made = dir.resolve("made-by-the-tracker");
                service.backupTo(made.resolve("b.zip"), () -> false);
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(made)))
                        .as("a folder the tracker makes for backups").isEqualTo("rwx------");
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(made.resolve("b.zip")))).isEqualTo("rw-------");
            }
            assertThat(service.dailyIfDue(() -> false)).as("one a day").isEmpty();
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "lac-tracker-backup-2026-12-03-0800.zip", "lac-tracker-backup-2026-12-05-0930.zip", "my own notes.zip");
        }
    }

    @Test
    void aPlanThatCannotBeKeptIsRefusedAtItsField() {
        Path db = demoDatabase(1);
        try (AppContext c = AppContext.open(Databases.fresh(db), CLOCK, "lead")) {
            BackupService service = new BackupService(c);
            assertThatThrownBy(() -> service.savePlan(new BackupPlan(true, "x", 0))).isInstanceOf(UserFacingException.class)
                    .hasMessage("Keep between 1 and 365 daily backups.");
            assertThatThrownBy(() -> service.savePlan(new BackupPlan(true, " ", 3))).isInstanceOf(UserFacingException.class)
                    .hasMessage("Choose the folder the daily backups go to.");
            service.savePlan(new BackupPlan(false, "", 3));
            assertThat(service.dailyIfDue(() -> false)).as("daily backups turned off").isEmpty();
        }
    }

    @Test
    void theCheckFindsAStoredCaseThatDiffersFromItsRecordsAndMakesItAgain() {
        Path db = demoDatabase(40);
        try (AppContext c = AppContext.open(Databases.fresh(db), CLOCK, "lead")) {
            BackupService service = new BackupService(c);
            var clean = service.check();
            assertThat(clean.clean()).isTrue();
            assertThat(clean.copiesChecked()).isEqualTo(40);
            assertThat(clean.rows()).containsEntry("child", 40L);

            var dsl = c.database().dsl();
            List<Long> ids = dsl.fetchValues("SELECT child_id FROM case_snapshot ORDER BY child_id").stream()
                    .map(v -> ((Number) v).longValue()).toList();
            // a write that went round the audit trail: the first child's copy now holds the second's case
            dsl.execute("UPDATE case_snapshot SET data = (SELECT data FROM case_snapshot WHERE child_id = ?) WHERE child_id = ?",
                    ids.get(1), ids.get(0));

            var found = service.check();
            assertThat(found.copiesRemade()).containsExactly(ids.get(0));
            assertThat(service.check().clean()).as("made again").isTrue();
            assertThat(dsl.fetchValue("SELECT COUNT(*) FROM audit_log WHERE table_name = 'check'")).isEqualTo(3L);
        }
    }

    private static Map<String, BackupContents.TableSum> sumsOf(Path db) {
        try (AppContext c = AppContext.open(Databases.fresh(db), CLOCK, "x")) {
            return Backup.sums(c.database());
        }
    }

    private static void rewriteManifest(Path from, Path to, java.util.function.UnaryOperator<String> edit) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                byte[] data = e.getName().equals("backup.properties")
                        ? edit.apply(bytes.toString(StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1)
                        : bytes.toByteArray();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
    }
}
