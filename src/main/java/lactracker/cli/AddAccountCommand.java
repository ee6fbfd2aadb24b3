package lactracker.cli;

import lactracker.app.Accounts;
import lactracker.app.AppContext;
import lactracker.domain.Access;
import lactracker.domain.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code add-account}: an administrator gives a new team member an account on an encrypted database (issue 21). */
@Command(name = "add-account", mixinStandardHelpOptions = true)
public final class AddAccountCommand extends DatabaseCommand {
    @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "cli.addAccount.name")
    private String name;

    @Option(names = "--username", paramLabel = "USERNAME", required = true, descriptionKey = "cli.addAccount.username")
    private String username;

    enum Kind { nurse, lead, administrator }

    @Option(names = "--access", paramLabel = "nurse|lead|administrator", required = true,
            descriptionKey = "cli.addAccount.access")
    private Kind access;

    @Override
    public Integer call() {
        notOnServer();
        if (!Accounts.signsIn(database())) {
            err().println(Words.get("cli.addAccount.plain"));
            return ExitCodes.REFUSED;
        }
        try (AppContext context = openExisting()) {
            context.require(lactracker.domain.Action.MANAGE_ACCOUNTS); // before asking for a password it cannot use
            char[] password = newPassword(Words.format("cli.addAccount.prompt", username.strip()));
            if (password == null) {
                return ExitCodes.USAGE;
            }
            try {
                Access given = switch (access) {
                    case nurse -> Access.NURSE;
                    case lead -> Access.TEAM_LEAD;
                    case administrator -> Access.ADMINISTRATOR;
                };
                new Accounts(java.time.Clock.systemDefaultZone()).addAccount(new lactracker.app.AppServices(context), name,
                        username, given, password);
                out().println(Words.format("cli.addAccount.done", username.strip(), given.label()));
                return ExitCodes.DONE;
            } catch (lactracker.domain.FieldProblem.Refused e) {
                return refused(e);
            } finally {
                Accounts.forget(password);
            }
        }
    }
}
