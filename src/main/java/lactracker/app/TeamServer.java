package lactracker.app;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lactracker.domain.Access;
import lactracker.domain.UserFacingException;
import lactracker.domain.Words;
import lactracker.store.Database;

/**
 * A team's shared PostgreSQL server (issue 23, decision 0021): its address, checked and made to require
 * TLS unless it says otherwise for a server on this machine, and signing in with the person's own server
 * account, whose membership of the tracker's three roles gives their access.
 */
public final class TeamServer {
    /** The server's roles that give the tracker's access; a database administrator makes them members. */
    public static final String NURSE_ROLE = "lac_nurse";
    public static final String TEAM_LEAD_ROLE = "lac_team_lead";
    public static final String ADMINISTRATOR_ROLE = "lac_administrator";
    private static final List<String> ROLES = List.of(ADMINISTRATOR_ROLE, TEAM_LEAD_ROLE, NURSE_ROLE);
    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Set<String> WITHOUT_TLS = Set.of("disable", "allow", "prefer");

    private TeamServer() {
    }

    /**
     * The JDBC URL of a server given as {@code postgresql://host[:port]/database[?...]} (or in JDBC's form):
     * TLS with the server's certificate checked ({@code sslmode=verify-full}) unless the address names its
     * own sslmode; one without TLS is taken only for a server on this machine.
     *
     * @throws UserFacingException naming what is wrong with the address
     */
    public static String jdbcUrl(String given) {
        String text = given == null ? "" : given.strip();
        String plain = text.startsWith("jdbc:") ? text.substring("jdbc:".length()) : text;
        URI uri;
        try {
            uri = new URI(plain);
        } catch (java.net.URISyntaxException e) {
            throw new UserFacingException(Words.format("server.address.unreadable", text));
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null || path.length() < 2) {
            throw new UserFacingException(Words.format("server.address.unreadable", text));
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String sslmode = null;
        for (String parameter : query.split("&")) {
            if (parameter.toLowerCase(Locale.ROOT).startsWith("sslmode=")) {
                sslmode = parameter.substring("sslmode=".length()).toLowerCase(Locale.ROOT);
            }
            if (parameter.toLowerCase(Locale.ROOT).startsWith("password=")) {
                throw new UserFacingException(Words.get("server.address.password"));
            }
        }
        if (sslmode != null && WITHOUT_TLS.contains(sslmode) && !LOCAL.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new UserFacingException(Words.format("server.address.noTls", uri.getHost()));
        }
        String url = "jdbc:" + plain;
        return sslmode != null ? url : url + (query.isEmpty() ? "?" : "&") + "sslmode=verify-full";
    }

    /** Where this computer remembers the team server chosen at the first run: beside its own database's file. */
    private static java.nio.file.Path rememberedFile(java.nio.file.Path database) {
        java.nio.file.Path name = AppContext.nameOf(database); // an open database gives its file, --db its name
        return name.resolveSibling(name.getFileName() + ".server");
    }

    /** Remembers {@code address} (checked first) as this computer's team server, for the next start. */
    public static void remember(java.nio.file.Path database, String address) throws java.io.IOException {
        jdbcUrl(address);
        java.nio.file.Files.createDirectories(rememberedFile(database).getParent());
        java.nio.file.Files.writeString(rememberedFile(database), address.strip() + System.lineSeparator());
    }

    /** Forgets the team server remembered for this computer: the next start opens its own database. */
    public static void forget(java.nio.file.Path database) throws java.io.IOException {
        java.nio.file.Files.deleteIfExists(rememberedFile(database));
    }

    /** The team server this computer was set to work on at its first run, or null. */
    public static String remembered(java.nio.file.Path database) {
        try {
            java.nio.file.Path file = rememberedFile(database);
            if (!java.nio.file.Files.exists(file)) {
                return null;
            }
            String address = java.nio.file.Files.readString(file).strip();
            return address.isEmpty() ? null : address;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * The window's gate to the server at {@code address}: signing in with the server account, and unlocking
     * with its password, checked by the server itself on a connection of its own.
     */
    public static Gate gate(String address, Clock clock) {
        String url = jdbcUrl(address);
        return new Gate() {
            @Override
            public AppContext signIn(String username, char[] password) {
                return signInAt(url, username, password, clock);
            }

            @Override
            public void locked(AppContext signedIn, Integer idleMinutes) {
                signedIn.repositories().access().locked(idleMinutes);
            }

            @Override
            public void unlock(AppContext signedIn, char[] password) {
                try {
                    Database.serverAccount(url, signedIn.username(), new String(password), ROLES);
                } catch (lactracker.store.StoreException e) {
                    signedIn.repositories().access().unlockRefused();
                    throw new UserFacingException(Words.format("accounts.refused.unlock", signedIn.username()), e);
                }
                signedIn.repositories().access().unlocked(0);
            }
        };
    }

    /**
     * Signs in to the server as {@code user}: the tracker's database there is opened (brought up to date
     * when an administrator is the first to open a new version), and the person works with the access of
     * the highest of the tracker's roles their account is a member of. An account in none is refused.
     */
    public static AppContext signIn(String address, String user, char[] password, Clock clock) {
        return signInAt(jdbcUrl(address), user, password, clock);
    }

    private static AppContext signInAt(String url, String user, char[] password, Clock clock) {
        if (user == null || user.isBlank()) {
            throw new UserFacingException(Words.get("cli.signIn.noUser"));
        }
        Database.ServerAccount account = Database.serverAccount(url, user.strip(), new String(password), ROLES);
        Set<String> member = account.memberOf();
        Access access = member.contains(ADMINISTRATOR_ROLE) || account.superuser() ? Access.ADMINISTRATOR
                : member.contains(TEAM_LEAD_ROLE) ? Access.TEAM_LEAD
                : member.contains(NURSE_ROLE) ? Access.NURSE : null;
        if (access == null) {
            throw new UserFacingException(Words.format("server.noRole", account.name(), String.join(", ", ROLES)));
        }
        Database database = Database.onServer(url, user.strip(), new String(password));
        try {
            AppContext context = new AppContext(database, lactracker.store.Repositories.over(database, account.name(), clock),
                    clock, account.name(), access);
            context.repositories().access().signedIn(0, false);
            return context;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
