package lactracker.cli;

import java.nio.file.Path;
import lactracker.app.AppContext;
import lactracker.domain.BackupContents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup --to FILE}: a verified backup of the database, made while it may be in use. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes a backup of the database to a file (whole or not at all), checked by reading every "
                + "table of the copy. Safe while the window is open on another database; the database itself "
                + "must not be open in a window.")
public final class BackupCommand extends DatabaseCommand {
    @Option(names = "--to", paramLabel = "FILE", required = true, description = "The backup file to write (.zip).")
    private Path to;

    @Override
    public Integer call() {
        try (AppContext context = openExisting()) {
            BackupContents contents = new lactracker.app.AppServices(context).backups().backupTo(to, () -> false);
            out().println("Backup written to " + to.toAbsolutePath() + ": " + Describe.contents(contents) + ".");
            return ExitCodes.DONE;
        }
    }
}
