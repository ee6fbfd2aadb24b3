package lactracker.cli;

import lactracker.domain.Words;
import java.nio.file.Path;
import lactracker.app.AppContext;
import lactracker.domain.BackupContents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup --to FILE}: a verified backup of the database, made while it may be in use. */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand extends DatabaseCommand {
    @Option(names = "--to", paramLabel = "FILE", required = true, descriptionKey = "cli.backup.to")
    private Path to;

    @Override
    public Integer call() {
        notOnServer();
        try (AppContext context = openExisting()) {
            BackupContents contents = new lactracker.app.AppServices(context).backups().backupTo(to, () -> false);
            out().println(Words.format("cli.backup.done", to.toAbsolutePath(), Describe.contents(contents)));
            return ExitCodes.DONE;
        }
    }
}
