package lactracker.cli;

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
        return "made " + WHEN.format(c.made().atZone(ZoneId.systemDefault())) + " by " + c.by() + ", "
                + c.rows("child") + " children, " + c.rows("health_assessment") + " assessments, "
                + c.rows("escalation") + " escalations, " + c.rows("payment") + " invoices, "
                + c.rows("audit_log") + " audit entries";
    }
}
