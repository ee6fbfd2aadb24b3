package lactracker.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The user guide's own SQL for a team server's roles and their rights ("A team server", step 2), read from
 * the guide and run as it stands, so that what the tests prove is what the guide tells an administrator.
 */
public final class GuideRoles {
    private static final Path GUIDE = Path.of("docs/user-guide.md");

    private GuideRoles() {
    }

    /** The statements of step 2, without their comments, in order. */
    public static List<String> statements() throws IOException {
        List<String> lines = Files.readAllLines(GUIDE);
        int from = indexOf(lines, "2. Three roles");
        int to = indexOf(lines, "3. A login for each person");
        StringBuilder sql = new StringBuilder();
        for (String line : lines.subList(from, to)) {
            if (line.startsWith("       ")) { // the guide's code block: indented past the list's text
                int comment = line.indexOf("--");
                sql.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String s : sql.toString().split(";")) {
            if (!s.isBlank()) {
                statements.add(s.strip().replaceAll("\\s+", " "));
            }
        }
        return statements;
    }

    /**
     * Runs step 2 on the database at {@code url} as the test server's superuser. The roles belong to the
     * whole server, which the tests share: one made already (by an earlier test) is taken as it is.
     */
    public static void apply(String url) throws IOException, SQLException {
        apply(url, true);
    }

    /**
     * The guide's roles and grants as they stood for tables of an older version: a grant naming a table that
     * version did not have yet is left out (the guide has the grants run again after a version that adds one).
     */
    public static void atOlderVersion(String url) throws IOException, SQLException {
        apply(url, false);
    }

    private static void apply(String url, boolean current) throws IOException, SQLException {
        try (var c = DriverManager.getConnection(url, TestPostgres.USER, ""); var s = c.createStatement()) {
            for (String statement : statements()) {
                if (!current && statement.startsWith("GRANT")) {
                    try {
                        s.execute(statement);
                    } catch (SQLException e) {
                        if (!"42P01".equals(e.getSQLState())) { // undefined table: not in that version
                            throw e;
                        }
                    }
                    continue;
                }
                if (statement.startsWith("CREATE ROLE")) {
                    String role = statement.split(" ")[2];
                    try (var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                s.execute(statement);
            }
        }
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new IllegalStateException("The user guide has no line starting \"" + start + "\"");
    }
}
