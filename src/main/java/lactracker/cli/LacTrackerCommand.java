package lactracker.cli;

import lactracker.domain.Words;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.time.Clock;
import lactracker.app.AppContext;
import lactracker.app.AppPaths;
import lactracker.app.BuildInfo;
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
            AuditCommand.class, DemoCommand.class, BackupCommand.class, RestoreCommand.class, CheckCommand.class},
        versionProvider = LacTrackerCommand.Version.class,
        // every description comes from messages.properties: an option's by its descriptionKey, a command's
        // (and its footer) by picocli's own key, its qualified name then usage.description (CliWordsTest)
        resourceBundle = "lactracker.messages")
public final class LacTrackerCommand implements Callable<Integer> {

    /** What opens the window; given by the launcher so the command line does not depend on the UI. */
    @FunctionalInterface
    public interface Window {
        void open(Path database, Path logFolder);
    }

    private final AppPaths paths;
    private final Window window;

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.db")
    private Path database;

    @Option(names = "--verbose", descriptionKey = "cli.verbose")
    private boolean verbose;

    public LacTrackerCommand(AppPaths paths, Window window) {
        this.paths = paths;
        this.window = window;
        this.database = paths.defaultDatabase();
    }

    @Override
    public Integer call() {
        window.open(database, paths.logFolder());
        return ExitCodes.DONE;
    }

    /** Opens the chosen database for a command, as the operating-system user. */
    AppContext openContext() {
        return AppContext.open(database, Clock.systemDefaultZone(), AppContext.operatingSystemUser());
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
