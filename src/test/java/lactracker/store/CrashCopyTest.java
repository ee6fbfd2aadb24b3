package lactracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25, made deterministic: the file as a kill -9 leaves it is the file as it is between two commits,
 * so a copy taken after a commit has returned must hold that commit once opened. H2 writes its store
 * header naming the chunk before the one it has just written, so a chunk written into a freed hole of
 * an old file (rather than at the end) was reachable neither from the header nor from the chain of
 * predicted positions: recovery fell back to an earlier chunk, losing every commit since (decision 0011).
 */
class CrashCopyTest {
    @TempDir
    Path dir;

    @Test
    void aCommitThatHasReturnedIsInTheFileAsAKillWouldLeaveIt() throws Exception {
        Path db = dir.resolve("crash");
        java.util.List<String> lost = new java.util.ArrayList<>();
        // An old file with holes: data written, then deleted, then the file closed.
        try (Database d = Database.open(db)) {
            d.dsl().execute("CREATE TABLE scratch (id INT PRIMARY KEY, body VARCHAR(100000))");
            for (int i = 0; i < 40; i++) {
                d.dsl().execute("INSERT INTO scratch VALUES (" + (1000 + i) + ", REPEAT('x', 60000))");
            }
            d.dsl().execute("DELETE FROM scratch");
        }
        try (Database d = Database.open(db)) {
            // A file older than H2's retention time: its freed chunks can be written over at once.
            d.dsl().execute("SET RETENTION_TIME 0");
            for (int n = 1; n <= 200; n++) {
                d.dsl().execute("INSERT INTO scratch VALUES (" + n + ", REPEAT('y', " + (n * 37 % 11) * 4000 + "))");
                if (n > 3) {
                    d.dsl().execute("UPDATE scratch SET body = '' WHERE id = " + (n - 3)); // frees its pages: holes
                }
                if (n % 2 == 0) {
                    Path copy = dir.resolve("killed-" + n + ".mv.db");
                    Files.copy(d.file(), copy);
                    int rows = rowsIn(dir.resolve("killed-" + n));
                    if (rows != n) {
                        lost.add("after commit " + n + ": " + rows + " rows");
                    }
                    Files.delete(copy);
                }
            }
        }
        assertThat(lost).as("copies of the file that lost acknowledged commits").isEmpty();
    }

    private static int rowsIn(Path copy) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM scratch")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
