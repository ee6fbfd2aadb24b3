package lactracker.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import lactracker.app.AppContext;
import lactracker.app.ServerMoveService;
import lactracker.app.TeamServer;
import lactracker.domain.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lac-tracker [--db PATH] move-to-server ADDRESS --as NAME}: copies this computer's database onto a
 * team server's new tracker database, checks each table's count and checksum on both, and keeps the file
 * as it was (issue 23).
 */
@Command(name = "move-to-server")
final class MoveToServerCommand extends DatabaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ADDRESS", descriptionKey = "cli.moveToServer.address")
    private String address;

    @Option(names = "--as", required = true, paramLabel = "NAME", descriptionKey = "cli.moveToServer.as")
    private String serverUser;

    @Override
    public Integer call() {
        notOnServer();
        var gate = TeamServer.gate(address, Clock.systemDefaultZone()); // a wrong address named before anything is opened
        try (AppContext file = lactracker.app.Accounts.signsIn(database()) ? openExisting()
                : openReadOnlyExisting()) {
            char[] password = passwords().ask(Words.format("cli.moveToServer.prompt", serverUser.strip()));
            try (AppContext server = gate.signIn(serverUser, password)) {
                var moved = ServerMoveService.move(file, server, () -> false);
                moved.tables().forEach((table, sum) -> out().println(Words.format("cli.moveToServer.table", table,
                        String.format(java.util.Locale.UK, "%,d", sum.rows()), sum.checksum())));
                out().println(Words.format("cli.moveToServer.done", moved.tables().size(),
                        String.format(java.util.Locale.UK, "%,d", moved.rows()), databaseFile().toAbsolutePath()));
                return ExitCodes.DONE;
            } finally {
                lactracker.app.Accounts.forget(password);
            }
        }
    }

    /** A plain file opened only to read: a move writes nothing to it. */
    private AppContext openReadOnlyExisting() {
        if (!java.nio.file.Files.exists(databaseFile())) {
            throw new lactracker.domain.UserFacingException(Words.format("cli.noDatabase", databaseFile().toAbsolutePath()));
        }
        return AppContext.openReadOnly(database(), Clock.systemDefaultZone(), AppContext.operatingSystemUser());
    }
}
