package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 26: the application's data and log folders, and its log, are for the account that runs it only. */
class LogFolderTest {
    @TempDir
    Path dir;

    @Test
    void theLogFolderTheDataFolderMadeForItAndTheLogAreTheOwnersAlone() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path logs = dir.resolve("lac-tracker").resolve("logs");

        LogConfigurator.keepToOwner(logs);

        assertThat(mode(dir.resolve("lac-tracker"))).isEqualTo("rwx------");
        assertThat(mode(logs)).isEqualTo("rwx------");
        assertThat(mode(logs.resolve("lac-tracker.log"))).isEqualTo("rw-------");
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
