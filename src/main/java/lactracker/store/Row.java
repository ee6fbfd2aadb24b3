package lactracker.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * One row's values by column, whether from a jOOQ record ({@code (Row) record::get}) or straight from a
 * JDBC result: each table has one mapping to its domain record, used by both.
 */
@FunctionalInterface
interface Row {
    <T> T get(Field<T> field);

    /**
     * Streams every row of a whole-table read through JDBC. At national scale (a million assessments)
     * making a jOOQ record of each row took as long as H2's reading of it; here each value is read once,
     * as its column's Java type, and nothing is kept.
     */
    static void each(DSLContext dsl, Table<?> table, Consumer<Row> action) {
        each(dsl, table, DSL.noCondition(), action);
    }

    /** The same, for the rows that meet {@code where}. */
    static void each(DSLContext dsl, Table<?> table, Condition where, Consumer<Row> action) {
        Field<?>[] fields = table.fields();
        Map<Field<?>, Integer> columns = new IdentityHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            columns.put(fields[i], i + 1);
        }
        // In the order of the primary key: H2 reads a table in that order anyway, PostgreSQL in any order it
        // likes, and a child's lists (episodes, assessments) must come out the same each time (issue 23).
        var key = table.getPrimaryKey();
        var select = dsl.selectFrom(table).where(where);
        var ordered = key == null ? select : select.orderBy(key.getFields());
        try (ResultSet rs = ordered.fetchSize(5000).fetchResultSet()) {
            Row row = new Row() {
                @Override
                public <T> T get(Field<T> field) {
                    Integer column = columns.get(field);
                    if (column == null) {
                        throw new IllegalArgumentException("not read: " + field.getName());
                    }
                    try {
                        return rs.getObject(column, field.getType());
                    } catch (SQLException e) {
                        throw new DataAccessException("reading " + field.getName(), e);
                    }
                }
            };
            while (rs.next()) {
                action.accept(row);
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading " + table.getName(), e);
        }
    }
}
