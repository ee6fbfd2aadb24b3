package lactracker.cli;

import lactracker.app.Accounts;
import lactracker.app.AppContext;
import lactracker.domain.Words;
import picocli.CommandLine.Command;

/** {@code password}: the signed-in person changes their own password (issue 21). */
@Command(name = "password", mixinStandardHelpOptions = true)
public final class PasswordCommand extends DatabaseCommand {
    @Override
    public Integer call() {
        notOnServer();
        if (!Accounts.signsIn(database())) {
            err().println(Words.get("cli.addAccount.plain"));
            return ExitCodes.REFUSED;
        }
        try (AppContext context = openExisting()) { // signs in: the password asked first is the current one
            char[] current = passwords().ask(Words.get("cli.password.current"));
            char[] next = newPassword(Words.get("cli.password.new"));
            if (next == null) {
                Accounts.forget(current);
                return ExitCodes.USAGE;
            }
            try {
                new Accounts(java.time.Clock.systemDefaultZone()).changePassword(context, current, next);
                out().println(Words.format("cli.password.done", context.username()));
                return ExitCodes.DONE;
            } catch (lactracker.domain.FieldProblem.Refused e) {
                return refused(e);
            } finally {
                Accounts.forget(current);
                Accounts.forget(next);
            }
        }
    }
}
