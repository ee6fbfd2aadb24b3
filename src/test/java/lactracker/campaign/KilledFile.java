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
        Path copy = db.resolveSibling(db.getFileName() + ".as-killed.mv.db");
        if (Files.exists(file)) {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return new KilledFile(db, copy);
    }

    /**
     * Opens the database as the tracker does, which finishes a commit the kill left half done (H2 alone
     * does not: decision 0012), so that what is counted next is what a user would see.
     */
    static void openAsTheTrackerDoes(Path db) {
        if (Files.exists(AppContext.fileOf(db))) {
            lactracker.store.Database.open(db).close();
        }
    }

    /**
     * A second copy of the file as the kill left it, for H2 alone to open (which changes it): the base
     * path to give H2, or null when there was no file.
     */
    Path forH2Alone() throws IOException {
        if (!Files.exists(copy)) {
            return null;
        }
        Path look = db.resolveSibling(db.getFileName() + ".h2-alone");
        Files.copy(copy, AppContext.fileOf(look), StandardCopyOption.REPLACE_EXISTING);
        return look;
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
