package lactracker.app;

import lactracker.domain.Action;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lactracker.domain.BackupContents;
import lactracker.domain.BackupPlan;
import lactracker.domain.UserFacingException;
import lactracker.domain.Words;
import lactracker.store.Backup;
import lactracker.store.StoreException;

/**
 * Backups of the open database (now, or the daily one on the first opening of a day), restoring one in
 * place of a closed database, and the integrity check. Each is audited.
 */
public final class BackupService {
    /** The daily backups' names: the day and time they were made, so that they sort by age. */
    private static final Pattern DAILY = Pattern.compile("lac-tracker-backup-(\\d{4}-\\d{2}-\\d{2})-\\d{4}\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final AppContext context;

    public BackupService(AppContext context) {
        this.context = context;
    }

    /** A backup's usual name for a moment: {@code lac-tracker-backup-2026-12-05-0930.zip}. */
    public static String nameFor(LocalDateTime at) {
        return "lac-tracker-backup-" + STAMP.format(at) + ".zip";
    }

    /** Writes a backup of the database to {@code target} (whole or not at all), verified, and audits it. */
    public BackupContents backupTo(Path target, BooleanSupplier cancelled) {
        context.require(Action.BACK_UP);
        BackupContents contents = Backup.write(context.database(), target, context.username(), BuildInfo.version(),
                context.clock().instant(), cancelled);
        context.repositories().maintenance().backedUp(target.toAbsolutePath().toString(), contents);
        return contents;
    }

    /** Where the daily backups go until a folder is chosen: beside the database (none on a team server, which its administrator backs up). */
    public Path defaultFolder() {
        if (context.onServer()) {
            return Path.of("");
        }
        return context.databaseFile().toAbsolutePath().getParent().resolve("backups");
    }

    public BackupPlan plan() {
        return context.repositories().settings().backupPlan(defaultFolder().toString());
    }

    /** Saves the daily backup's plan. @throws UserFacingException when it cannot be kept to */
    public void savePlan(BackupPlan plan) {
        context.require(Action.BACK_UP);
        String problem = plan.problem();
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        context.repositories().settings().saveBackupPlan(plan, defaultFolder().toString());
    }

    /**
     * The daily backup, when the plan asks for one and none was made today: written into the plan's
     * folder, then all but the newest {@code keep} daily backups there removed.
     *
     * @return the backup written, or empty when none was due
     */
    public Optional<Path> dailyIfDue(BooleanSupplier cancelled) {
        BackupPlan plan = plan();
        if (!plan.daily() || context.database().readOnly()) {
            return Optional.empty();
        }
        Path folder = Path.of(plan.folder());
        LocalDateTime now = LocalDateTime.now(context.clock());
        if (dailyBackups(folder).stream().anyMatch(p -> dayOf(p).equals(now.toLocalDate()))) {
            return Optional.empty();
        }
        Path target = folder.resolve(nameFor(now));
        backupTo(target, cancelled);
        List<Path> all = dailyBackups(folder);
        for (Path old : all.subList(0, Math.max(0, all.size() - plan.keep()))) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new StoreException(Words.format("backup.oldNotRemoved", old.toString()), e);
            }
        }
        return Optional.of(target);
    }

    /** The daily backups in {@code folder}, oldest first. */
    static List<Path> dailyBackups(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> DAILY.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new StoreException(Words.format("backup.folderUnreadable", folder.toString()), e);
        }
    }

    private static LocalDate dayOf(Path backup) {
        var m = DAILY.matcher(backup.getFileName().toString());
        m.matches();
        return LocalDate.parse(m.group(1));
    }

    /** What a backup holds, read without opening it. */
    public static BackupContents contentsOf(Path backup) {
        return Backup.read(backup);
    }

    /** What a restore did: what the backup held, and where the database it replaced was kept. */
    public record Restored(BackupContents contents, Path keptAs) {
    }

    /**
     * Puts the database in {@code backup} in place of the database at {@code database}, which must not be
     * open: every table is checked against the backup first, the database it replaces is kept beside it
     * ({@code NAME-before-restore-2026-12-05-0930.mv.db}), and the restore is audited in the restored database.
     */
    public static Restored restore(Path database, Path backup, Clock clock, String username, BooleanSupplier cancelled) {
        return restore(database, backup, clock, username, lactracker.domain.Access.ADMINISTRATOR, cancelled);
    }

    /** As {@link #restore(Path, Path, Clock, String, BooleanSupplier)}, refused unless {@code access} may restore. */
    public static Restored restore(Path database, Path backup, Clock clock, String username,
            lactracker.domain.Access access, BooleanSupplier cancelled) {
        return restore(database, backup, clock, username, access, lactracker.store.FileKey.NONE, cancelled);
    }

    /**
     * As {@link #restore(Path, Path, Clock, String, BooleanSupplier)}, in place of the database {@code closed}
     * had open (now closed), as its signed-in person: an encrypted database stays encrypted with its key,
     * whether the backup was made of it encrypted or before sign-in, plain.
     */
    public static Restored restore(AppContext closed, Path backup, BooleanSupplier cancelled) {
        return restore(closed.databaseFile(), backup, closed.clock(), closed.username(), closed.access(),
                closed.database().key(), cancelled);
    }

    private static Restored restore(Path database, Path backup, Clock clock, String username,
            lactracker.domain.Access access, lactracker.store.FileKey key, BooleanSupplier cancelled) {
        if (!access.may(Action.RESTORE)) {
            throw new lactracker.domain.NotAllowedException(access, Action.RESTORE);
        }
        Path file = AppContext.fileOf(database);
        String base = file.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
        // not NAME.something.mv.db: H2 takes every such file for one of the database's own, and its BACKUP failed
        Path keptAs = file.resolveSibling(base + "-before-restore-" + STAMP.format(LocalDateTime.now(clock)) + ".mv.db");
        if (Files.exists(keptAs)) {
            throw new UserFacingException(Words.format("restore.refused.keptThisMinute", keptAs.toString()));
        }
        BackupContents contents = Backup.read(backup); // refused before anything else when it is not a backup
        if (lactracker.store.Database.isOpenHere(file)) {
            throw new UserFacingException(Words.format("restore.refused.open", file.getFileName().toString()));
        }
        if (Files.exists(file)) {
            try {
                AppContext.open(database, clock, username, access, key).close(); // refused when another process has it open
            } catch (lactracker.store.DatabaseInUseException e) {
                throw e;
            } catch (StoreException e) {
                // damaged, or from a newer version: the restore is what mends it, and the file is kept aside
            }
        }
        Backup.restore(backup, contents, file, keptAs, key, cancelled);
        try (AppContext restored = AppContext.open(database, clock, username, access, key)) {
            if (key.encrypts()) {
                Accounts.keepAccount(restored, username, access);
            }
            restored.repositories().maintenance().restored(backup.toAbsolutePath().toString(), contents,
                    Files.exists(keptAs) ? keptAs.toString() : null);
        }
        return new Restored(contents, Files.exists(keptAs) ? keptAs : null);
    }

    /**
     * What the integrity check found: every table read whole (rows per table), the stored copies of the
     * cases compared with their records, and those that differed made again.
     */
    /**
     * @param trailSealed   the audit trail's sealed entries, each worked out again
     * @param trailBrokenAt the id of the first entry whose seal does not hold (-1: the last ones are gone), or null
     */
    public record CheckReport(Map<String, Long> rows, int copiesChecked, List<Long> copiesRemade, long trailSealed,
            Long trailBrokenAt) {
        public boolean clean() {
            return copiesRemade.isEmpty() && trailBrokenAt == null;
        }
    }

    /**
     * Reads every row of every table (H2 finds a damaged page as it reads it), compares each child's
     * stored copy with the child's records and makes again those that differ; audited.
     */
    public CheckReport check() {
        context.require(Action.CHECK_DATABASE);
        Map<String, Long> rows = new LinkedHashMap<>();
        Backup.sums(context.database()).forEach((table, sum) -> rows.put(table.toLowerCase(java.util.Locale.ROOT), sum.rows()));
        var caseload = context.repositories().caseload();
        caseload.refresh();
        List<Long> differing = caseload.copiesDiffering();
        if (differing == null) { // a change arrived meanwhile: copy it, then compare once more
            caseload.refresh();
            differing = caseload.copiesDiffering();
        }
        List<Long> remade = differing == null ? List.of() : new ArrayList<>(differing);
        if (!remade.isEmpty()) {
            caseload.remake(remade);
        }
        if (!context.database().readOnly()) {
            lactracker.store.AuditSeal.seal(context.database().dsl()); // what has just committed, first
        }
        var trail = lactracker.store.AuditSeal.check(context.database().dsl());
        CheckReport report = new CheckReport(rows, context.childrenCount(), List.copyOf(remade), trail.sealed(),
                trail.brokenAt());
        if (!context.database().readOnly()) {
            Map<String, Object> findings = new LinkedHashMap<>();
            findings.put("tables", rows.size());
            findings.put("copiesChecked", report.copiesChecked());
            findings.put("copiesRemade", remade.size());
            findings.put("trailSealed", trail.sealed());
            findings.put("trailBrokenAt", trail.brokenAt());
            context.repositories().maintenance().checked(findings);
        }
        return report;
    }
}
