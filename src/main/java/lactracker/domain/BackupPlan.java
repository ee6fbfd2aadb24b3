package lactracker.domain;

/**
 * The daily backup: made on the first opening of each day into {@code folder}, keeping the newest
 * {@code keep} of them.
 */
public record BackupPlan(boolean daily, String folder, int keep) {
    public static final int MOST_KEPT = 365;

    /** Why the plan cannot be saved, or null when it can. */
    public String problem() {
        if (keep < 1 || keep > MOST_KEPT) {
            return Words.format("backupPlan.check.keep", String.valueOf(MOST_KEPT));
        }
        if (daily && (folder == null || folder.isBlank())) {
            return Words.get("backupPlan.check.folder");
        }
        return null;
    }
}
