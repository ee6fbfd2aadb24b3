package lactracker.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An export written beside its destination and moved into place when whole, so a cancelled or failed
 * export leaves nothing half-written; the file is its owner's alone (a temporary file's permissions).
 */
final class WholeFile {
    private WholeFile() {
    }

    interface Content {
        void write(OutputStream out) throws IOException;
    }

    static void write(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path part = Files.createTempFile(dir, ".lac-export-", ".part");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(part))) {
                content.write(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
