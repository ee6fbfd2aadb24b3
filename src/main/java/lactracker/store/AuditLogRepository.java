package lactracker.store;

import static lactracker.store.jooq.Tables.AUDIT_LOG;

import java.util.List;
import lactracker.domain.AuditEntry;
import lactracker.store.jooq.tables.records.AuditLogRecord;
import org.jooq.DSLContext;

/** Reads the audit trail. Nothing here writes it: changes are logged by {@link AuditTrail}. */
public final class AuditLogRepository {
    private final DSLContext dsl;

    public AuditLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An entry of access, not of change (migration V7): kept out of the change histories. */
    static final String ACCESS = "access";

    /** Every change that concerns a child, newest first. */
    public List<AuditEntry> findByChild(long childId) {
        return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.CHILD_ID.eq(childId)).and(AUDIT_LOG.ACTION.ne(ACCESS))
                .orderBy(AUDIT_LOG.CHANGED_AT.desc(), AUDIT_LOG.ID.desc())
                .fetch(AuditLogRepository::toEntry);
    }

    /** Every change to one record, newest first. */
    public List<AuditEntry> findByRecord(String table, String recordId) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(table).and(AUDIT_LOG.RECORD_ID.eq(recordId)))
                .and(AUDIT_LOG.ACTION.ne(ACCESS))
                .orderBy(AUDIT_LOG.CHANGED_AT.desc(), AUDIT_LOG.ID.desc())
                .fetch(AuditLogRepository::toEntry);
    }

    public int count() {
        return dsl.fetchCount(AUDIT_LOG);
    }

    private static AuditEntry toEntry(AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getChangedAt().toInstant(), r.getUsername(), r.getAction(),
                r.getTableName(), r.getRecordId(), r.getChildId(), r.getOldValues(), r.getNewValues());
    }
}
