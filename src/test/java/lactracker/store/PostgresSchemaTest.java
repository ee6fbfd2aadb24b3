package lactracker.store;

import static lactracker.store.jooq.Tables.CASE_SNAPSHOT;
import static lactracker.store.jooq.Tables.CHILD;
import static lactracker.store.jooq.Tables.TEAM_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import lactracker.testdata.TestPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, first step: the one model on two engines. The migrations run on a real PostgreSQL (started by
 * the tests, {@link TestPostgres}) and make the same tables and columns, of the same kinds, as on H2; the jOOQ
 * classes generated from H2's schema read and write PostgreSQL's, the dialect taken from the connection.
 */
class PostgresSchemaTest {
    @TempDir
    Path dir;

    @Test
    void theMigrationsMakeTheSameTablesAndColumnsOnPostgresqlAsOnH2() throws Exception {
        String url = TestPostgres.shared().freshDatabase();
        var result = Flyway.configure().dataSource(url, TestPostgres.USER, "").locations(Migrations.POSTGRESQL)
                .failOnMissingLocations(true).load().migrate();
        assertThat(result.targetSchemaVersion).isEqualTo(Database.LATEST_SCHEMA);

        Map<String, String> onPostgres;
        try (Connection c = DriverManager.getConnection(url, TestPostgres.USER, "")) {
            onPostgres = columns(c, "public");
        }
        Map<String, String> onH2;
        try (Database d = Database.open(dir.resolve("h2"))) {
            onH2 = d.dsl().connectionResult(c -> columns(c, "PUBLIC"));
        }
        assertThat(onPostgres).hasSizeGreaterThan(150).isEqualTo(onH2);
    }

    @Test
    void theGeneratedClassesReadAndWritePostgresql() throws Exception {
        String url = TestPostgres.shared().freshDatabase();
        Flyway.configure().dataSource(url, TestPostgres.USER, "").locations(Migrations.POSTGRESQL).load().migrate();
        try (Connection c = DriverManager.getConnection(url, TestPostgres.USER, "")) {
            SQLDialect dialect = JDBCUtils.dialect(c);
            assertThat(dialect.family()).isEqualTo(SQLDialect.POSTGRES);
            // The generated names are H2's (upper case); PostgreSQL folds unquoted names to lower case.
            var dsl = DSL.using(c, dialect, new Settings().withRenderNameCase(RenderNameCase.LOWER));
            long nurse = dsl.insertInto(TEAM_MEMBER, TEAM_MEMBER.NAME, TEAM_MEMBER.ROLE).values("Demo Nurse Ash", "nurse")
                    .returning(TEAM_MEMBER.ID).fetchOne().getId();
            long child = dsl.insertInto(CHILD, CHILD.LA_CHILD_ID, CHILD.SEX, CHILD.DATE_OF_BIRTH, CHILD.SOURCE,
                    CHILD.ALLOCATED_NURSE_ID).values("D000001", (short) 2, LocalDate.of(2015, 3, 14), "manual", nurse)
                    .returning(CHILD.ID).fetchOne().getId();
            byte[] copy = {0, 1, 2, (byte) 0xff, 42};
            dsl.insertInto(CASE_SNAPSHOT, CASE_SNAPSHOT.CHILD_ID, CASE_SNAPSHOT.DATA).values(child, copy).execute();

            var read = dsl.select(CHILD.LA_CHILD_ID, CHILD.DATE_OF_BIRTH, TEAM_MEMBER.NAME, CASE_SNAPSHOT.DATA)
                    .from(CHILD).join(TEAM_MEMBER).on(TEAM_MEMBER.ID.eq(CHILD.ALLOCATED_NURSE_ID))
                    .join(CASE_SNAPSHOT).on(CASE_SNAPSHOT.CHILD_ID.eq(CHILD.ID)).fetchOne();
            assertThat(read.value1()).isEqualTo("D000001");
            assertThat(read.value2()).isEqualTo(LocalDate.of(2015, 3, 14));
            assertThat(read.value3()).isEqualTo("Demo Nurse Ash");
            assertThat(read.value4()).containsExactly(copy);
        }
    }

    @Test
    void aServerDatabaseANewerTrackerBroughtUpToDateIsRefusedAndLeftAsItWas() throws Exception {
        String url = TestPostgres.shared().freshMigratedDatabase();
        try (Connection c = DriverManager.getConnection(url, TestPostgres.USER, ""); var s = c.createStatement()) {
            s.execute("CREATE TABLE later_table (id INT)");
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success) VALUES (99, '99', 'later', 'SQL',"
                    + " 'V99__later.sql', 0, 'postgres', now(), 1, TRUE)");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.onServer(url, TestPostgres.USER, ""))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("was brought up to date by a newer version of the tracker (its layout 99)");
        try (Connection c = DriverManager.getConnection(url, TestPostgres.USER, ""); var s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Integer.parseInt(Database.LATEST_SCHEMA) + 1);
        }
    }

    /** Every column of the schema as "table.column" -> its kind of value, names in lower case. */
    private static Map<String, String> columns(Connection c, String schema) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (var rs = c.getMetaData().getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                if (!table.startsWith("flyway")) {
                    columns.put(table + "." + rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT),
                            kind(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")) + (rs.getInt("NULLABLE") == 0 ? " not null" : ""));
                }
            }
        }
        return columns;
    }

    /**
     * A JDBC type as the kind of value it holds: engines name the same kind differently (BYTEA, VARBINARY),
     * and PostgreSQL's driver gives a timestamp with time zone the plain timestamp's number.
     */
    private static String kind(int type, String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return switch (type) {
            case java.sql.Types.TIMESTAMP, java.sql.Types.TIMESTAMP_WITH_TIMEZONE ->
                    lower.contains("time zone") || lower.equals("timestamptz") ? "timestamp with time zone" : "timestamp";
            case java.sql.Types.BIGINT, java.sql.Types.INTEGER, java.sql.Types.SMALLINT -> "integer " + type;
            case java.sql.Types.VARCHAR, java.sql.Types.CHAR -> "text " + type;
            case java.sql.Types.BINARY, java.sql.Types.VARBINARY, java.sql.Types.LONGVARBINARY -> "bytes";
            case java.sql.Types.BOOLEAN, java.sql.Types.BIT -> "boolean";
            case java.sql.Types.DECIMAL, java.sql.Types.NUMERIC -> "decimal";
            default -> "type " + type;
        };
    }
}
