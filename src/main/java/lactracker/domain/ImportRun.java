package lactracker.domain;

import java.time.Instant;

/** One run of an import, and its counts. */
public record ImportRun(Long id, String kind, Instant startedAt, String username, String sourceName,
        int newRows, int updatedRows, int unchangedRows, int rejectedRows) {
}
