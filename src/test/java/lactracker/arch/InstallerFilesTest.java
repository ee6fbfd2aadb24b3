package lactracker.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The installer's pieces name one another by path and file name (decision 0019): the class archive the
 * launchers ask for is the one postinst makes and prerm removes, at the folder the package installs to;
 * postinst reads the launcher's own class path from its .cfg file. The installer is not built in CI, so
 * a rename in one of them is caught here, not on a nurse's machine.
 */
class InstallerFilesTest {
    private static final Path INSTALLER = Path.of("installer");

    @Test
    void theArchiveIsNamedAlikeByTheLaunchersAndThePackageScripts() throws Exception {
        String common = Files.readString(INSTALLER.resolve("common.args"));
        String command = Files.readString(INSTALLER.resolve("command-launcher.properties"));
        String linux = Files.readString(INSTALLER.resolve("linux.args"));
        String postinst = Files.readString(INSTALLER.resolve("linux/postinst"));
        String prerm = Files.readString(INSTALLER.resolve("linux/prerm"));

        String archive = "lac-tracker.jsa";
        assertThat(common).contains("-XX:SharedArchiveFile=$APPDIR/" + archive);
        assertThat(command).contains("-XX:SharedArchiveFile=$APPDIR/" + archive);

        String packageName = only(linux, "--linux-package-name (\\S+)");
        String appDir = "/opt/" + packageName + "/lib/app";
        assertThat(postinst).contains("app=" + appDir).contains("-XX:SharedArchiveFile=\"$app/" + archive + "\"")
                .contains("/opt/" + packageName + "/lib/runtime/bin/java");
        assertThat(prerm).contains("rm -f " + appDir + "/" + archive);

        String name = only(common, "--name \"([^\"]+)\"");
        assertThat(postinst).contains("\"$app/" + name + ".cfg\"");
        assertThat(postinst).contains("-XX:SharedClassListFile=\"$app/lac-tracker.classlist\"");
        assertThat(Files.readString(Path.of("pom.xml"))).contains("/installer/input/lac-tracker.classlist");
        // java must stay in the runtime for postinst: jpackage's default jlink options strip it.
        assertThat(only(common, "--jlink-options \"([^\"]+)\"")).doesNotContain("--strip-native-commands");
        assertThat(common).contains("--add-launcher lac-tracker=installer/command-launcher.properties");
    }

    @Test
    void theCommandLauncherRunsWithABatchJobsCollector() throws Exception {
        String command = Files.readString(INSTALLER.resolve("command-launcher.properties"));
        String options = only(command, "(?m)^java-options=(.*)$");
        assertThat(options).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC").doesNotContain("Shenandoah");
        assertThat(command).contains("win-console=true");
    }

    private static String only(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in the installer's files", regex).isTrue();
        return m.group(1);
    }
}
