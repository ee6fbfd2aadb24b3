package lactracker.cli;

import java.nio.file.Path;
import java.time.Clock;
import lactracker.app.AppContext;
import lactracker.app.BackupService;
import lactracker.domain.BackupContents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: says what a backup holds, and with --yes puts it in place of the database. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Says what a backup holds; with --yes, checks every table of it and puts it in place of the "
                + "database, keeping the database it replaces beside it (NAME.before-restore-DATE.mv.db). "
                + "The database must not be open in a window.")
public final class RestoreCommand extends DatabaseCommand {
    @Parameters(paramLabel = "FILE", description = "The backup file (.zip) made by the tracker.")
    private Path backup;

    @Option(names = "--yes", description = "Replace the database with the backup (without it, only say what it holds).")
    private boolean yes;

    @Override
    public Integer call() {
        BackupContents contents = BackupService.contentsOf(backup);
        out().println("The backup " + backup.getFileName() + " holds the database as it was: " + Describe.contents(contents) + ".");
        if (!yes) {
            out().println("Nothing was changed. Run it again with --yes to put it in place of " + databaseFile().toAbsolutePath()
                    + " (which is kept beside it).");
            return ExitCodes.DONE;
        }
        var restored = BackupService.restore(database(), backup, Clock.systemDefaultZone(),
                AppContext.operatingSystemUser(), () -> false);
        out().println("Restored into " + databaseFile().toAbsolutePath() + "."
                + (restored.keptAs() == null ? "" : " The database it replaced is kept as " + restored.keptAs() + "."));
        return ExitCodes.DONE;
    }
}
