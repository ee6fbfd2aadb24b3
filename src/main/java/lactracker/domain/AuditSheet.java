package lactracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/** The audit figures for a period and an as-at date, in the order of audit-sheet.md. */
public record AuditSheet(AuditPeriod period, LocalDate asAt, Settings settings, List<AuditRow> rows) {
    public AuditSheet {
        rows = List.copyOf(rows);
    }

    public AuditRow row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no audit row " + id));
    }
}
