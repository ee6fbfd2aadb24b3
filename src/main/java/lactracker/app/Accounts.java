package lactracker.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lactracker.domain.Access;
import lactracker.domain.Action;
import lactracker.domain.FieldProblem;
import lactracker.domain.PasswordRules;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.domain.UserFacingException;
import lactracker.domain.Words;
import lactracker.store.Database;
import lactracker.store.FileKey;
import lactracker.store.KeySlots;
import lactracker.store.PlainToEncrypted;

/**
 * Sign-in, set-up and passwords (issue 21). An account's password is kept nowhere: it opens the account's
 * slot of the database's key (decision 0015), so signing in is opening the database, a wrong password
 * opens nothing, and the records cannot be read from the file without one. Five failures in a row for a
 * username slow its further tries in this process.
 */
public final class Accounts {
    /** Failures in a row before a username must wait, and the first wait (doubled after each further failure). */
    static final int FREE_TRIES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final Clock clock;
    private final KeySlots.Cost cost;
    private final Map<String, Failures> failures = new HashMap<>();

    private record Failures(int count, Instant last) {
    }

    /** What set-up made: the first administrator signed in, and the recovery key to show once. */
    public record SetUp(AppContext context, String recoveryKey) {
    }

    public Accounts(Clock clock) {
        this(clock, KeySlots.Cost.STANDARD);
    }

    /** With Argon2id's cost given: tests use a cheap one. */
    Accounts(Clock clock, KeySlots.Cost cost) {
        this.clock = clock;
        this.cost = cost;
    }

    /**
     * Whether the database at {@code database} is opened by signing in: its key file is beside it, or the
     * file is encrypted (and signing in then says the key file is missing, rather than "wrong key").
     */
    public static boolean signsIn(Path database) {
        return Files.exists(KeySlots.fileFor(database)) || Database.encrypted(Database.fileOf(database));
    }

    /**
     * Loads what signing in will need (the key derivation, the database's engine and jOOQ) while the person
     * is still typing: called in the background when the window asks who is signing in.
     */
    public static void warmUp() {
        KeySlots.warmUp();
        Database.warmUp();
    }

