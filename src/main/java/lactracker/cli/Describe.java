package lactracker.cli;

import lactracker.domain.Words;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lactracker.domain.BackupContents;

/** Plain words for what a backup holds, shared by backup and restore. */
final class Describe {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private Describe() {
    }

    static String contents(BackupContents c) {
        return Words.format("cli.backupContents", WHEN.format(c.made().atZone(ZoneId.systemDefault())), c.by(),
                String.valueOf(c.rows("child")), String.valueOf(c.rows("health_assessment")),
                String.valueOf(c.rows("escalation")), String.valueOf(c.rows("payment")), String.valueOf(c.rows("audit_log")));
    }
}
