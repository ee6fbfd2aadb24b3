package lactracker.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the application keeps its database and logs by default: the user's own data folder, as each
 * operating system defines it (%APPDATA% on Windows, ~/Library/Application Support on macOS,
 * $XDG_DATA_HOME or ~/.local/share on Linux).
 */
public final class AppPaths {
    private static final String DATABASE_NAME = "tracker";

    private final Path dataFolder;

    AppPaths(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    public static AppPaths forThisUser() {
        return new AppPaths(dataFolder(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home"))));
    }

    static Path dataFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("LAC Health Tracker");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("LAC Health Tracker");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("lac-tracker");
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** The default database, without H2's .mv.db ending. */
    public Path defaultDatabase() {
        return dataFolder.resolve(DATABASE_NAME);
    }

    /** Where the log files go: beside the default database, whichever database is open. */
    public Path logFolder() {
        return dataFolder.resolve("logs");
    }
}