    /**
     * The first run: makes a new encrypted database at {@code database} whose first administrator is
     * {@code name} ({@code username}), and a recovery key that opens it when every password is forgotten.
     *
     * @throws FieldProblem.Refused when the password or the names will not do: nothing is made
     */
    public SetUp setUp(Path database, String name, String username, char[] password) {
        List<FieldProblem> problems = new java.util.ArrayList<>(PasswordRules.problems(password, username, name));
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", Words.get("check.account.noName")));
        }
        if (username == null || username.isBlank() || username.strip().contains(" ")) {
            problems.add(new FieldProblem("username", Words.get("check.account.username")));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblem.Refused(problems);
        }
        if (signsIn(database)) {
            throw new UserFacingException(Words.format("accounts.refused.exists", Database.fileOf(database).getFileName()));
        }
        if (Files.exists(Database.fileOf(database))) {
            return encryptExisting(database, name, username, password);
        }
        FileKey key = FileKey.random();
        String recovery = KeySlots.newRecoveryKey();
        KeySlots.none().with(username, password, key, cost).with(KeySlots.RECOVERY, recovery.toCharArray(), key, cost)
                .write(database); // first: a database without its slots could never be opened again
        AppContext context;
        try {
            context = AppContext.open(database, clock, username.strip(), Access.ADMINISTRATOR, key);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(KeySlots.fileFor(database));
            } catch (java.io.IOException ignored) {
                // the refusal below says what matters; a key file without its database opens nothing
            }
            throw e;
        }
        context.database().transaction(() -> {
            TeamMember first = context.repositories().team().insert(
                    new TeamMember(null, name.strip(), TeamRole.ADMIN, username.strip(), true));
            context.repositories().accounts().set(first.id(), Access.ADMINISTRATOR);
        });
        context.repositories().access().signedIn(0, false); // set-up is the first administrator's first sign-in
        return new SetUp(context, recovery);
    }

    /**
     * A database made before sign-in (plain) gets its first administrator and is encrypted: the member (the
     * one with that username, or a new one) becomes an administrator, the key slots are written, and the file
     * is encrypted in place, the copy checked against it first ({@link PlainToEncrypted}). A demo database is
     * refused: real records start in a new one.
     */
    private SetUp encryptExisting(Path database, String name, String username, char[] password) {
        String who = username.strip();
        try (AppContext plain = AppContext.open(database, clock, who, Access.ADMINISTRATOR)) {
            var repositories = plain.repositories();
            if (repositories.settings().isDemo()) {
                throw new UserFacingException(Words.get("accounts.refused.demo"));
            }
            plain.database().transaction(() -> {
                Long id = repositories.accounts().memberNamed(who).orElse(null);
                TeamMember member = id == null
                        ? repositories.team().insert(new TeamMember(null, name.strip(), TeamRole.ADMIN, who, true))
                        : repositories.team().findById(id).orElseThrow();
                if (!member.active()) {
                    repositories.team().update(new TeamMember(member.id(), member.name(), member.role(), member.username(), true,
                            member.version()));
                }
                repositories.accounts().set(member.id(), Access.ADMINISTRATOR);
            });
        }
        FileKey key = FileKey.random();
        String recovery = KeySlots.newRecoveryKey();
        // The slots first: a process stopped before the file is encrypted leaves a plain file with its slots,
        // and the first sign-in encrypts it (signIn below), rather than an encrypted file nobody can open.
        KeySlots.none().with(who.toLowerCase(Locale.ROOT), password, key, cost)
                .with(KeySlots.RECOVERY, recovery.toCharArray(), key, cost).write(database);
        PlainToEncrypted.convert(Database.fileOf(database), key);
        AppContext context = openAs(database, who.toLowerCase(Locale.ROOT), key);
        context.repositories().access().signedIn(0, false);
        return new SetUp(context, recovery);
    }

    /**
     * Opens the encrypted database at {@code database} for {@code username}, with their account's access.
     *
     * @throws KeySlots.WrongSecret when the username or password is wrong (one sentence for both)
     * @throws UserFacingException when this username must wait after failures, or the account is disabled
     */
    public AppContext signIn(Path database, String username, char[] password) {
        String who = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        waitIfFailedTooOften(who);
        KeySlots slots = KeySlots.read(database);
        FileKey key;
        try {
            key = slots.open(who, password);
        } catch (KeySlots.WrongSecret e) {
            failed(who);
            throw e;
        }
        Failures before;
        synchronized (failures) {
            before = failures.remove(who);
        }
        PlainToEncrypted.convert(Database.fileOf(database), key); // a plain file beside its slots: encrypted now
        AppContext context = openAs(database, who, key);
        context.repositories().access().signedIn(before == null ? 0 : before.count(), false);
        return context;
    }

    /**
     * Opens the database with the recovery key and gives {@code username} (an administrator) a new password:
     * every password forgotten does not lose the records.
     */
    public AppContext recover(Path database, String recoveryKey, String username, char[] newPassword) {
        String who = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        KeySlots slots = KeySlots.read(database);
        FileKey key = slots.open(KeySlots.RECOVERY, KeySlots.recoveryKeyAsMade(recoveryKey));
        PlainToEncrypted.convert(Database.fileOf(database), key);
        AppContext context = openAs(database, who, key);
        try {
            context.require(Action.MANAGE_ACCOUNTS);
            TeamMember member = member(context, who);
            refuseWeak(newPassword, who, member.name());
            slots.with(who, newPassword, key, cost).write(database);
            context.repositories().access().signedIn(0, true);
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /**
     * The window was locked while {@code signedIn} was away: their own password unlocks it (checked against
     * their slot, the database staying open). Wrong tries count towards the same wait as signing in, and
     * every try is written into the trail.
     *
     * @throws UserFacingException when the password is wrong, or too many wrong tries must first wait
     */
    public void unlock(AppContext signedIn, char[] password) {
        String who = signedIn.username().toLowerCase(Locale.ROOT);
        waitIfFailedTooOften(who);
        try {
            KeySlots.read(signedIn.databaseFile()).open(who, password);
        } catch (KeySlots.WrongSecret e) {
            failed(who);
            signedIn.repositories().access().unlockRefused();
            throw new UserFacingException(Words.format("accounts.refused.unlock", signedIn.username()), e);
        }
        Failures before;
        synchronized (failures) {
            before = failures.remove(who);
        }
        signedIn.repositories().access().unlocked(before == null ? 0 : before.count());
    }

    /** The gate of the encrypted database at {@code database}: its key slots sign in, lock and unlock. */
    public Gate gateTo(Path database) {
        Accounts accounts = this;
        return new Gate() {
            @Override
            public AppContext signIn(String username, char[] password) {
                return accounts.signIn(database, username, password);
            }

            @Override
            public void locked(AppContext signedIn, Integer idleMinutes) {
                accounts.locked(signedIn, idleMinutes);
            }

            @Override
            public void unlock(AppContext signedIn, char[] password) {
                accounts.unlock(signedIn, password);
            }
        };
    }

    /** The window of {@code signedIn} was locked: by them ({@code idleMinutes} null) or after that many idle minutes. */
    public void locked(AppContext signedIn, Integer idleMinutes) {
        signedIn.repositories().access().locked(idleMinutes);
    }

    /** The signed-in person's own new password, after their current one. */
    public void changePassword(AppContext signedIn, char[] current, char[] next) {
        Path database = signedIn.databaseFile();
        KeySlots slots = KeySlots.read(database);
        slots.open(signedIn.username(), current); // the current password, again: a screen left open is not enough
        refuseWeak(next, signedIn.username(), member(signedIn, signedIn.username()).name());
        slots.with(signedIn.username(), next, signedIn.database().key(), cost).write(database);
    }

    /**
     * An administrator gives another account a new password (to be changed by its owner): their slot is made
     * again from the key the administrator's own sign-in opened.
     */
    public void resetPassword(AppContext administrator, String username, char[] next) {
        administrator.require(Action.MANAGE_ACCOUNTS);
        String who = username.strip().toLowerCase(Locale.ROOT);
        TeamMember member = member(administrator, who);
        refuseWeak(next, who, member.name());
        Path database = administrator.databaseFile();
        KeySlots.read(database).with(who, next, administrator.database().key(), cost).write(database);
    }

    /**
     * An administrator gives a new team member an account: the member (checked as Settings checks one), the
     * access, and a first password, which opens their own slot of the key; all or nothing of the database's
     * part, the slot written once it is saved.
     */
    public TeamMember addAccount(AppServices services, String name, String username, Access access, char[] password) {
        AppContext administrator = services.context();
        administrator.require(Action.MANAGE_ACCOUNTS);
        if (username == null || username.isBlank() || username.strip().contains(" ")) {
            throw new FieldProblem.Refused(List.of(new FieldProblem("username", Words.get("check.account.username"))));
        }
        refuseWeak(password, username, name);
        TeamRole role = roleFor(access);
        var settings = services.settings();
        TeamMember member = administrator.database().transactionResult(() -> {
            TeamMember saved = settings.saveMember(new TeamMember(null, name == null ? "" : name, role, username.strip(), true));
            administrator.repositories().accounts().set(saved.id(), access);
            return saved;
        });
        Path database = administrator.databaseFile();
        KeySlots.read(database).with(username.strip().toLowerCase(Locale.ROOT), password, administrator.database().key(), cost)
                .write(database);
        return member;
    }

    /** Every account's access, by team member id (for Settings to show beside the team). */
    public static Map<Long, Access> accessByMember(AppContext context) {
        return context.repositories().accounts().all();
    }

    /**
     * An administrator gives an existing team member (with a username, active) an account of {@code access},
     * or changes its access; with a password, the member's slot of the key is made (again) with it: a first
     * password, or a reset one. An account without a password yet needs one. The last administrator keeps
     * their access, so that someone can always manage the accounts.
     */
    public void setAccount(AppContext administrator, long memberId, Access access, char[] password) {
        administrator.require(Action.MANAGE_ACCOUNTS);
        var repositories = administrator.repositories();
        TeamMember member = repositories.team().findById(memberId)
                .orElseThrow(() -> new UserFacingException(Words.get("accounts.refused.noSuchAccount")));
        if (member.username() == null || member.username().isBlank()) {
            throw new FieldProblem.Refused(List.of(new FieldProblem("memberUsername", Words.get("accounts.refused.noUsername"))));
        }
        if (!member.active()) {
            throw new FieldProblem.Refused(List.of(new FieldProblem("memberActive", Words.get("accounts.refused.inactive"))));
        }
        Map<Long, Access> accounts = repositories.accounts().all();
        boolean hasPassword = password != null && password.length > 0;
        if (!accounts.containsKey(memberId) && !hasPassword) {
            throw new FieldProblem.Refused(List.of(new FieldProblem("accountPassword", Words.get("accounts.refused.firstPassword"))));
        }
        if (accounts.get(memberId) == Access.ADMINISTRATOR && access != Access.ADMINISTRATOR
                && otherActiveAdministrators(administrator, memberId) == 0) {
            throw new FieldProblem.Refused(List.of(new FieldProblem("accountAccess", Words.get("accounts.refused.lastAdministrator"))));
        }
        String who = member.username().strip().toLowerCase(Locale.ROOT);
        if (hasPassword) {
            refuseWeak(password, who, member.name());
        }
        repositories.accounts().set(memberId, access);
        if (hasPassword) {
            Path database = administrator.databaseFile();
            KeySlots.read(database).with(who, password, administrator.database().key(), cost).write(database);
        }
    }

    private static long otherActiveAdministrators(AppContext context, long memberId) {
        var team = context.repositories().team();
        return context.repositories().accounts().all().entrySet().stream()
                .filter(e -> e.getValue() == Access.ADMINISTRATOR && e.getKey() != memberId)
                .filter(e -> team.findById(e.getKey()).map(TeamMember::active).orElse(false)).count();
    }

    /**
     * After a restore into an encrypted database: the person who restored it keeps an active account with the
     * access they restored with, so that their password still opens it (a backup made before sign-in, or
     * before their account, holds none). Audited as any change to the team.
     */
    static void keepAccount(AppContext restored, String username, Access access) {
        var repositories = restored.repositories();
        restored.database().transaction(() -> {
            Long id = repositories.accounts().memberNamed(username).orElse(null);
            TeamMember member = id == null ? null : repositories.team().findById(id).orElse(null);
            if (member == null) {
                member = repositories.team().insert(new TeamMember(null, username, roleFor(access), username, true));
            } else if (!member.active()) {
                member = repositories.team().update(new TeamMember(member.id(), member.name(), member.role(),
                        member.username(), true, member.version()));
            }
            if (repositories.accounts().accessOf(member.id()).orElse(null) != access) {
                repositories.accounts().set(member.id(), access);
            }
        });
    }

    private static TeamRole roleFor(Access access) {
        return switch (access) {
            case NURSE -> TeamRole.NURSE;
            case TEAM_LEAD -> TeamRole.TEAM_LEAD;
            case ADMINISTRATOR -> TeamRole.ADMIN;
        };
    }

    /**
     * A team member was disabled: their slot of the key goes, so their password opens nothing, even with a
     * copy of the database (their name stays on what they did). No-op for a member without a slot.
     */
    static void disabled(AppContext context, TeamMember member) {
        Path database = context.databaseFile();
        if (member.username() == null || !Files.exists(KeySlots.fileFor(database))) {
            return;
        }
        KeySlots slots = KeySlots.read(database);
        String who = member.username().strip().toLowerCase(Locale.ROOT);
        if (slots.names().contains(who)) {
            slots.without(who).write(database);
        }
    }

    private AppContext openAs(Path database, String who, FileKey key) {
        AppContext probe = AppContext.open(database, clock, who, Access.NURSE, key);
        try {
            var accounts = probe.repositories().accounts();
            Long memberId = accounts.memberNamed(who).orElse(null);
            TeamMember member = memberId == null ? null : probe.repositories().team().findById(memberId).orElse(null);
            Access access = memberId == null ? null : accounts.accessOf(memberId).orElse(null);
            if (member == null || access == null || !member.active()) {
                throw new UserFacingException(Words.get("accounts.refused.disabled"));
            }
            // the same open database, now as this person with their access
            return new AppContext(probe.database(), lactracker.store.Repositories.over(probe.database(),
                    member.username(), clock), clock, member.username(), access);
        } catch (RuntimeException e) {
            probe.close();
            throw e;
        }
    }

    private static TeamMember member(AppContext context, String who) {
        Long id = context.repositories().accounts().memberNamed(who)
                .orElseThrow(() -> new UserFacingException(Words.get("accounts.refused.noSuchAccount")));
        return context.repositories().team().findById(id)
                .orElseThrow(() -> new UserFacingException(Words.get("accounts.refused.noSuchAccount")));
    }

    private static void refuseWeak(char[] password, String username, String name) {
        List<FieldProblem> problems = PasswordRules.problems(password, username, name);
        if (!problems.isEmpty()) {
            throw new FieldProblem.Refused(problems);
        }
    }

    private void waitIfFailedTooOften(String who) {
        Failures f;
        synchronized (failures) {
            f = failures.get(who);
        }
        if (f == null || f.count() < FREE_TRIES) {
            return;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(10, f.count() - FREE_TRIES));
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Instant from = f.last().plus(wait);
        Instant now = clock.instant();
        if (now.isBefore(from)) {
            long seconds = Math.max(1, Duration.between(now, from).toSeconds());
            throw new UserFacingException(Words.format("accounts.refused.wait", String.valueOf(seconds)));
        }
    }

    private void failed(String who) {
        synchronized (failures) {
            Failures f = failures.get(who);
            failures.put(who, new Failures(f == null ? 1 : f.count() + 1, clock.instant()));
        }
    }

    /** Clears a password typed into a char array once it has been used. */
    public static void forget(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
