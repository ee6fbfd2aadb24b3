package lactracker.cli;

import lactracker.app.Accounts;
import lactracker.domain.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code setup --name NAME --user USERNAME}: makes a new encrypted database with its first administrator,
 * and prints the recovery key once (issue 21).
 */
@Command(name = "setup", mixinStandardHelpOptions = true)
public final class SetupCommand extends DatabaseCommand {
    @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "cli.setup.name")
    private String name;

    @Override
    public Integer call() {
        notOnServer();
        String username = user();
        if (username == null || username.isBlank()) {
            err().println(Words.get("cli.setup.noUser"));
            return ExitCodes.USAGE;
        }
        char[] password = newPassword(Words.format("cli.signIn.prompt", username.strip()));
        if (password == null) {
            return ExitCodes.USAGE;
        }
        try {
            var made = new Accounts(java.time.Clock.systemDefaultZone()).setUp(database(), name, username, password);
            made.context().close();
            out().println(Words.format("cli.setup.done", databaseFile().toAbsolutePath(), username.strip()));
            out().println(Words.format("cli.setup.recovery", made.recoveryKey()));
            return ExitCodes.DONE;
        } catch (lactracker.domain.FieldProblem.Refused e) {
            return refused(e);
        } finally {
            Accounts.forget(password);
        }
    }
}
