package lactracker.store;

import lactracker.domain.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file database: opened once, migrated by Flyway, and shared as one jOOQ
 * {@link DSLContext} over a small connection pool.
 *
 * <p>Transactions are bound to the thread, so a repository call made inside {@link #transactionResult}
 * joins that transaction (as a savepoint) instead of taking a connection of its own: a use case that
 * spans several repositories is still one transaction. That holds only for jOOQ's context forms,
 * {@code dsl.transaction(() -> ...)} and {@code dsl.transactionResult(() -> ...)}: the forms that take a
 * {@code Configuration} start from the root configuration and commit on their own.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String H2_SUFFIX = ".mv.db";
    private static final int POOL_SIZE = 4;
    /** H2's default wait for a row another transaction holds, restored after a longer wait. */
    static final int LOCK_TIMEOUT_MS = 1000;
    private static final long COMPACT_ABOVE_BYTES = 64L << 20;
    private static final int COMPACT_BELOW_FILL_PERCENT = 50;

    /** The files open in this process: H2 lets a second opening of the same file share it, so only this knows. */
    private static final java.util.Set<Path> OPEN_HERE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final long bytesAtOpen;
    private final boolean readOnly;
    private final boolean afterUncleanShutdown;
    private final FileKey key;

    private Database(Path file, FileKey key, JdbcConnectionPool pool, long bytesAtOpen, boolean readOnly,
            boolean afterUncleanShutdown) {
        this(file, key, pool, bytesAtOpen, readOnly, afterUncleanShutdown, SQLDialect.H2, new Settings());
    }

    private Database(Path file, FileKey key, JdbcConnectionPool pool, long bytesAtOpen, boolean readOnly,
            boolean afterUncleanShutdown, SQLDialect dialect, Settings settings) {
        this.file = file;
        this.key = key;
        this.afterUncleanShutdown = afterUncleanShutdown;
        this.pool = pool;
        this.bytesAtOpen = bytesAtOpen;
        this.readOnly = readOnly;
        var configuration = new DefaultConfiguration()
                .set(dialect)
                .set(settings.withExecuteLogging(false))
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool), true));
        configuration.set(new SealAfterCommit());
        this.dsl = DSL.using(configuration);
    }

    /**
     * Opens (creating when absent) the database at {@code path}, given without H2's {@code .mv.db}
     * ending, and brings its schema up to date.
     *
     * @throws DatabaseInUseException when another process holds the file
     * @throws StoreException with a plain-English message for anything else that stops it opening
     */
    public static Database open(Path path) {
        return open(path, FileKey.NONE, false);
    }

    /**
     * As {@link #open(Path)}, for a file encrypted with {@code key} (made encrypted when new).
     *
     * @throws StoreException "the key does not match" when the file is encrypted with another key, or not at all
     */
    public static Database open(Path path, FileKey key) {
        return open(path, key, false);
    }

    /**
     * Opens an existing database only to read it, writing nothing to the file at all (a dry run): H2 opens
     * it read-only, nothing is migrated (one that needs bringing up to date is refused) and nothing is
     * compacted on close.
     */
    public static Database openReadOnly(Path path) {
        return open(path, FileKey.NONE, true);
    }

    /**
     * Opens the tracker's database on a team's PostgreSQL server (issue 23), bringing its layout up to date
     * first (Flyway takes a lock on the server: one desk migrates, the others wait). There is no file here:
     * {@link #file()} is null, and what works on the file (its encryption, compaction, the open marker, a
     * backup of the file) is the server's to do.
     *
     * @param url the server's JDBC URL ({@code jdbc:postgresql://host:port/database?sslmode=...})
     * @throws StoreException with a plain-English message when it cannot be reached or brought up to date
     */
    public static Database onServer(String url, String user, String password) {
        var source = new org.postgresql.ds.PGConnectionPoolDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
        source.setApplicationName("lac-tracker"); // as the server lists its connections
        // A batch of inserts (an import, the copies, a move) sent as multi-row statements: one round trip per
        // chunk instead of one per row.
        source.setReWriteBatchedInserts(true);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(POOL_SIZE);
        try {
            if (!isLatest(pool)) { // as on a file: Flyway (and its scan) only when the layout is not the newest
                Flyway flyway = Flyway.configure().dataSource(pool).locations(Migrations.POSTGRESQL)
                        .failOnMissingLocations(true).load();
                var info = flyway.info();
                refuseNewerSchema(info, serverOf(url));
                if (info.pending().length > 0) {
                    refuseUnlessOwner(pool, serverOf(url));
                }
                flyway.migrate();
            }
        } catch (StoreException e) {
            pool.dispose();
            throw e;
        } catch (FlywayException e) {
            pool.dispose();
            throw new StoreException(Words.format("store.server.notOpened", serverOf(url)), e);
        }
        LOG.info("Database open on a server");
        // The generated names are H2's, in upper case: PostgreSQL's are in lower case (it folds unquoted names).
        Database database = new Database(null, FileKey.NONE, pool, 0, false, false, SQLDialect.POSTGRES,
                new Settings().withRenderNameCase(org.jooq.conf.RenderNameCase.LOWER));
        AuditSeal.seal(database.dsl);
        return database;
    }

    /**
     * Only the account that owns the tracker's tables on a server may make or change them (the roles of the
     * user guide may not): another account opening a database whose tables are not yet made, or are of an
     * older version, is told who must open it first, and nothing is tried.
     */
    private static void refuseUnlessOwner(JdbcConnectionPool pool, String server) {
        try (var c = pool.getConnection()) {
            var dsl = DSL.using(c, SQLDialect.POSTGRES);
            var tables = dsl.fetchOptional("SELECT pg_get_userbyid(relowner), pg_has_role(current_user, relowner, 'USAGE')"
                    + " FROM pg_class WHERE relname = 'flyway_schema_history' AND relnamespace = current_schema()::regnamespace");
            if (tables.isEmpty()) {
                if (!Boolean.TRUE.equals(dsl.fetchValue("SELECT has_schema_privilege(current_schema(), 'CREATE')"))) {
                    throw new StoreException(Words.format("store.server.notMade", server));
                }
            } else if (!Boolean.TRUE.equals(tables.get().get(1))) {
                throw new StoreException(Words.format("store.server.olderTables", server, tables.get().get(0)));
            }
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            LOG.warn("Who owns the tracker's tables on the server could not be read ({})", e.getClass().getSimpleName());
            // Flyway then tries, and says what the server refused
        }
    }

    /** The host, port and database of a JDBC URL, for a message: never its parameters (a password may be there). */
    private static String serverOf(String url) {
        String rest = url.replaceFirst("^jdbc:postgresql://", "");
        int parameters = rest.indexOf('?');
        return parameters < 0 ? rest : rest.substring(0, parameters);
    }

    /** A server account as the server sees it: its name, whether it is the superuser, which roles it is in. */
    public record ServerAccount(String name, boolean superuser, java.util.Set<String> memberOf) {
    }

    /**
     * Who {@code user} is on the server, read before the tracker's database there is opened or brought up to
     * date (an account the tracker does not know is turned away before anything else): which of
     * {@code roles} it is a member of, directly or through another role; roles the server lacks are left out.
     *
     * @throws StoreException when the server cannot be reached, or the account not signed in
     */
    public static ServerAccount serverAccount(String url, String user, String password, java.util.Collection<String> roles) {
        var properties = new java.util.Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        try (var c = java.sql.DriverManager.getConnection(url, properties)) {
            var dsl = DSL.using(c, SQLDialect.POSTGRES);
            var me = dsl.fetchOne("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user");
            var member = dsl.fetchValues("SELECT rolname FROM pg_roles WHERE rolname = ANY (?) AND pg_has_role(current_user, oid, 'MEMBER')",
                    (Object) roles.toArray(new String[0])).stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            return new ServerAccount(String.valueOf(me.get(0)), Boolean.TRUE.equals(me.get(1)), member);
        } catch (SQLException e) {
            if ("28P01".equals(e.getSQLState())) { // invalid_password: the server's own refusal
                LOG.warn("The server refused the sign-in ({})", e.getSQLState());
                throw new StoreException(Words.format("store.server.refused", user, serverOf(url)), e);
            }
            LOG.warn("The server could not be signed in to ({})", e.getClass().getSimpleName());
            throw new StoreException(Words.format("store.server.notOpened", serverOf(url)), e);
        } catch (org.jooq.exception.DataAccessException e) {
            LOG.warn("The server could not be signed in to ({})", e.getClass().getSimpleName());
            throw new StoreException(Words.format("store.server.notOpened", serverOf(url)), e);
        }
    }

    /** Whether this is a team's server rather than a workstation's file. */
    public boolean onServer() {
        return file == null;
    }

    private static Database open(Path path, FileKey key, boolean readOnly) {
        Path file = withoutH2Suffix(path.toAbsolutePath().normalize());
        if (file.toString().contains(";")) {
            // H2 would read what follows a ';' in its URL as settings (INIT= runs SQL): never let a path do that
            throw new StoreException(Words.format("store.open.semicolon", file.getFileName()));
        }
        try {
            Path parent = file.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                OwnerOnly.folder(parent); // a folder made for the database is its owner's alone
            }
        } catch (java.io.IOException e) {
            throw new StoreException(Words.format("store.open.noFolder", file.getParent()), e);
        }
        if (!readOnly && file.getParent() != null && (!Files.isWritable(file.getParent())
                || Files.exists(fileOf(file)) && !Files.isWritable(fileOf(file)))) {
            throw new StoreException(Files.isWritable(file.getParent()) ? Words.format("store.open.fileReadOnly", fileOf(file))
                    : Words.format("store.open.folderReadOnly", file.getParent()));
        }
        if (readOnly && !Files.exists(fileOf(file))) {
            throw new StoreException(Words.format("store.open.none", fileOf(file)));
        }
        JdbcConnectionPool pool = null;
        long bytesAtOpen;
        try {
            pool = readOnly ? pool(file, key, true) : upToDate(file, key);
            try (var first = pool.getConnection()) { // fail here, with a plain reason, rather than on first use
                if (readOnly && LeftoverCommits.any(first)) {
                    throw new StoreException(Words.format("store.open.dryRunLeftover", file.getFileName() + H2_SUFFIX));
                }
            }
            if (!readOnly) {
                OwnerOnly.file(fileOf(file));
            }
            if (readOnly && !isLatest(pool)) { // one opened to write was brought up to date, and checked, just now
                var info = flyway(pool).info();
                refuseNewerSchema(info, file);
                if (info.pending().length > 0) {
                    throw new StoreException(Words.format("store.open.dryRunOlder", file.getFileName() + H2_SUFFIX));
                }
            }
            try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
                bytesAtOpen = fileState(statement).bytes();
            }
        } catch (SQLException e) {
            dispose(pool);
            throw translateOpenFailure(e, file, key);
        } catch (java.io.IOException e) {
            dispose(pool);
            throw new StoreException(Words.format("store.open.notReady", e.getClass().getSimpleName(), file), e);
        } catch (StoreException e) {
            dispose(pool);
            throw e;
        } catch (FlywayException e) {
            dispose(pool);
            SQLException sql = findSqlException(e);
            if (sql != null) {
                throw translateOpenFailure(sql, file, key);
            }
            throw new StoreException(Words.get("store.open.notUpgraded"), e);
        }
        boolean unclean = false;
        if (!readOnly) {
            // present at opening: the last process to open it never closed it (killed, crashed, power cut)
            Path marker = openMarker(file);
            unclean = Files.exists(marker);
            try {
                if (!unclean) {
                    Files.createFile(marker);
                }
            } catch (java.io.IOException e) {
                LOG.warn("The database's open marker could not be made; an unclean shutdown will not be noticed");
            }
        }
        LOG.info(readOnly ? "Database open to read only" : unclean ? "Database open (after an unclean shutdown)" : "Database open");
        OPEN_HERE.add(file);
        Database database = new Database(file, key, pool, bytesAtOpen, readOnly, unclean);
        if (!readOnly) {
            // entries a process wrote and was stopped before sealing, or made before the seal existed (V6)
            int sealed = AuditSeal.seal(database.dsl);
            if (sealed > 0) {
                LOG.info("{} audit entries sealed on opening", sealed);
            }
        }
        return database;
    }

    private static JdbcConnectionPool pool(Path fileWithoutSuffix, FileKey key, boolean readOnly) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(fileWithoutSuffix) + key.urlSuffix()
                + (readOnly ? ";ACCESS_MODE_DATA=r" : ""), "sa", key.password());
        pool.setMaxConnections(POOL_SIZE);
        return pool;
    }

    /**
     * Loads and runs once the code every opening needs (H2's engine, jOOQ's rendering and its tables of this
     * model, the audit seal's hash) on a throwaway in-memory database, so that a sign-in typed meanwhile does
     * not pay for it: in a new JVM the first opening spent about a second there. Failures are of no
     * consequence (the opening then does the same work), so they are only logged.
     */
    public static void warmUp() {
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:mem:");
                var statement = c.createStatement()) {
            statement.execute("CREATE TABLE warm (id BIGINT PRIMARY KEY, name VARCHAR(20))");
            statement.execute("INSERT INTO warm VALUES (1, 'w')");
            var dsl = org.jooq.impl.DSL.using(c, org.jooq.SQLDialect.H2);
            var warm = org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("WARM"));
            var id = org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("ID"), Long.class);
            dsl.select(id).from(warm).where(id.eq(1L)).fetch();
            for (var table : lactracker.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                dsl.selectFrom(table).where(org.jooq.impl.DSL.falseCondition()).getSQL();
            }
            java.security.MessageDigest.getInstance("SHA-256").digest(new byte[] {1});
        } catch (Exception e) {
            LOG.debug("Warming up the database code failed; the opening will do it", e);
        }
    }

    /** The version of the newest migration (a test keeps the two the same, and each engine's newest alike). */
    public static final String LATEST_SCHEMA = "10";

    /** Whether the database is of the newest layout, read from its history; false when it has none. */
    private static boolean isLatest(JdbcConnectionPool pool) {
        try (var c = pool.getConnection()) {
            return LATEST_SCHEMA.equals(Backup.schemaOf(c));
        } catch (SQLException e) {
            return false; // no history (not yet a tracker database): Flyway decides
        }
    }

    private static Flyway flyway(JdbcConnectionPool pool) {
        return Flyway.configure().dataSource(pool).locations(Migrations.H2).failOnMissingLocations(true).load();
    }

    private static void dispose(JdbcConnectionPool pool) {
        if (pool != null) {
            pool.dispose();
        }
    }

    /**
     * Opens the database to write, making it or bringing its layout up to date first when needed. H2 commits
     * each table it creates at once, so a migration killed part-way left a database that no later opening
     * could bring up to date ("Table ... already exists"; found by the kill campaign on a new database): a new
     * database is made, and an older one brought up to date, on a copy beside it ({@code NAME.upgrading.mv.db}),
     * which takes the database's name only once whole. A copy a killed process left is thrown away.
     * A commit a kill left half done is finished first (decision 0012).
     */
    private static JdbcConnectionPool upToDate(Path file, FileKey key) throws SQLException, java.io.IOException {
        Path real = fileOf(file);
        Path copy = file.resolveSibling(file.getFileName() + ".upgrading");
        Files.deleteIfExists(fileOf(copy));
        if (Files.exists(real)) {
            JdbcConnectionPool pool = pool(file, key, false);
            boolean reused = false;
            try {
                try (var first = pool.getConnection()) {
                    if (LeftoverCommits.finish(first) > 0) {
                        LOG.warn("A save left unfinished by a stopped process was finished on opening the database");
                    }
                }
                // The usual case, a database of this version: its history's last version is the newest
                // migration shipped, and Flyway (a scan of its migrations and 360 classes, about 0.3 s of a
                // command's start) is not needed. Any other version goes through Flyway, which says why.
                if (isLatest(pool)) {
                    reused = true;
                    return pool;
                }
                var info = flyway(pool).info(); // read once: Flyway scans its migrations and history each time
                refuseNewerSchema(info, file);
                if (info.pending().length == 0) {
                    reused = true;
                    return pool; // opened once
                }
            } finally {
                if (!reused) {
                    pool.dispose();
                }
            }
            LOG.info("Bringing the database's layout up to date, on a copy");
            Files.copy(real, fileOf(copy));
        }
        JdbcConnectionPool upgrading = pool(copy, key, false);
        try {
            flyway(upgrading).migrate();
        } finally {
            upgrading.dispose();
        }
        OwnerOnly.file(fileOf(copy));
        Files.move(fileOf(copy), real, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return pool(file, key, false);
    }

    /**
     * The JDBC URL. WRITE_DELAY=0 writes every commit to the file before it returns: with H2's default of
     * 500 ms, a killed process lost commits that had already been acknowledged. REUSE_SPACE=FALSE writes
     * each chunk after the last: a chunk written into freed space could be missed by H2's recovery after a
     * kill, which then fell back to an earlier state (decision 0011); close compacts instead. CACHE_SIZE (in KB) gives
     * H2 256 MB for pages: reading a national-scale caseload took half the time with it.
     * LAZY_QUERY_EXECUTION streams a query's rows instead of first copying the whole result (to a temporary
     * file when big): the caseload is read table by table, hundreds of thousands of rows each.
     * TRACE_LEVEL_FILE=0: H2's .trace.db file beside the database recorded refused values (postcodes, UPNs).
     */
    static String url(Path fileWithoutSuffix) {
        return "jdbc:h2:file:" + fileWithoutSuffix.toString().replace('\\', '/') + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;CACHE_SIZE=262144;LAZY_QUERY_EXECUTION=TRUE;TRACE_LEVEL_FILE=0";
    }

    /**
     * A database a newer version of the tracker has brought up to date holds tables this version does not
     * know; Flyway would open it regardless (it ignores "future" migrations by default), and this version
     * would then write to it as if they were not there. Refused, leaving the file as it was.
     */
    private static void refuseNewerSchema(org.flywaydb.core.api.MigrationInfoService info, Path file) {
        refuseNewerSchema(info, file.getFileName() + H2_SUFFIX);
    }

    /** @param name the database as the person knows it: its file's name, or the server and database */
    private static void refuseNewerSchema(org.flywaydb.core.api.MigrationInfoService info, String name) {
        String newest = null;
        for (var m : info.all()) {
            if (m.getState().isApplied() && m.getState() == org.flywaydb.core.api.MigrationState.FUTURE_SUCCESS) {
                newest = m.getVersion().getVersion();
            }
        }
        if (newest != null) {
            throw new StoreException(Words.format("store.open.newer", name, newest));
        }
    }

    /** The file on disk of the database at {@code path} (given with or without H2's .mv.db ending). */
    public static Path fileOf(Path path) {
        Path file = withoutH2Suffix(path.toAbsolutePath().normalize());
        return file.resolveSibling(file.getFileName() + H2_SUFFIX);
    }

    /** The database's name, as {@code --db} gives it, whether {@code path} is that name or its file. */
    public static Path nameOf(Path path) {
        return withoutH2Suffix(path.toAbsolutePath().normalize());
    }

    private static Path withoutH2Suffix(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(H2_SUFFIX)
                ? path.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()))
                : path;
    }

    private static StoreException translateOpenFailure(SQLException e, Path file, FileKey key) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new DatabaseInUseException(e);
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_PASSWORD_FORMAT, ErrorCode.WRONG_USER_OR_PASSWORD ->
                    new StoreException(Words.get("store.open.wrongKey"), e);
            // H2 reads a file under the wrong key as a damaged one: the file's own header tells which it is
            case ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_CORRUPTED_1 -> encrypted(fileOf(file)) != key.encrypts()
                    ? new StoreException(Words.get("store.open.wrongKey"), e)
                    : key.encrypts()
                    ? new StoreException(Words.format("store.open.wrongKeyOrDamaged", file.getFileName() + H2_SUFFIX), e)
                    : new StoreException(Words.format("store.open.damaged", file.getFileName() + H2_SUFFIX), e);
            default -> new StoreException(Words.format("store.open.failed", String.valueOf(e.getErrorCode())), e);
        };
    }

    /**
     * Whether {@code error} on {@code thread} is H2 finishing its clean-up of large values on a thread of its
     * own after the store it cleans has closed ("This store is closed", H2 2.5): nothing is lost, as the
     * store was closed whole; seen after a restore or at the end of a test, never while a database is open.
     */
    public static boolean isCleanupAfterClose(Thread thread, Throwable error) {
        return thread.getName().startsWith("H2-") && error instanceof org.h2.mvstore.MVStoreException
                && ((org.h2.mvstore.MVStoreException) error).getErrorCode() == org.h2.mvstore.DataUtils.ERROR_CLOSED;
    }

    /** Whether {@code error} (or a cause) is a team server's connection lost: SQL states of class 08, 57P01-57P03. */
    public static boolean isConnectionLost(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file starts as H2 starts an encrypted one ("H2encrypt"); false when there is none. */
    public static boolean encrypted(Path mvDb) {
        byte[] mark = {'H', '2', 'e', 'n', 'c', 'r', 'y', 'p', 't'}; // FilePathEncrypt's header
        try (var in = Files.newInputStream(mvDb)) {
            return java.util.Arrays.equals(in.readNBytes(mark.length), mark);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static SQLException findSqlException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** Opened only to read ({@link #openReadOnly}): nothing may be written, the stored copies' refresh included. */
    public boolean readOnly() {
        return readOnly;
    }

    /** The database file as H2 names it on disk; null on a server. */
    public Path file() {
        return file == null ? null : fileOf(file);
    }

    /**
     * The key the file is encrypted with ({@link FileKey#NONE} for a plain file): a backup's copy needs it,
     * and an administrator re-wraps it for a password reset.
     */
    public FileKey key() {
        return key;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Seals the audit entries a transaction wrote once its outermost commit has returned (a nested one is a
     * savepoint, and may yet be rolled back with its parent), in a short transaction of its own.
     */
    private final class SealAfterCommit implements org.jooq.TransactionListener {
        private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        public void beginStart(org.jooq.TransactionContext ctx) {
            depth.get()[0]++;
        }

        @Override
        public void commitEnd(org.jooq.TransactionContext ctx) {
            if (--depth.get()[0] > 0) {
                return;
            }
            depth.get()[0] = 0;
            if (AuditSeal.takeWrote()) {
                try {
                    AuditSeal.seal(dsl);
                } catch (RuntimeException e) {
                    // the change itself is committed: its entries are sealed by the next seal
                    LOG.warn("The audit trail could not be sealed after a change", e);
                }
            }
        }

        @Override
        public void rollbackEnd(org.jooq.TransactionContext ctx) {
            if (--depth.get()[0] <= 0) {
                depth.get()[0] = 0;
                AuditSeal.forget();
            }
        }
    }

    /** Runs {@code work} as one transaction: all of it is committed, or none of it. */
    public <T> T transactionResult(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }

    /** Runs {@code work} as one transaction: all of it is committed, or none of it. */
    public void transaction(Runnable work) {
        dsl.transaction(work::run);
    }

    /**
     * Closes the database. A large import writes its rows and their undo log, which leaves most of the
     * file free space (a national-scale import: 1.1 GB for 70 MB of data); H2 gives that back only when
     * told to, so the file is compacted here when it is big and mostly empty, or grew a lot since it was
     * opened. Compacting moves whole chunks and is safe to interrupt, like any other H2 write.
     */
    private static Path openMarker(Path fileWithoutSuffix) {
        return fileWithoutSuffix.resolveSibling(fileWithoutSuffix.getFileName() + ".open");
    }

    /** Whether the process that last had this database open ended without closing it (checked on opening). */
    public boolean openedAfterUncleanShutdown() {
        return afterUncleanShutdown;
    }

    /** Room every large write keeps free beyond its estimate: H2's own chunks, the stored copies, the close. */
    private static final long SPACE_MARGIN = 64L << 20;
    /** What one row costs on disk while it is written: the row, its audit entry, the undo log, its child's copy. */
    private static final long BYTES_PER_ROW = 4096;

    /**
     * Refuses a write of about {@code rows} rows before it starts when the disk holding the database has not
     * room for it with a margin: a full disk part-way through left H2 rolling back for minutes, and the
     * database unopenable until space was freed (issue 19).
     *
     * @param what the write, in words, for the message ("the import")
     */
    public void ensureRoomFor(long rows, String what) {
        if (file == null) {
            return; // a server's disk is its administrator's to watch: a full one refuses the write, whole
        }
        ensureRoom(file.getParent(), rows * BYTES_PER_ROW + SPACE_MARGIN, what);
    }

    /** Refuses when the disk holding {@code folder} has less than {@code bytes} free. */
    public static void ensureRoom(Path folder, long bytes, String what) {
        long free;
        try {
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return;
            }
            free = Files.getFileStore(existing).getUsableSpace();
        } catch (java.io.IOException e) {
            return; // cannot tell: the write goes ahead, and a full disk is still named if it happens
        }
        if (free < bytes) {
            throw new StoreException(Words.format("store.room.short", folder, megabytes(free), what, megabytes(bytes)));
        }
    }

    private static String megabytes(long bytes) {
        return Words.format("store.megabytes", Math.max(1, (bytes + (1 << 20) - 1) >> 20));
    }

    /** Whether the database at {@code path} is open in this process (a restore must not replace it under it). */
    public static boolean isOpenHere(Path path) {
        return OPEN_HERE.contains(withoutH2Suffix(path.toAbsolutePath().normalize()));
    }

    @Override
    public void close() {
        if (file == null) { // a server keeps its own files
            pool.dispose();
            LOG.info("Database closed");
            return;
        }
        OPEN_HERE.remove(file);
        boolean compact = false;
        if (readOnly) {
            pool.dispose();
            LOG.info("Database closed");
            return;
        }
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            FileState state = fileState(statement);
            compact = worthCompacting(state.bytes(), state.fillPercent(), state.bytes() - bytesAtOpen);
        } catch (SQLException e) {
            LOG.warn("The database's size could not be read on close", e);
        }
        pool.dispose();
        if (compact) {
            // On a connection of its own: a pooled one shut down under the pool is rolled back when it is
            // handed back, which H2 records as an error in a trace file beside the database.
            LOG.info("Compacting the database file");
            try (var connection = java.sql.DriverManager.getConnection(url(file) + key.urlSuffix(), "sa",
                    key.password());
                    var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                LOG.warn("The database could not be compacted on close", e);
            }
        }
        try {
            Files.deleteIfExists(openMarker(file));
        } catch (java.io.IOException e) {
            LOG.warn("The database's open marker could not be removed");
        }
        LOG.info("Database closed");
    }

    private record FileState(long bytes, int fillPercent) {
    }

    private static FileState fileState(java.sql.Statement statement) throws SQLException {
        long size = 0;
        int fill = 100;
        try (var rs = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE')")) {
            while (rs.next()) {
                if (rs.getString(1).equals("info.FILE_SIZE")) {
                    size = Long.parseLong(rs.getString(2));
                } else {
                    fill = Integer.parseInt(rs.getString(2));
                }
            }
        }
        return new FileState(size, fill);
    }

    /**
     * Big and mostly free space, or big and grown by a bulk write since opening: H2 counts the chunks such
     * a write has just left behind as still in use until they age (a 30,000-child demo closed at "100%
     * full" and reopened at 25%). Compacting a small file, or a full one, is not worth the wait.
     */
    static boolean worthCompacting(long fileBytes, int fillPercent, long grownBytes) {
        return fileBytes > COMPACT_ABOVE_BYTES
                && (fillPercent < COMPACT_BELOW_FILL_PERCENT || grownBytes > COMPACT_ABOVE_BYTES);
    }
}
