package lactracker.cli;

import lactracker.domain.Words;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import lactracker.app.AppContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that works on the database chosen with the top-level --db option. */
abstract class DatabaseCommand implements Callable<Integer> {
    @ParentCommand
    private LacTrackerCommand parent;

    @Spec
    private CommandSpec spec;

    /** Opens the database, making a new one when there is none (the imports and the demo), and says so. */
    AppContext openContext() {
        if (parent.server() != null) {
            return parent.openContext();
        }
        boolean isNew = !java.nio.file.Files.exists(parent.databaseFile());
        AppContext context = parent.openContext();
        if (isNew) {
            err().println(Words.format("cli.newDatabase", parent.databaseFile().toAbsolutePath()));
        }
        return context;
    }

    /**
     * Opens the database for a dry run, which writes nothing at all: read-only when it exists; when there is
     * none yet, an empty one in a temporary folder, removed when the command ends, so that the check says
     * what a real import would add without making the database.
     */
    AppContext openForDryRun() {
        if (parent.server() != null) { // what writes nothing to a file: a server has none to open read-only
            throw new lactracker.domain.UserFacingException(Words.get("cli.server.noDryRun"));
        }
        if (lactracker.app.Accounts.signsIn(parent.database())) {
            // signing in opens the file to write; a dry run promises to write nothing to it
            throw new lactracker.domain.UserFacingException(Words.get("cli.signIn.noDryRun"));
        }
        if (java.nio.file.Files.exists(parent.databaseFile())) {
            return AppContext.openReadOnly(parent.database(), java.time.Clock.systemDefaultZone(),
                    AppContext.operatingSystemUser());
        }
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("lac-tracker-dry-run");
            folder.toFile().deleteOnExit();
            folder.resolve("check.mv.db").toFile().deleteOnExit();
            folder.resolve("check.trace.db").toFile().deleteOnExit();
            return AppContext.open(folder.resolve("check"), java.time.Clock.systemDefaultZone(),
                    AppContext.operatingSystemUser());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Opens a database that must already exist: a command that only reads never makes one (a mistyped
     * --db would otherwise give an empty database and an empty answer, exit 0).
     */
    AppContext openExisting() {
        if (parent.server() != null) {
            return parent.openContext();
        }
        if (!java.nio.file.Files.exists(parent.databaseFile())) {
            throw new lactracker.domain.UserFacingException(Words.format("cli.noDatabase",
                    parent.databaseFile().toAbsolutePath()));
        }
        return parent.openContext();
    }

    /**
     * Refuses, with --server, a command that works on this computer's database file (its backup, restore,
     * encryption and key slots, its check): on a team server, the server's administrator does that with the
     * server's own tools (decision 0021).
     */
    void notOnServer() {
        if (parent.server() != null) {
            throw new lactracker.domain.UserFacingException(Words.format("cli.server.fileOnly", spec.name()));
        }
    }

    /** The --user given to the top command, or null. */
    String user() {
        return parent.user();
    }

    LacTrackerCommand.Passwords passwords() {
        return parent.passwords();
    }

    /**
     * A new password typed twice at {@code prompt} and again: the password, or null (the difference said)
     * when the two differ. The caller forgets it once used ({@link lactracker.app.Accounts#forget}).
     */
    char[] newPassword(String prompt) {
        char[] password = passwords().ask(prompt);
        char[] again = passwords().ask(Words.get("cli.setup.again"));
        try {
            if (java.util.Arrays.equals(password, again)) {
                return password;
            }
            lactracker.app.Accounts.forget(password);
            err().println(Words.get("cli.setup.different"));
            return null;
        } finally {
            lactracker.app.Accounts.forget(again);
        }
    }

    /** Every field's reason a new account or password was refused, one a line; the status to exit with. */
    int refused(lactracker.domain.FieldProblem.Refused refused) {
        refused.problems().forEach(p -> err().println(p.message()));
        return ExitCodes.REFUSED;
    }

    /** The database chosen with --db, or the default one. */
    java.nio.file.Path database() {
        return parent.database();
    }

    /** The database file as it lies on disk. */
    java.nio.file.Path databaseFile() {
        return parent.databaseFile();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
