package lactracker.store;

import static lactracker.store.jooq.Tables.AUDIT_LOG;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import lactracker.domain.Words;
import lactracker.store.jooq.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Copies a workstation's database onto a team server's new, empty tracker database (issue 23), in one
 * transaction on the server: every table in the order its foreign keys need, each row as it is (its
 * numbers, the audit trail with its seals), then each table's count and checksum read back from the
 * server and compared with the file's before anything is committed. The file is only read.
 */
public final class ServerMove {
    private static final int CHUNK = 1_000;
    /** Rows the migrations make in a new database: overwritten with the file's, not added beside them. */
    private static final Set<String> ONE_ROW = Set.of("CASE_SNAPSHOT_FORMAT", "AUDIT_SEAL");

    /** One table's rows and checksum (a sum of every row's hash: the same whatever order rows are read in). */
    public record TableSum(long rows, String checksum) {
    }

    private ServerMove() {
    }

    /**
     * Copies {@code from} (a workstation's database) onto {@code to} (a server's, new and empty) and returns
     * each table's count and checksum, the same on both. The move itself goes into the server's audit trail,
     * as {@code username}'s.
     *
     * @throws StoreException when the server's database already holds records, or a table came out different
     *                        (nothing is then left on the server)
     */
    public static Map<String, TableSum> copy(Database from, Database to, String source, String username,
            java.time.Clock clock, BooleanSupplier cancelled) {
        if (!to.onServer() || from.onServer()) {
            throw new IllegalArgumentException("a move goes from a workstation's file to a server");
        }
        List<Table<?>> tables = inForeignKeyOrder();
        Map<String, TableSum> before = new LinkedHashMap<>();
        to.dsl().transaction(() -> {
            DSLContext server = to.dsl();
            // The server's own trail so far can only be sign-ins (access entries): kept, and put after the file's.
            var signIns = server.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("access")).orderBy(AUDIT_LOG.ID).fetch();
            server.deleteFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("access")).execute();
            for (Table<?> t : tables) {
                if (!ONE_ROW.contains(t.getName()) && server.fetchCount(t) > 0) {
                    throw new StoreException(Words.format("store.move.notEmpty", t.getName().toLowerCase(java.util.Locale.ROOT)));
                }
            }
            for (Table<?> t : tables) {
                stopIf(cancelled);
                before.put(t.getName().toLowerCase(java.util.Locale.ROOT), copyTable(from.dsl(), server, t, cancelled));
            }
            for (Table<?> t : tables) {
                String name = t.getName().toLowerCase(java.util.Locale.ROOT);
                TableSum after = sum(server, t);
                if (!after.equals(before.get(name))) {
                    throw new StoreException(Words.format("store.move.differs", name, before.get(name).rows(), after.rows()));
                }
            }
            for (var entry : signIns) { // numbered and sealed after the file's trail, by the seal after commit
                entry.setSealSeq(null);
                entry.setSealHash(null);
                entry.changed(true);
                entry.changed(AUDIT_LOG.ID, false);
                server.insertInto(AUDIT_LOG).set(entry).execute();
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            before.forEach((name, s) -> counts.put(name, s.rows()));
            new AuditTrail(server, username, clock)
                    .accessed("moved_to_server", "database", null, Map.of("from", source, "rows", counts));
        });
        return before;
    }

    /** Copies one table's rows as they are, and returns their count and checksum as read from the file. */
    private static TableSum copyTable(DSLContext file, DSLContext server, Table<?> table, BooleanSupplier cancelled) {
        if (ONE_ROW.contains(table.getName())) {
            server.deleteFrom(table).execute();
        }
        Sum sum = new Sum(table);
        try (var cursor = file.selectFrom(table).fetchSize(CHUNK).fetchLazy()) {
            List<TableRecord<?>> chunk = new ArrayList<>(CHUNK);
            while (cursor.hasNext()) {
                TableRecord<?> r = (TableRecord<?>) cursor.fetchNext(); // every table of the model has its record class
                sum.add(r);
                chunk.add(r);
                if (chunk.size() == CHUNK) {
                    stopIf(cancelled);
                    BulkLoader.insertAll(server, table, chunk);
                    chunk.clear();
                }
            }
            BulkLoader.insertAll(server, table, chunk);
        }
        if (table.field("ID") != null && table.getIdentity() != null) { // the server's numbers go on after the file's
            BulkLoader.restartIdentity(server, table);
        }
        return sum.done();
    }

    /** Every table of the model, each after the tables its foreign keys point to. */
    static List<Table<?>> inForeignKeyOrder() {
        List<Table<?>> all = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        Set<Table<?>> placed = new LinkedHashSet<>();
        while (placed.size() < all.size()) {
            boolean progress = false;
            for (Table<?> t : all) {
                if (!placed.contains(t) && t.getReferences().stream()
                        .allMatch(fk -> fk.getKey().getTable().equals(t) || placed.contains(fk.getKey().getTable()))) {
                    placed.add(t);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("the foreign keys go round in a circle");
            }
        }
        return new ArrayList<>(placed);
    }

    /** A table's rows and the sum of their hashes, each row's values written the same way on either engine. */
    static TableSum sum(DSLContext dsl, Table<?> table) {
        Sum sum = new Sum(table);
        try (var cursor = dsl.selectFrom(table).fetchSize(CHUNK).fetchLazy()) {
            cursor.forEach(sum::add);
        }
        return sum.done();
    }

    /** A table's rows counted and their hashes summed, as they are read. */
    private static final class Sum {
        private final List<Field<?>> fields;
        private long rows;
        private long total;

        Sum(Table<?> table) {
            this.fields = List.of(table.fields());
        }

        void add(Record r) {
            rows++;
            MessageDigest sha = sha256();
            for (Field<?> f : fields) {
                byte[] b = text(r.get(f)).getBytes(StandardCharsets.UTF_8);
                sha.update(String.valueOf(b.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(b);
            }
            total += java.nio.ByteBuffer.wrap(sha.digest()).getLong();
        }

        TableSum done() {
            return new TableSum(rows, Long.toHexString(total));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "\u0000";
        } else if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        } else if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        } else if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant().toString();
        }
        return value.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the move was stopped");
        }
    }
}
