package lactracker.cli;

import lactracker.domain.Words;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.time.Clock;
import lactracker.app.AppContext;
import lactracker.app.AppPaths;
import lactracker.app.BuildInfo;
import lactracker.app.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * {@code lac-tracker [--db PATH] [COMMAND]}: with no command it opens the window; the commands of
 * spec/cli.md run headless for scripts and scheduled jobs.
 */
@Command(name = "lac-tracker",
        mixinStandardHelpOptions = true,
        subcommands = {Import903Command.class, ImportAssessmentsCommand.class, AlertsCommand.class, SnapshotCommand.class,
            AuditCommand.class, DemoCommand.class, BackupCommand.class, RestoreCommand.class, CheckCommand.class,
            SetupCommand.class, AddAccountCommand.class, PasswordCommand.class, MoveToServerCommand.class,
            DocumentCommand.class},
        versionProvider = LacTrackerCommand.Version.class,
        // every description comes from messages.properties: an option's by its descriptionKey, a command's
        // (and its footer) by picocli's own key, its qualified name then usage.description (CliWordsTest)
        resourceBundle = "lactracker.messages")
public final class LacTrackerCommand implements Callable<Integer> {

    /** What opens the window; given by the launcher so the command line does not depend on the UI. */
    @FunctionalInterface
    public interface Window {
        void open(Path database, Path logFolder);

        /** Opens the window on a team's server (issue 23); the launcher gives it, tests need not. */
        default void openServer(String address, String user, Path logFolder) {
            throw new lactracker.domain.UserFacingException(Words.get("cli.server.noWindow"));
        }
    }

    /**
     * Where a command's password comes from: the environment variable LAC_TRACKER_PASSWORD (for a scheduled
     * job; anyone who can read that job's environment can read it), else typed at the console, unseen.
     */
    @FunctionalInterface
    public interface Passwords {
        char[] ask(String prompt);

        Passwords STANDARD = prompt -> {
            String fromEnvironment = System.getenv("LAC_TRACKER_PASSWORD");
            if (fromEnvironment != null) {
                return fromEnvironment.toCharArray();
            }
            java.io.Console console = System.console();
            if (console == null) {
                throw new lactracker.domain.UserFacingException(Words.get("cli.signIn.noConsole"));
            }
            char[] typed = console.readPassword("%s", prompt);
            if (typed == null) {
                throw new lactracker.domain.UserFacingException(Words.get("cli.signIn.noConsole"));
            }
            return typed;
        };
    }

    private final AppPaths paths;
    private final Window window;
    private Passwords passwords = Passwords.STANDARD;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.user")
    private String user;

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.db")
    private Path database;

    @Option(names = "--server", paramLabel = "ADDRESS", descriptionKey = "cli.server")
    private String server;

    @Option(names = "--verbose", descriptionKey = "cli.verbose")
    private boolean verbose;

    public LacTrackerCommand(AppPaths paths, Window window) {
        this.paths = paths;
        this.window = window;
        this.database = paths.defaultDatabase();
    }

    @Override
    public Integer call() {
        if (server != null) {
            lactracker.app.TeamServer.jdbcUrl(server); // a wrong address named here, before any window
            String who = user != null ? user : System.getenv("LAC_TRACKER_USER");
            window.openServer(server, who, paths.logFolder());
            return ExitCodes.DONE;
        }
        window.open(database, paths.logFolder());
        return ExitCodes.DONE;
    }

    /** For tests: where the passwords come from in place of the console and the environment. */
    void passwords(Passwords source) {
        this.passwords = source;
    }

    Passwords passwords() {
        return passwords;
    }

    /**
     * Opens the chosen database for a command: an encrypted one (with its key file beside it) by signing in
     * as --user (or LAC_TRACKER_USER), with that account's access; a plain one as the operating-system user.
     */
    AppContext openContext() {
        Clock clock = Clock.systemDefaultZone();
        lactracker.app.Gate gate;
        if (server != null) { // a team's server: the person's own server account (decision 0021)
            gate = lactracker.app.TeamServer.gate(server, clock); // a wrong address named before a password is asked
        } else if (Accounts.signsIn(database)) {
            gate = new Accounts(clock).gateTo(database);
        } else {
            return AppContext.open(database, clock, AppContext.operatingSystemUser());
        }
        String who = user != null ? user : System.getenv("LAC_TRACKER_USER");
        if (who == null || who.isBlank()) {
            throw new lactracker.domain.UserFacingException(Words.get("cli.signIn.noUser"));
        }
        char[] password = passwords.ask(Words.format("cli.signIn.prompt", who.strip()));
        try {
            return gate.signIn(who, password);
        } finally {
            Accounts.forget(password);
        }
    }

    /** The team server's address given with --server, or null for a workstation's database. */
    String server() {
        return server;
    }

    /** The --user given, or null. */
    String user() {
        return user;
    }

    /** The database file as it lies on disk (H2 adds .mv.db to the name given). */
    Path databaseFile() {
        return AppContext.fileOf(database);
    }

    /** The database chosen with --db, or the default one. */
    public Path database() {
        return database;
    }

    public boolean verbose() {
        return verbose;
    }

    /** The version stamped into the jar by the build. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Words.format("cli.version", BuildInfo.version())};
        }
    }
}
