package lactracker.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** The audit trail's entries for looking after the database itself: backups, restores and checks. */
public final class MaintenanceLog {
    private final DSLContext dsl;
    private final AuditTrail audit;

    MaintenanceLog(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** A backup was made to {@code file}. */
    public void backedUp(String file, lactracker.domain.BackupContents contents) {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("file", file);
        what.put("made", contents.made().toString());
        what.put("children", contents.rows("child"));
        dsl.transaction(() -> audit.inserted("backup", shortened(file), null, what));
    }

    /** This database was put in place from the backup {@code file}; the one it replaced was kept as {@code keptAs}. */
    public void restored(String file, lactracker.domain.BackupContents contents, String keptAs) {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("file", file);
        what.put("backupMade", contents.made().toString());
        what.put("backupBy", contents.by());
        what.put("children", contents.rows("child"));
        what.put("replacedDatabaseKeptAs", keptAs == null ? "" : keptAs);
        dsl.transaction(() -> audit.inserted("restore", shortened(file), null, what));
    }

    /** The integrity check ran and found {@code findings}. */
    public void checked(Map<String, Object> findings) {
        dsl.transaction(() -> audit.inserted("check", "database", null, findings));
    }

    private static String shortened(String file) {
        return file.length() <= 40 ? file : file.substring(file.length() - 40);
    }
}
