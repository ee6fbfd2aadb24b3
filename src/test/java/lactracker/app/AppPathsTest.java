package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppPathsTest {
    private static final Path HOME = Path.of("home", "nurse");

    @ParameterizedTest(name = "{0} with APPDATA={1}, XDG_DATA_HOME={2}")
    @CsvSource(nullValues = "-", value = {
        "Windows 10, C:/Users/n/AppData/Roaming, -,  C:/Users/n/AppData/Roaming/LAC Health Tracker",
        "Windows 11, -, -,                          home/nurse/AppData/Roaming/LAC Health Tracker",
        "Mac OS X, -, -,                            home/nurse/Library/Application Support/LAC Health Tracker",
        "Linux, -, /data/xdg,                       /data/xdg/lac-tracker",
        "Linux, -, -,                               home/nurse/.local/share/lac-tracker",
    })
    void dataFolderFollowsEachSystemsConvention(String os, String appData, String xdg, String expected) {
        Map<String, String> env = new HashMap<>();
        if (appData != null) {
            env.put("APPDATA", appData);
        }
        if (xdg != null) {
            env.put("XDG_DATA_HOME", xdg);
        }
        assertThat(AppPaths.dataFolder(os, env, HOME)).isEqualTo(Path.of(expected));
    }

    @Test
    void databaseAndLogsLiveInTheDataFolder() {
        AppPaths paths = new AppPaths(Path.of("data"));
        assertThat(paths.defaultDatabase()).isEqualTo(Path.of("data", "tracker"));
        assertThat(paths.logFolder()).isEqualTo(Path.of("data", "logs"));
    }
}
