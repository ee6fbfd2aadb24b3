package lactracker.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * What a backup holds, as written beside the database in it: when and by whom it was made, the version
 * of the database's layout, and each table's rows and checksum.
 */
public record BackupContents(Instant made, String by, String application, String schema, Map<String, TableSum> tables) {
    public BackupContents {
        tables = Map.copyOf(tables);
    }

    /** One table's rows and a checksum over every value of every row. */
    public record TableSum(long rows, String checksum) {
    }

    /** Rows of a table, or 0 when the backup has no such table. */
    public long rows(String table) {
        TableSum sum = tables.get(table.toUpperCase(Locale.ROOT));
        return sum == null ? 0 : sum.rows();
    }
}
