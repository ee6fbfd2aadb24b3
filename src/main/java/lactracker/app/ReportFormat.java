package lactracker.app;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import lactracker.domain.Alert;
import lactracker.domain.AuditSheet;
import lactracker.io.ReportFiles;

/** The formats the commands write reports in, and the writing itself. */
public enum ReportFormat {
    CSV,
    JSON;

    public void writeAlerts(Writer out, LocalDate today, List<Alert> alerts) throws IOException {
        if (this == JSON) {
            ReportFiles.alertsJson(out, today, alerts);
        } else {
            ReportFiles.alertsCsv(out, alerts);
        }
    }

    public void writeRows(Writer out, AuditSheet sheet) throws IOException {
        if (this == JSON) {
            ReportFiles.rowsJson(out, sheet);
        } else {
            ReportFiles.rowsCsv(out, sheet);
        }
    }
}
