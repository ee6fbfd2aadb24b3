package lactracker.cli;

import lactracker.domain.Words;
import java.nio.file.Path;
import java.time.Clock;
import lactracker.app.AppContext;
import lactracker.app.BackupService;
import lactracker.domain.BackupContents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: says what a backup holds, and with --yes puts it in place of the database. */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand extends DatabaseCommand {
    @Parameters(paramLabel = "FILE", descriptionKey = "cli.restore.file")
    private Path backup;

    @Option(names = "--yes", descriptionKey = "cli.restore.yes")
    private boolean yes;

    @Override
    public Integer call() {
        notOnServer();
        BackupContents contents = BackupService.contentsOf(backup);
        out().println(Words.format("cli.restore.holds", backup.getFileName(), Describe.contents(contents)));
        if (!yes) {
            out().println(Words.format("cli.restore.askYes", databaseFile().toAbsolutePath()));
            return ExitCodes.DONE;
        }
        BackupService.Restored restored;
        if (lactracker.app.Accounts.signsIn(database())) {
            AppContext signedIn = openContext(); // its key, and the signed-in person's access
            signedIn.close();
            restored = BackupService.restore(signedIn, backup, () -> false);
        } else {
            restored = BackupService.restore(database(), backup, Clock.systemDefaultZone(),
                    AppContext.operatingSystemUser(), () -> false);
        }
        out().println(restored.keptAs() == null ? Words.format("cli.restore.done", databaseFile().toAbsolutePath())
                : Words.format("cli.restore.doneKept", databaseFile().toAbsolutePath(), restored.keptAs()));
        return ExitCodes.DONE;
    }
}
