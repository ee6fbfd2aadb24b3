package lactracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 put the migrations in folders (common, and each engine's own version 2). A workstation's
 * database made before that, its history naming the scripts as they were, in one folder, still opens
 * and is brought up to date by the scripts where they are now.
 */
class MigrationFoldersTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseMigratedFromTheScriptsInOneFolderOpensAndIsBroughtUpToDate() throws Exception {
        Path flat = Files.createDirectories(dir.resolve("one-folder"));
        for (String folder : new String[] {"db/migration/common", "db/migration/h2"}) {
            try (var files = Files.list(Path.of("src/main/resources").resolve(folder))) {
                for (Path f : files.toList()) {
                    Files.copy(f, flat.resolve(f.getFileName()));
                }
            }
        }
        Path db = dir.resolve("before");
        String url = "jdbc:h2:file:" + db;
        int older = Integer.parseInt(Database.LATEST_SCHEMA) - 1;
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + flat).target(String.valueOf(older))
                .load().migrate();
        try (var c = DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
            s.execute("INSERT INTO team_member (name, role, active) VALUES ('Demo Nurse Ash', 'nurse', TRUE)");
        }

        try (Database d = Database.open(db)) {
            assertThat(d.dsl().connectionResult(Backup::schemaOf)).isEqualTo(Database.LATEST_SCHEMA);
            assertThat(d.dsl().fetchCount(d.dsl().selectFrom("team_member"))).isEqualTo(1);
        }
    }
}
