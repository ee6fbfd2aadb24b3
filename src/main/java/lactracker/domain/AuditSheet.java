package lactracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/** The audit figures for a period and an as-at date, in the order of audit-sheet.md. */
public record AuditSheet(AuditPeriod period, LocalDate asAt, Settings settings, List<AuditRow> rows,
        List<AuditList> lists) {
    public AuditSheet {
        rows = List.copyOf(rows);
        lists = List.copyOf(lists);
    }

    /** A sheet of summary rows only. */
    public AuditSheet(AuditPeriod period, LocalDate asAt, Settings settings, List<AuditRow> rows) {
        this(period, asAt, settings, rows, List.of());
    }

    public AuditList list(String name) {
        return lists.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no audit list " + name));
    }

    public AuditRow row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no audit row " + id));
    }
}
