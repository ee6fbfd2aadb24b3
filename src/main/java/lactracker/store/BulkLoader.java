package lactracker.store;

import static lactracker.store.jooq.Tables.CHILD;
import static lactracker.store.jooq.Tables.EPISODE;
import static lactracker.store.jooq.Tables.ESCALATION;
import static lactracker.store.jooq.Tables.ESCALATION_STEP;
import static lactracker.store.jooq.Tables.HEALTH_ASSESSMENT;
import static lactracker.store.jooq.Tables.PAYMENT;
import static lactracker.store.jooq.Tables.UASC_REVIEW;
import static lactracker.store.jooq.Tables.UASC_SCREENING;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import lactracker.domain.ChildCase;
import lactracker.domain.Escalation;
import lactracker.domain.EscalationStep;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Payment;
import lactracker.domain.UascReview;
import lactracker.domain.UascScreening;
import lactracker.store.jooq.tables.records.EscalationRecord;
import lactracker.store.jooq.tables.records.EscalationStepRecord;
import lactracker.store.jooq.tables.records.HealthAssessmentRecord;
import lactracker.store.jooq.tables.records.UascReviewRecord;
import lactracker.store.jooq.tables.records.UascScreeningRecord;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Writes many whole cases at once (the demo caseload: up to national scale), in one transaction, with
 * keys handed out here and statements sent in batches. Audited as one change, "these cases were added",
 * rather than a million entries. Each case's placeholders are resolved: the child's id, and a payment's
 * assessment id, which is the index of its assessment in the case's list.
 */
public final class BulkLoader {
    private static final int BATCH = 5_000;

    private final DSLContext dsl;
    private final AuditTrail audit;

