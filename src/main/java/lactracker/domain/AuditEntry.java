package lactracker.domain;

import java.time.Instant;

/**
 * One change in the audit trail: who changed which record when, with the old and new values as JSON
 * (null for the side that does not exist: no old values on an insert, no new ones on a delete).
 */
public record AuditEntry(
        long id,
        Instant changedAt,
        String username,
        String action,
        String table,
        String recordId,
        Long childId,
        String oldValues,
        String newValues) {
}
