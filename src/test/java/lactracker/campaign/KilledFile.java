package lactracker.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import lactracker.app.AppContext;

/**
 * The database file as a kill left it, copied before anything opens it (opening runs H2's recovery), and
 * kept beside the database when the trial found a fault, for the next person to read.
 */
final class KilledFile {
    private final Path db;
    private final Path copy;

    private KilledFile(Path db, Path copy) {
        this.db = db;
        this.copy = copy;
    }

    /** Copies the file of the database {@code db} (nothing, when the kill came before there was one). */
    static KilledFile copyOf(Path db) throws IOException {
        Path file = AppContext.fileOf(db);
        Path copy = db.resolveSibling(db.getFileName() + ".as-killed");
        if (Files.exists(file)) {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return new KilledFile(db, copy);
    }

    /** Keeps the copy as {@code DB.<name>.mv.db} when {@code fault}; else lets it go. */
    void keepIf(boolean fault, String name) throws IOException {
        if (fault && Files.exists(copy)) {
            Files.move(copy, db.resolveSibling(db.getFileName() + "." + name + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(copy);
        }
    }
}
