package lactracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 26: the database, and the folder made for it, are for the account that runs the tracker only. */
class OwnerOnlyTest {
    @TempDir
    Path dir;

    @Test
    void aNewDatabaseAndTheFolderMadeForItAreTheOwnersAlone() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path db = dir.resolve("lac-tracker").resolve("tracker");

        try (Database d = Database.open(db)) {
            d.dsl().execute("SELECT 1");
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("lac-tracker"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("lac-tracker/tracker.mv.db"))))
                .isEqualTo("rw-------");
        assertThat(dir.resolve("lac-tracker/tracker.trace.db")).as("no trace file of values").doesNotExist();
    }
}
