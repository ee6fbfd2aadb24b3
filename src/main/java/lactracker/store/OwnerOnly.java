package lactracker.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Children's health records, and logs about them, are for the account that runs the tracker only: on
 * Linux and macOS its files are made rw------- and its own folders rwx------ (another account could read
 * names and NHS numbers from the 644 defaults). On Windows a user's profile folders are already the user's.
 */
public final class OwnerOnly {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Makes {@code folder} (and any missing parents) if it is missing, and keeps it to its owner. */
    public static void folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (POSIX) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Keeps {@code file} to its owner, when it exists. */
    public static void file(Path file) throws IOException {
        if (POSIX && Files.exists(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
