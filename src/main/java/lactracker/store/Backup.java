package lactracker.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import lactracker.domain.Words;
import lactracker.domain.BackupContents;
import lactracker.domain.BackupContents.TableSum;

/**
 * A backup file: one zip holding what it contains ({@code backup.properties}: when, by whom, the schema
 * version, and each table's rows and checksum) and the database file as H2's online backup copied it
 * (consistent while the application writes). A backup is verified as it is made, by opening the copy and
 * reading every table, and again before it is restored; a restore keeps the database it replaces.
 */
public final class Backup {
    private static final String MANIFEST = "backup.properties";
    private static final String DATABASE = "database.mv.db";
    private static final int FORMAT = 1;

    private Backup() {
    }

    /**
     * Writes a backup of the open database to {@code target}: whole or not at all (a part-written file never
     * takes its name), replacing any file there only when done.
     *
     * @param cancelled asked between steps; true stops it, leaving no file
     * @throws StoreException with a plain reason when it cannot be written or does not verify
     */
    public static BackupContents write(Database database, Path target, String by, String application, Instant now,
            BooleanSupplier cancelled) {
        Path folder = target.toAbsolutePath().getParent();
        Path work = null;
        try {
            if (!Files.isDirectory(folder)) {
                OwnerOnly.folder(folder); // a folder made for backups is its owner's alone, like the database's
            }
            // the online copy, the copy read back, and the backup itself, each about the database's size
            Database.ensureRoom(folder, 3 * Files.size(database.file()) + (16L << 20), Words.get("store.room.backup"));
            work = Files.createTempDirectory(folder, ".lac-backup-");
            OwnerOnly.folder(work);
            Path h2Zip = work.resolve("h2.zip");
            database.dsl().connection(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("BACKUP TO '" + h2Zip.toString().replace("'", "''") + "'");
                }
            });
            stopIf(cancelled);
            Path copy = work.resolve("copy.mv.db");
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Zip))) {
                ZipEntry entry = in.getNextEntry();
                if (entry == null) {
                    throw new StoreException(Words.format("store.backup.empty", target));
                }
                Files.copy(in, copy);
            }
            Files.delete(h2Zip);
            stopIf(cancelled);
            BackupContents contents;
            try (Connection c = DriverManager.getConnection(readOnlyUrl(copy, database.key()), "sa",
                    database.key().password())) { // the copy, opened once
                contents = new BackupContents(now, by, application, schemaOf(c), sums(c, cancelled));
            }
            Path part = work.resolve("backup.part");
            try (OutputStream file = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(file)) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest(contents).store(zip, Words.get("store.backup.marking"));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(DATABASE));
                Files.copy(copy, zip);
                zip.closeEntry();
            }
            OwnerOnly.file(part);
            stopIf(cancelled);
            try (var channel = java.nio.channels.FileChannel.open(part, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true); // on the disk before it takes the backup's name
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return contents;
        } catch (IOException e) {
            throw new StoreException(DiskFull.is(e) ? Words.format("store.backup.diskFull", folder)
                    : Words.format("store.backup.notWritten", target, reason(e)), e);
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw new StoreException(DiskFull.is(e) ? Words.format("store.backup.diskFull", folder)
                    : Words.format("store.backup.notMade", reason(e)), e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Reads what the backup holds, without opening the database in it. */
    public static BackupContents read(Path backup) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(MANIFEST)) {
                    Properties p = new Properties();
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
                    return contents(p, backup);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw notABackup(backup, e);
        }
        throw notABackup(backup, null);
    }

    /**
     * Puts the database in {@code backup} in place of the (closed) database file {@code databaseFile},
     * after checking every table against {@code contents}, what the backup says it holds ({@link #read});
     * the file it replaces is moved to {@code keptAs} (when there was one). Nothing changes when the check fails.
     */
    public static void restore(Path backup, BackupContents contents, Path databaseFile, Path keptAs,
            BooleanSupplier cancelled) {
        restore(backup, contents, databaseFile, keptAs, FileKey.NONE, cancelled);
    }

    /**
     * As {@link #restore(Path, BackupContents, Path, Path, BooleanSupplier)}, into a database encrypted with
     * {@code key}: a backup of it (encrypted with that key) is checked with it; a plain backup is checked as
     * it is, then encrypted with the key before it takes the database's place.
     */
    public static void restore(Path backup, BackupContents contents, Path databaseFile, Path keptAs, FileKey key,
            BooleanSupplier cancelled) {
        Path folder = databaseFile.toAbsolutePath().getParent();
        Path work = null;
        try {
            Files.createDirectories(folder);
            Database.ensureRoom(folder, 2 * Files.size(backup) * 4 + (64L << 20), Words.get("store.room.restore"));
            work = Files.createTempDirectory(folder, ".lac-restore-");
            OwnerOnly.folder(work);
            Path copy = work.resolve("restored.mv.db");
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
                boolean found = false;
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.getName().equals(DATABASE)) {
                        Files.copy(in, copy);
                        found = true;
                    }
                }
                if (!found) {
                    throw notABackup(backup, null);
                }
            }
            stopIf(cancelled);
            // A backup of an encrypted database holds it encrypted (with the same key); one made before
            // sign-in holds it plain, and is encrypted below before it takes the database's place.
            boolean encryptedCopy = Database.encrypted(copy);
            Map<String, TableSum> now = sums(copy, encryptedCopy ? key : FileKey.NONE, cancelled);
            for (var expected : contents.tables().entrySet()) {
                TableSum found = now.get(expected.getKey());
                if (!expected.getValue().equals(found)) {
                    throw new StoreException(Words.format("store.restore.tableDamaged", backup.getFileName(),
                            expected.getKey().toLowerCase(java.util.Locale.ROOT)));
                }
            }
            OwnerOnly.file(copy);
            stopIf(cancelled);
            if (key.encrypts() && !encryptedCopy) {
                PlainToEncrypted.convert(copy, key);
            }
            if (Files.exists(databaseFile)) {
                Files.move(databaseFile, keptAs, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(copy, databaseFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(DiskFull.is(e) ? Words.get("store.restore.diskFull")
                    : Words.format("store.restore.failed", backup.getFileName(), reason(e)), e);
        } catch (SQLException e) {
            throw new StoreException(Words.format("store.restore.unreadable", backup.getFileName(), reason(e)), e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Each table's rows and checksum in the open database (for a check, and the tests' round trips). */
    public static Map<String, TableSum> sums(Database database) {
        return database.dsl().connectionResult(c -> sums(c, () -> false));
    }

    static Map<String, TableSum> sums(Path copy, FileKey key, BooleanSupplier cancelled) throws SQLException {
        try (Connection c = DriverManager.getConnection(readOnlyUrl(copy, key), "sa", key.password())) {
            return sums(c, cancelled);
        }
    }

    /** The version of the last migration applied to the database on {@code c} ("" for none). */
    static String schemaOf(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                        + "ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static String readOnlyUrl(Path mvDb, FileKey key) {
        String name = mvDb.toString();
        return Database.url(Path.of(name.substring(0, name.length() - ".mv.db".length()))) + key.urlSuffix()
                + ";ACCESS_MODE_DATA=r";
    }

    private static Map<String, TableSum> sums(Connection c, BooleanSupplier cancelled) throws SQLException {
        Map<String, TableSum> out = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            stopIf(cancelled);
            out.put(table.toUpperCase(java.util.Locale.ROOT), sum(c, table));
        }
        return out;
    }

    private static TableSum sum(Connection c, String table) throws SQLException {
        MessageDigest digest = sha256();
        long rows = 0;
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        try (Statement s = c.createStatement()) {
            s.setFetchSize(5000);
            int columns;
            try (ResultSet meta = s.executeQuery("SELECT * FROM " + quoted + " WHERE FALSE")) {
                columns = meta.getMetaData().getColumnCount();
            }
            StringBuilder order = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
                order.append(i == 1 ? "" : ", ").append(i);
            }
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + quoted + " ORDER BY " + order)) {
                while (rs.next()) {
                    rows++;
                    for (int i = 1; i <= columns; i++) {
                        String v = rs.getString(i);
                        digest.update((v == null ? "\u0000" : v).getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0x1f);
                    }
                    digest.update((byte) 0x1e);
                }
            }
        }
        return new TableSum(rows, HexFormat.of().formatHex(digest.digest(), 0, 16));
    }

    private static Properties manifest(BackupContents contents) {
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(FORMAT));
        p.setProperty("made", contents.made().toString());
        p.setProperty("by", contents.by());
        p.setProperty("application", contents.application());
        p.setProperty("schema", contents.schema());
        contents.tables().forEach((table, sum) -> {
            p.setProperty("table." + table + ".rows", String.valueOf(sum.rows()));
            p.setProperty("table." + table + ".checksum", sum.checksum());
        });
        return p;
    }

    private static BackupContents contents(Properties p, Path backup) {
        if (!String.valueOf(FORMAT).equals(p.getProperty("format"))) {
            throw notABackup(backup, null);
        }
        Map<String, TableSum> tables = new LinkedHashMap<>();
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            if (key.startsWith("table.") && key.endsWith(".rows")) {
                String table = key.substring("table.".length(), key.length() - ".rows".length());
                tables.put(table, new TableSum(Long.parseLong(p.getProperty(key)),
                        p.getProperty("table." + table + ".checksum")));
            }
        }
        return new BackupContents(Instant.parse(p.getProperty("made")), p.getProperty("by", ""),
                p.getProperty("application", ""), p.getProperty("schema", ""), tables);
    }

    private static StoreException notABackup(Path file, Exception cause) {
        return new StoreException(Words.format("store.restore.notABackup", file.getFileName()), cause);
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("the backup was stopped");
        }
    }

    static String reason(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst()
                .orElse(""));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // a leftover temporary folder is named .lac-*; nothing in it is acknowledged
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
