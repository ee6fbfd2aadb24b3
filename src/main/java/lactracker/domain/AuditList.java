package lactracker.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One detail list of the audit sheet (audit-sheet.md "The file"): a row per child or assessment with the
 * fields that decide its figures. Cells are {@link java.time.LocalDate}, {@link String}, {@link Number} or
 * null (blank); "Y" and "N" are strings, as the committee reads them.
 */
public record AuditList(String name, List<String> headers, List<List<Object>> rows) {
    public AuditList {
        headers = List.copyOf(headers);
        if (!(rows instanceof Derived)) {
            List<List<Object>> copy = new ArrayList<>(rows.size());
            for (List<Object> r : rows) {
                copy.add(Collections.unmodifiableList(new ArrayList<>(r))); // cells may be null
            }
            rows = Collections.unmodifiableList(copy);
        }
    }
}
