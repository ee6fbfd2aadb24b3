package lactracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: backup, restore and check from the command line. */
class BackupCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aBackupIsWrittenThenRestoredOnlyWithYesAndTheCheckIsClean() throws Exception {
        Path db = dir.resolve("tracker");
        CommandRun.seedTwoChildren(db);
        Path backup = dir.resolve("b.zip");

        CommandRun made = new CommandRun(db);
        assertThat(made.run("backup", "--to", backup.toString())).isEqualTo(ExitCodes.DONE);
        assertThat(made.out.toString()).startsWith("Backup written to " + backup.toAbsolutePath() + ": made ")
                .contains(", 2 children, 1 assessments, 0 escalations, 0 invoices, ");
        assertThat(backup).exists();

        CommandRun look = new CommandRun(db);
        assertThat(look.run("restore", backup.toString())).isEqualTo(ExitCodes.DONE);
        assertThat(look.out.toString()).contains("The backup b.zip holds the database as it was: made ")
                .contains("Nothing was changed. Run it again with --yes");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }

        CommandRun restore = new CommandRun(db);
        assertThat(restore.run("restore", backup.toString(), "--yes")).isEqualTo(ExitCodes.DONE);
        assertThat(restore.out.toString()).contains("Restored into " + dir.resolve("tracker.mv.db").toAbsolutePath())
                .contains("The database it replaced is kept as " + dir.resolve("tracker-before-restore-"));

        CommandRun check = new CommandRun(db);
        assertThat(check.run("check")).isEqualTo(ExitCodes.DONE);
        assertThat(check.out.toString()).contains("every one could be read.")
                .contains("The stored cases of all 2 children agree with their records.");
    }

    @Test
    void aFileThatIsNotABackupIsRefusedInPlainWords() throws Exception {
        Path db = dir.resolve("tracker");
        CommandRun.seedTwoChildren(db);
        Path notes = Files.writeString(dir.resolve("notes.zip"), "hello");
        CommandRun run = new CommandRun(db);
        assertThat(run.run("restore", notes.toString(), "--yes")).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err.toString().trim())
                .isEqualTo("The file notes.zip is not a backup made by the tracker, or it is damaged. Nothing was restored.");
    }

    @Test
    void aBackupOrCheckOfNoDatabaseMakesNone() {
        Path db = dir.resolve("none");
        CommandRun run = new CommandRun(db);
        assertThat(run.run("check")).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err.toString()).startsWith("There is no database at ");
        assertThat(dir.resolve("none.mv.db")).doesNotExist();
    }

    @Test
    void anAuditEntryAlteredInTheDatabaseFileIsNamedByCheckWhichExitsThree() throws Exception {
        Path db = dir.resolve("tracker");
        CommandRun.seedTwoChildren(db);
        long altered;
        try (var c = lactracker.app.AppContext.open(db, java.time.Clock.systemUTC(), "someone")) {
            var log = lactracker.store.jooq.Tables.AUDIT_LOG;
            altered = c.database().dsl().select(org.jooq.impl.DSL.min(log.ID)).from(log).fetchOne(0, Long.class);
            c.database().dsl().update(log).set(log.USERNAME, "not who did it").where(log.ID.eq(altered)).execute();
        }
        CommandRun check = new CommandRun(db);
        assertThat(check.run("check")).isEqualTo(3);
        assertThat(check.out.toString() + check.err.toString()).contains("The audit trail was altered: entry " + altered
                + " no longer matches its seal");
    }
}
