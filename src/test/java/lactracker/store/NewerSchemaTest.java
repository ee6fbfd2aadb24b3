package lactracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26: a database a newer version of the tracker brought up to date is refused, not written to; a
 * path that would carry H2 settings is refused before H2 sees it.
 */
class NewerSchemaTest {
    @TempDir
    Path dir;

    @Test
    void theLayoutOpenedWithoutFlywayIsTheNewestMigrationShipped() throws Exception {
        var h2 = versions("db/migration/common", "db/migration/h2");
        // A team server has every version the workstation has, and no other (issue 23): one layout, two engines.
        assertThat(versions("db/migration/common", "db/postgresql")).isEqualTo(h2);
        int newest = h2.last();
        assertThat(Database.LATEST_SCHEMA).isEqualTo(String.valueOf(newest));
        try (Database d = Database.open(dir.resolve("new"))) {
            assertThat(d.dsl().connectionResult(Backup::schemaOf)).isEqualTo(Database.LATEST_SCHEMA);
        }
    }

    private static java.util.TreeSet<Integer> versions(String... folders) throws java.io.IOException {
        var versions = new java.util.TreeSet<Integer>();
        for (String folder : folders) {
            try (var files = Files.list(Path.of("src/main/resources").resolve(folder))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .forEach(n -> assertThat(versions.add(Integer.parseInt(n.substring(1, n.indexOf("__")))))
                                .as("%s: one script per version", n).isTrue());
            }
        }
        return versions;
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftAsItWas() throws Exception {
        Path db = dir.resolve("newer");
        try (Database d = Database.open(db)) {
            // what a later version's migration leaves behind: its row in Flyway's history, and a table
            d.dsl().execute("CREATE TABLE later_table (id INT)");
            d.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", "
                    + "\"success\") VALUES (99, '99', 'later', 'SQL', 'V99__later.sql', 0, 'SA', CURRENT_TIMESTAMP, 1, TRUE)");
        }
        String before = contents(db);

        assertThatThrownBy(() -> Database.open(db)).isInstanceOf(StoreException.class)
                .hasMessage("The database newer.mv.db was brought up to date by a newer version of the tracker (its "
                        + "layout 99): open it with that version or a newer one. It was left as it was.");
        // H2 writes a chunk of its own on closing; what the file holds is unchanged
        assertThat(contents(db)).as("nothing changed").isEqualTo(before);
    }

    /** The tables and the migrations recorded, read with H2 alone, read-only. */
    private static String contents(Path db) throws Exception {
        StringBuilder out = new StringBuilder();
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + db + ";ACCESS_MODE_DATA=r", "sa", "");
                var s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "ORDER BY 1")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append(' ');
                }
            }
            try (var rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" ORDER BY 1")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append(rs.getBoolean(2)).append(' ');
                }
            }
        }
        return out.toString();
    }

    @Test
    void aPathThatWouldRunSqlThroughTheUrlIsRefusedAndRunsNothing() {
        Path hostile = dir.resolve("x;INIT=RUNSCRIPT FROM 'nothing.sql'");

        assertThatThrownBy(() -> Database.open(hostile)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("A database path cannot contain ';'");
        assertThat(dir.resolve("x.mv.db")).doesNotExist();
    }
}
