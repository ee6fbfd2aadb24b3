package lactracker.store;

import static lactracker.store.jooq.Tables.AUDIT_LOG;
import static lactracker.store.jooq.Tables.CHILD;

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

    /** An entry with the LA id of the child it concerns (null when none, or the child is gone). */
    public record Found(AuditEntry entry, String laChildId) {
    }

    /**
     * The newest entries that match {@code query}, newest first, at most its limit; days are read in
     * {@code zone}. One more than the limit is looked for, so the caller knows whether older ones were left.
     */
    public List<Found> find(lactracker.domain.TrailQuery query, java.time.ZoneId zone) {
        org.jooq.Condition where = org.jooq.impl.DSL.trueCondition();
        if (query.username() != null) {
            where = where.and(org.jooq.impl.DSL.lower(AUDIT_LOG.USERNAME).eq(query.username().toLowerCase(java.util.Locale.ROOT)));
        }
        if (query.childId() != null) {
            where = where.and(AUDIT_LOG.CHILD_ID.eq(query.childId()));
        }
        if (query.kind() != null) {
            where = where.and(switch (query.kind()) {
                case CHANGE -> AUDIT_LOG.ACTION.ne(ACCESS);
                case RECORD_OPENED -> AUDIT_LOG.ACTION.eq(ACCESS).and(AUDIT_LOG.TABLE_NAME.eq("child_record"));
                case EXPORT -> AUDIT_LOG.ACTION.eq(ACCESS).and(AUDIT_LOG.TABLE_NAME.eq("export"));
                case SIGN_IN -> AUDIT_LOG.ACTION.eq(ACCESS).and(AUDIT_LOG.TABLE_NAME.notIn("child_record", "export"));
            });
        }
        if (query.from() != null) {
            where = where.and(AUDIT_LOG.CHANGED_AT.ge(query.from().atStartOfDay(zone).toOffsetDateTime()));
        }
        if (query.to() != null) {
            where = where.and(AUDIT_LOG.CHANGED_AT.lt(query.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        }
        return dsl.select(AUDIT_LOG.fields()).select(CHILD.LA_CHILD_ID).from(AUDIT_LOG)
                .leftJoin(CHILD).on(CHILD.ID.eq(AUDIT_LOG.CHILD_ID))
                .where(where).orderBy(AUDIT_LOG.ID.desc()).limit(query.limit() + 1)
                .fetch(r -> new Found(toEntry(r.into(AUDIT_LOG)), r.get(CHILD.LA_CHILD_ID)));
    }

    public int count() {
        return dsl.fetchCount(AUDIT_LOG);
    }

    private static AuditEntry toEntry(AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getChangedAt().toInstant(), r.getUsername(), r.getAction(),
                r.getTableName(), r.getRecordId(), r.getChildId(), r.getOldValues(), r.getNewValues());
    }
}