    public BulkLoader(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /**
     * Adds the cases; {@code progress} hears how many cases are written so far.
     *
     * @param description what the audit entry says was added (such as "demo caseload, seed 1")
     */
    public void insert(List<ChildCase> cases, String description, LongConsumer progress) {
        insert(cases, cases.size(), description, progress);
    }

    /** As {@link #insert(List, String, LongConsumer)}, {@code count} cases read as they come (made as they are read). */
    public void insert(Iterable<ChildCase> cases, int count, String description, LongConsumer progress) {
        dsl.transaction(() -> {
            Keys childId = keys(dsl, CHILD);
            long firstChild = childId.peek();
            Keys episodeId = keys(dsl, EPISODE);
            Keys assessmentId = keys(dsl, HEALTH_ASSESSMENT);
            Keys escalationId = keys(dsl, ESCALATION);
            Keys stepId = keys(dsl, ESCALATION_STEP);
            Keys paymentId = keys(dsl, PAYMENT);
            Batches batches = new Batches();
            long done = 0;
            for (ChildCase c : cases) {
                long child = childId.next();
                batches.add(ChildRepository.toRow(c.child().withId(child)));
                for (var e : c.episodes()) {
                    var row = EpisodeRepository.toRow(e.withId(episodeId.next()));
                    row.setChildId(child);
                    batches.add(row);
                }
                List<Long> ids = new ArrayList<>(c.assessments().size());
                for (HealthAssessment a : c.assessments()) {
                    long id = assessmentId.next();
                    ids.add(id);
                    HealthAssessmentRecord row = AssessmentRepository.toRow(a.withId(id));
                    row.setChildId(child);
                    row.setVersion(0);
                    batches.add(row);
                    if (a.uascReview() != null) {
                        uasc(id, a.uascReview(), batches);
                    }
                }
                for (Escalation e : c.escalations()) {
                    long id = escalationId.next();
                    batches.add(new EscalationRecord(id, child, e.type().name(), e.dutyDueDate(), null, e.hostArea(),
                            e.hostProvider(), e.openedOn(), e.closedOn(), e.closeNote(), 0));
                    for (EscalationStep s : e.steps()) {
                        batches.add(new EscalationStepRecord(stepId.next(), id, (short) s.level(), s.stepDate(), s.contact(),
                                s.asked(), s.responseDue(), s.responseDate(), s.response()));
                    }
                }
                for (Payment p : c.payments()) {
                    var row = PaymentRepository.toRow(p.withId(paymentId.next()));
                    row.setAssessmentId(ids.get((int) p.assessmentId()));
                    batches.add(row);
                }
                if (++done % BATCH == 0) {
                    batches.flush();
                    progress.accept(done);
                }
            }
            batches.flush();
            progress.accept(done);
            for (Keys k : List.of(childId, episodeId, assessmentId, escalationId, stepId, paymentId)) {
                k.done();
            }
            audit.inserted("child", "bulk", null, Map.of("added", description, "children", count));
            audit.changedFrom(firstChild);
        });
    }

    /**
     * Adds new children in batches and returns their keys by LA id; one audit entry says how many (decision
     * 0018: a bulk import is audited by its run and counts, its changes to existing records one by one).
     * Checks {@code stop} between batches (the caller's transaction then rolls back).
     */
    public Map<String, Long> insertChildren(List<lactracker.domain.Child> children, Runnable stop) {
        Map<String, Long> ids = new java.util.HashMap<>();
        Keys next = keys(dsl, CHILD);
        for (int from = 0; from < children.size(); from += BATCH) {
            stop.run();
            List<TableRecord<?>> rows = new ArrayList<>();
            for (var c : children.subList(from, Math.min(children.size(), from + BATCH))) {
                long id = next.next();
                var row = ChildRepository.toRow(c.withId(id).withVersion(0));
                row.changed(true);
                rows.add(row);
                ids.put(c.laChildId(), id);
            }
            insertAll(dsl, CHILD, rows);
        }
        next.done();
        audit.changedAll(ids.values());
        added(ChildRepository.TABLE, children.size());
        return ids;
    }

    /** Adds new episodes in batches, audited by their count; checks {@code stop} between batches. */
    public void insertEpisodes(List<lactracker.domain.Episode> episodes, Runnable stop) {
        Keys next = keys(dsl, EPISODE);
        for (int from = 0; from < episodes.size(); from += BATCH) {
            stop.run();
            List<TableRecord<?>> rows = new ArrayList<>();
            for (var e : episodes.subList(from, Math.min(episodes.size(), from + BATCH))) {
                var row = EpisodeRepository.toRow(e.withId(next.next()));
                row.changed(true);
                rows.add(row);
            }
            insertAll(dsl, EPISODE, rows);
        }
        next.done();
        audit.changedAll(episodes.stream().map(lactracker.domain.Episode::childId).toList());
        added(EpisodeRepository.TABLE, episodes.size());
    }

    /**
     * Adds the OC2 rows of children who have none yet, in batches (one by one, each looked for first, they
     * were two fifths of a 903 import), audited by their count; checks {@code stop} between batches.
     */
    public void insertOc2(List<lactracker.domain.Oc2Outcome> outcomes, Runnable stop) {
        for (int from = 0; from < outcomes.size(); from += BATCH) {
            stop.run();
            List<TableRecord<?>> rows = new ArrayList<>();
            for (var o : outcomes.subList(from, Math.min(outcomes.size(), from + BATCH))) {
                rows.add(Oc2Repository.toRow(o));
            }
            insertAll(dsl, lactracker.store.jooq.Tables.OC2_OUTCOME, rows);
        }
        audit.changedAll(outcomes.stream().map(lactracker.domain.Oc2Outcome::childId).toList());
        added(Oc2Repository.TABLE, outcomes.size());
    }

    /** The one audit entry of rows added in bulk: the table and how many (none for none). */
    private void added(String table, int rows) {
        if (rows > 0) {
            audit.inserted(table, "bulk", null, Map.of("rowsAdded", rows));
        }
    }

    private static void uasc(long assessmentId, UascReview u, Batches batches) {
        batches.add(new UascReviewRecord(assessmentId, Columns.yn(u.interpreterUsed()), u.interpreterLanguage(),
                u.countryOfOrigin(), u.arrivedInUk(), Columns.yn(u.nationalTransferScheme()), Columns.yn(u.ageDisputed()),
                Columns.yn(u.immunisationCatchUpPlan()), Columns.yn(u.emotionalHealthScreened()),
                Columns.yn(u.mentalHealthReferral()), Columns.yn(u.fgmRiskConsidered())));
        for (UascScreening s : u.screening()) {
            batches.add(new UascScreeningRecord(assessmentId, Columns.code(s.item()), s.offeredOn(),
                    Columns.code(s.outcome())));
        }
    }

    /**
     * Inserts records of one table as one prepared statement with many bound rows: jOOQ's batchInsert
     * renders an INSERT per record first, which cost more than the inserts themselves at this size.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void insertAll(DSLContext dsl, Table<?> table, List<? extends TableRecord<?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // Rows with no key yet (audit entries) leave the identity column out for the database to fill.
        org.jooq.Field<?> identity = table.getIdentity() == null ? null : table.getIdentity().getField();
        boolean keyGiven = identity == null || rows.get(0).get(identity) != null;
        List<org.jooq.Field<?>> fields = new ArrayList<>();
        for (org.jooq.Field<?> f : table.fields()) {
            if (keyGiven || !f.equals(identity)) {
                fields.add(f);
            }
        }
        var batch = dsl.batch(dsl.insertInto((Table) table).columns(fields).values(new Object[fields.size()]));
        for (TableRecord<?> r : rows) {
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = r.get(fields.get(i));
            }
            batch = batch.bind(values);
        }
        batch.execute();
    }

    /** The next key after the highest in {@code table}'s ID column (1 for an empty table). */
    static long nextId(DSLContext dsl, Table<?> table) {
        var id = table.field("ID", Long.class);
        Long max = dsl.select(org.jooq.impl.DSL.max(id)).from(table).fetchOne(0, Long.class);
        return max == null ? 1 : max + 1;
    }

    /**
     * Keys for rows about to be added in bulk, each engine's way. In the file, whose one process is the only
     * writer, they follow the highest and the identity column is moved past them at the end. On a server
     * other desks add rows meanwhile, and only the tables' owner may move an identity column (a team
     * lead's import failed there): the keys are the column's own sequence's, taken a batch at a time.
     */
    static Keys keys(DSLContext dsl, Table<?> table) {
        if (dsl.dialect().family() != org.jooq.SQLDialect.POSTGRES) {
            return new Keys() {
                private long next = nextId(dsl, table);

                @Override
                public long peek() {
                    return next;
                }

                @Override
                public long next() {
                    return next++;
                }

                @Override
                public void done() {
                    restartIdentity(dsl, table);
                }
            };
        }
        return new Keys() {
            private final java.util.ArrayDeque<Long> taken = new java.util.ArrayDeque<>();

            @Override
            public long peek() {
                if (taken.isEmpty()) {
                    taken.addAll(dsl.fetchValues("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)",
                            table.getName().toLowerCase(java.util.Locale.ROOT), BATCH).stream()
                            .map(v -> ((Number) v).longValue()).toList());
                }
                return taken.peekFirst();
            }

            @Override
            public long next() {
                peek();
                return taken.removeFirst();
            }

            @Override
            public void done() {
                // the sequence is past every key taken; those not used are gaps, as any rolled-back insert leaves
            }
        };
    }

    /** Hands out keys for one table's new rows. */
    interface Keys {
        /** The key {@link #next()} will give. */
        long peek();

        long next();

        /** After the rows are in: the table's own keys go on from past them. */
        void done();
    }

    /** Identity columns go on from the keys handed out here (standard SQL, as PostgreSQL has it too). */
    static void restartIdentity(DSLContext dsl, Table<?> table) {
        long next = nextId(dsl, table);
        dsl.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN ID RESTART WITH " + next);
    }

    /** Rows waiting to be sent, per table, in the order the foreign keys need. */
    private final class Batches {
        private final Map<Table<?>, List<TableRecord<?>>> pending = new java.util.LinkedHashMap<>();

        Batches() {
            for (Table<?> t : List.of(CHILD, EPISODE, HEALTH_ASSESSMENT, UASC_REVIEW, UASC_SCREENING, ESCALATION,
                    ESCALATION_STEP, PAYMENT)) {
                pending.put(t, new ArrayList<>());
            }
        }

        void add(TableRecord<?> record) {
            record.changed(true);
            pending.get(record.getTable()).add(record);
        }

        void flush() {
            for (List<TableRecord<?>> rows : pending.values()) {
                if (!rows.isEmpty()) {
                    insertAll(dsl, rows.get(0).getTable(), rows);
                    rows.clear();
                }
            }
        }
    }
}
