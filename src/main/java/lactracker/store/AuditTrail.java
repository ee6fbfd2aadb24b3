package lactracker.store;

import static lactracker.store.jooq.Tables.AUDIT_LOG;
import static lactracker.store.jooq.Tables.CASE_CHANGED;
import static lactracker.store.jooq.Tables.CHILD;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import lactracker.domain.Words;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Writes the audit log: one row per change, in the same transaction as the change, naming the user,
 * the record, and the values before and after. For an update only the fields that changed are kept,
 * so the trail reads as "what was changed", not as two copies of the record.
 *
 * <p>Every change passes here, so here too the child whose records changed is noted for its stored
 * copy to be made again ({@link CaseloadRepository#refresh}).
 */
public final class AuditTrail {
    /** Built on the first change, not when the database opens: Jackson loads some 400 classes. */
    static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    private final DSLContext dsl;
    private final String username;
    private final Clock clock;

    /**
     * @param username who the changes are made by (the operating-system account until sign-in arrives)
     */
    public AuditTrail(DSLContext dsl, String username, Clock clock) {
        this.dsl = dsl;
        this.username = Objects.requireNonNull(username, "username");
        this.clock = clock;
    }

    public String username() {
        return username;
    }

    /**
     * The refusal of a save over a record someone changed since it was read (issue 23: several desks on one
     * server), naming who changed it and when, from the trail's newest change to it: "Changed by Sam Ash at
     * 10:42". Their name is the team member's with that username, else the username itself.
     *
     * @param whatKey the record's name in messages.properties ("store.stale.child")
     */
    StaleRecordException stale(String table, Object recordId, String whatKey) {
        var last = dsl.select(AUDIT_LOG.USERNAME, AUDIT_LOG.CHANGED_AT).from(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(table).and(AUDIT_LOG.RECORD_ID.eq(String.valueOf(recordId)))
                        .and(AUDIT_LOG.ACTION.ne("access")))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne();
        if (last == null) {
            return new StaleRecordException(whatKey);
        }
        String who = dsl.select(lactracker.store.jooq.Tables.TEAM_MEMBER.NAME).from(lactracker.store.jooq.Tables.TEAM_MEMBER)
                .where(lactracker.store.jooq.Tables.TEAM_MEMBER.USERNAME.eq(last.value1())).limit(1)
                .fetchOptional(lactracker.store.jooq.Tables.TEAM_MEMBER.NAME).orElse(last.value1());
        var at = last.value2().atZoneSameInstant(clock.getZone());
        String time = at.toLocalTime().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        String when = at.toLocalDate().equals(java.time.LocalDate.now(clock)) ? Words.format("store.stale.at", time)
                : Words.format("store.stale.onAt", at.toLocalDate().format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)), time);
        return new StaleRecordException(whatKey, who, when);
    }

    void inserted(String table, Object recordId, Long childId, Object newValue) {
        changed(childId);
        write("insert", table, recordId, childId, null, tree(newValue));
    }

    /**
     * Notes the children whose cases a bulk load changed (their stored copies are made again), as one batch;
     * the rows themselves are audited by their count (decision 0018).
     */
    void changedAll(java.util.Collection<Long> childIds) {
        Set<Long> children = new LinkedHashSet<>(childIds);
        children.remove(null);
        if (!children.isEmpty()) {
            var note = dsl.batch(dsl.insertInto(CASE_CHANGED, CASE_CHANGED.CHILD_ID).values((Long) null));
            for (Long child : children) {
                note = note.bind(child);
            }
            note.execute();
        }
    }

    void updated(String table, Object recordId, Long childId, Object oldValue, Object newValue) {
        changed(childId);
        ObjectNode before = tree(oldValue);
        ObjectNode after = tree(newValue);
        removeUnchanged(before, after);
        if (!after.isEmpty() || !before.isEmpty()) {
            write("update", table, recordId, childId, before, after);
        }
    }

    void deleted(String table, Object recordId, Long childId, Object oldValue) {
        changed(childId);
        write("delete", table, recordId, childId, tree(oldValue), null);
    }

    /** An access that changes nothing (a record opened, an export, a sign-in): who, what, and its details. */
    void accessed(String what, Object recordId, Long childId, Object details) {
        write("access", what, recordId, childId, null, tree(details));
    }

    /** Notes the child's stored case as out of date, in the change's own transaction. */
    void changed(Long childId) {
        if (childId != null) {
            dsl.insertInto(CASE_CHANGED).set(CASE_CHANGED.CHILD_ID, childId).execute();
        }
    }

    /** Notes the children with keys from {@code firstChildId} on (a bulk load's new children). */
    void changedFrom(long firstChildId) {
        dsl.insertInto(CASE_CHANGED, CASE_CHANGED.CHILD_ID)
                .select(dsl.select(CHILD.ID).from(CHILD).where(CHILD.ID.ge(firstChildId)))
                .execute();
    }

    private static void removeUnchanged(ObjectNode before, ObjectNode after) {
        for (Iterator<Map.Entry<String, JsonNode>> it = after.properties().iterator(); it.hasNext(); ) {
            var field = it.next();
            if (field.getValue().equals(before.get(field.getKey()))) {
                it.remove();
                before.remove(field.getKey());
            }
        }
    }

    private void write(String action, String table, Object recordId, Long childId, ObjectNode before, ObjectNode after) {
        AuditSeal.wrote();
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.CHANGED_AT, OffsetDateTime.now(clock))
                .set(AUDIT_LOG.USERNAME, username)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.TABLE_NAME, table)
                .set(AUDIT_LOG.RECORD_ID, String.valueOf(recordId))
                .set(AUDIT_LOG.CHILD_ID, childId)
                .set(AUDIT_LOG.OLD_VALUES, text(before))
                .set(AUDIT_LOG.NEW_VALUES, text(after))
                .execute();
    }

    private static ObjectNode tree(Object value) {
        JsonNode node = Json.MAPPER.valueToTree(value);
        if (node instanceof ObjectNode object) {
            return object;
        }
        ObjectNode wrapper = Json.MAPPER.createObjectNode();
        wrapper.set("value", node);
        return wrapper;
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit values could not be written as JSON", e);
        }
    }

    private static String text(ObjectNode node) {
        if (node == null) {
            return null;
        }
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit values could not be written as JSON", e);
        }
    }
}
