package lactracker.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lactracker.store.Database;

/**
 * A new, empty database for a test: a copy of one made and brought up to date by Flyway once in each test
 * JVM. Making each from nothing ran every migration again, some 150 ms a test over hundreds of tests; the
 * tests of making and upgrading a database itself (store, campaign, command line) still make theirs.
 */
public final class Databases {
    private static final String H2_SUFFIX = ".mv.db";
    private static Path template;
    private static final java.util.Map<String, Path> SEEDED = new java.util.HashMap<>();

    private Databases() {
    }

    /**
     * {@code db} (a database path as the tracker takes it, without H2's ending), a copy of the empty
     * template put there first unless a database is there already.
     */
    public static synchronized Path fresh(Path db) {
        Path file = db.resolveSibling(db.getFileName() + H2_SUFFIX);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.copy(template(), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return db;
    }

    /**
     * {@code db} holding what {@code seed} writes, written once in each JVM under {@code name} and copied for
     * each test after (a test class whose every test starts from the same children).
     */
    public static synchronized Path seeded(Path db, String name, java.time.Clock clock,
            java.util.function.Consumer<lactracker.store.Repositories> seed) {
        try {
            Path made = SEEDED.get(name);
            if (made == null) {
                Path dir = Files.createTempDirectory("lac-seeded");
                Path at = fresh(dir.resolve("seeded"));
                try (Database database = Database.open(at)) {
                    seed.accept(lactracker.store.Repositories.over(database, "seed", clock));
                }
                made = dir.resolve("seeded" + H2_SUFFIX);
                made.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                SEEDED.put(name, made);
            }
            Path file = db.resolveSibling(db.getFileName() + H2_SUFFIX);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.copy(made, file);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("lac-template");
            Database.open(dir.resolve("template")).close();
            template = dir.resolve("template" + H2_SUFFIX);
            template.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
        }
        return template;
    }
}
