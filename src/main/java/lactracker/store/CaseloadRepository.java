package lactracker.store;

import static lactracker.store.jooq.Tables.APPOINTMENT;
import static lactracker.store.jooq.Tables.CASE_CHANGED;
import static lactracker.store.jooq.Tables.CASE_SNAPSHOT;
import static lactracker.store.jooq.Tables.CASE_SNAPSHOT_FORMAT;
import static lactracker.store.jooq.Tables.CHILD;
import static lactracker.store.jooq.Tables.EPISODE;
import static lactracker.store.jooq.Tables.ESCALATION;
import static lactracker.store.jooq.Tables.ESCALATION_STEP;
import static lactracker.store.jooq.Tables.HEALTH_ASSESSMENT;
import static lactracker.store.jooq.Tables.PAYMENT;
import static lactracker.store.jooq.Tables.UASC_REVIEW;
import static lactracker.store.jooq.Tables.UASC_SCREENING;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Function;
import lactracker.domain.Appointment;
import lactracker.domain.ChildCase;
import lactracker.domain.Episode;
import lactracker.domain.Escalation;
import lactracker.domain.EscalationStep;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Payment;
import lactracker.domain.UascReview;
import lactracker.domain.UascScreening;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The whole caseload as the rules read it ({@link ChildCase}s), in one query per table, never one per
 * child: the rules work at national scale on what this returns.
 */
public final class CaseloadRepository {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CaseloadRepository.class);
    /** Above this many changed children the records are read whole, table by table, not by child. */
    private static final int WHOLE_READ_ABOVE = 5_000;
    private static final int CHUNK = 1_000;
    /** How long a refresh waits for another to finish (one at national scale takes a minute). */
    private static final int REFRESH_WAIT_MS = 180_000;

    private final DSLContext dsl;
    private final AssessmentRepository assessments;
    private final EscalationRepository escalations;

    public CaseloadRepository(DSLContext dsl, AssessmentRepository assessments, EscalationRepository escalations) {
        this.dsl = dsl;
        this.assessments = assessments;
        this.escalations = escalations;
    }

    /** One child's case, for its record and to bring the list up to date after a save; empty when no such child. */
    public java.util.Optional<ChildCase> loadChild(long childId) {
        return dsl.transactionResult(() -> {
            var child = dsl.selectFrom(CHILD).where(CHILD.ID.eq(childId)).fetchOptional();
            if (child.isEmpty()) {
                return java.util.Optional.<ChildCase>empty();
            }
            List<Episode> episodes = dsl.selectFrom(EPISODE).where(EPISODE.CHILD_ID.eq(childId)).orderBy(EPISODE.START_DATE)
                    .fetch(EpisodeRepository::toEpisode);
            List<Payment> payments = dsl.select(PAYMENT.fields()).from(PAYMENT).join(HEALTH_ASSESSMENT)
                    .on(HEALTH_ASSESSMENT.ID.eq(PAYMENT.ASSESSMENT_ID)).where(HEALTH_ASSESSMENT.CHILD_ID.eq(childId))
                    .orderBy(PAYMENT.ID).fetch(r -> PaymentRepository.toPayment(r.into(PAYMENT)));
            return java.util.Optional.of(new ChildCase(ChildRepository.toChild(child.get()), episodes,
                    assessments.findByChild(childId), escalations.findByChild(childId), payments));
        });
    }

    /**
     * Every child's case, in LA id order, from the stored copies (decision 0009), after making again the
     * copies of the children changed since the last read.
     */
    public List<ChildCase> loadAll() {
        List<ChildCase> cases = new ArrayList<>();
        for (List<ChildCase> batch : eachBatch(batch -> batch, ForkJoinPool.commonPool())) {
            cases.addAll(batch);
        }
        cases.sort(Comparator.comparing(c -> c.child().laChildId()));
        assert copiesAgreeWithRecords() : "a stored case differs from its records: a change to them was not noted";
        return cases;
    }

    /**
     * Every child's case read from the records themselves, writing nothing (the stored copies are neither
     * read nor made again): for a check that must leave the file as it was (a dry run on a read-only database).
     */
    public List<ChildCase> readAllFromRecords() {
        return dsl.transactionResult(() -> readRecords(null));
    }

    /**
     * Reads every child's stored case (after making again the copies of the children changed since the
     * last read) and hands them to {@code work} a batch at a time on {@code workers}, each batch as soon
     * as it is read: the reading and the work overlap, and the whole caseload need never be held at once
     * (at national scale its cases took most of a 1 GB heap). The batches are in no particular order of
     * the children; the results come back in the order the batches were read.
     *
     * @throws CancellationException when {@code work} throws one, or this thread is interrupted
     */
    public <T> List<T> eachBatch(Function<List<ChildCase>, T> work, ExecutorService workers) {
        return readBatches(work, workers).results();
    }

    /**
     * What {@link #eachBatch} gives, with the number of the newest copy read: a reader that keeps what it
     * worked out asks {@link #changedSince} that number for what changed after.
     */
    public record Reading<T>(List<T> results, long version) {
    }

    /** As {@link #eachBatch}, telling the number of the newest copy read. */
    public <T> Reading<T> readBatches(Function<List<ChildCase>, T> work, ExecutorService workers) {
        refresh();
        List<Future<T>> results = new ArrayList<>();
        long version = 0;
        try {
            try (ResultSet rs = dsl.select(CASE_SNAPSHOT.DATA, CASE_SNAPSHOT.VERSION).from(CASE_SNAPSHOT).fetchSize(5000)
                    .fetchResultSet()) {
                List<byte[]> batch = new ArrayList<>(CHUNK);
                while (rs.next()) {
                    batch.add(rs.getBytes(1));
                    version = Math.max(version, rs.getLong(2));
                    if (batch.size() == CHUNK) {
                        results.add(workers.submit(decoded(batch, work)));
                        batch = new ArrayList<>(CHUNK);
                    }
                }
                if (!batch.isEmpty()) {
                    results.add(workers.submit(decoded(batch, work)));
                }
            } catch (SQLException e) {
                throw new DataAccessException("reading the stored cases", e);
            }
            List<T> out = new ArrayList<>(results.size());
            for (Future<T> r : results) {
                out.add(r.get());
            }
            return new Reading<>(out, version);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the caseload's reading was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            results.forEach(r -> r.cancel(false)); // none left running after a failure
        }
    }

    /**
     * The cases whose stored copy was made after copy number {@code version} (after making again the copies
     * of the children changed since the last read), with the newest number among them and how many copies
     * there are in all (fewer than the reader holds: a child was deleted); null when more than {@code most}
     * changed, for the reader to read everything again instead.
     */
    public record Changes(List<ChildCase> cases, long version, int copies) {
    }

    public Changes changedSince(long version, int most) {
        refresh();
        return dsl.transactionResult(() -> {
            int changed = dsl.fetchCount(CASE_SNAPSHOT, CASE_SNAPSHOT.VERSION.gt(version));
            if (changed > most) {
                return null;
            }
            List<ChildCase> cases = new ArrayList<>(changed);
            long newest = version;
            if (changed > 0) {
                CaseCodec.Strings strings = new CaseCodec.Strings();
                for (var r : dsl.select(CASE_SNAPSHOT.DATA, CASE_SNAPSHOT.VERSION).from(CASE_SNAPSHOT)
                        .where(CASE_SNAPSHOT.VERSION.gt(version)).fetch()) {
                    cases.add(CaseCodec.decode(r.value1(), strings));
                    newest = Math.max(newest, r.value2());
                }
            }
            return new Changes(cases, newest, dsl.fetchCount(CASE_SNAPSHOT));
        });
    }

    private static <T> Callable<T> decoded(List<byte[]> batch, Function<List<ChildCase>, T> work) {
        return () -> {
            CaseCodec.Strings strings = new CaseCodec.Strings(); // this batch's, on one thread
            List<ChildCase> cases = new ArrayList<>(batch.size());
            for (byte[] data : batch) {
                cases.add(CaseCodec.decode(data, strings));
            }
            return work.apply(cases);
        };
    }

    /**
     * Whether every stored copy equals its child's records read afresh, for the tests' assertions: a write
     * that does not note its child shows here. True without looking while a change is waiting to be copied.
     */
    boolean copiesAgreeWithRecords() {
        List<Long> differing = copiesDiffering();
        return differing == null || differing.isEmpty();
    }

    /**
     * The children whose stored copy is missing or is not what their records say (the integrity check; a copy
     * goes with its child, the foreign key deleting it); null when a change is waiting to be copied, so nothing can be compared.
     */
    public List<Long> copiesDiffering() {
        return dsl.transactionResult(() -> {
            lockCopies();
            if (dsl.fetchExists(CASE_CHANGED)) {
                return null;
            }
            Map<Long, ChildCase> copies = new HashMap<>();
            Row.each(dsl, CASE_SNAPSHOT, r -> copies.put(r.get(CASE_SNAPSHOT.CHILD_ID), CaseCodec.decode(r.get(CASE_SNAPSHOT.DATA))));
            List<ChildCase> records = readRecords(null);
            if (dsl.fetchExists(CASE_CHANGED)) {
                return null; // changed while reading: nothing to compare
            }
            List<Long> differing = new ArrayList<>();
            for (ChildCase c : records) {
                if (!c.equals(copies.remove(c.child().id()))) {
                    differing.add(c.child().id());
                }
            }
            differing.sort(Comparator.naturalOrder());
            return differing;
        });
    }

    /** Makes the stored copies of {@code childIds} again from their records. */
    public void remake(List<Long> childIds) {
        dsl.transaction(() -> {
            for (int from = 0; from < childIds.size(); from += CHUNK) {
                List<Long> ids = childIds.subList(from, Math.min(childIds.size(), from + CHUNK));
                dsl.insertInto(CASE_CHANGED, CASE_CHANGED.CHILD_ID).select(dsl.select(CHILD.ID).from(CHILD)
                        .where(CHILD.ID.in(ids))).execute();
            }
        });
        refresh();
    }

    /** The copies' format row: the layout they are written in, and the number of the last refresh. */
    private record CopiesRow(long format, long lastVersion) {
    }

    /**
     * Locks the copies' format row for this transaction and returns it: one refresh (or comparison) at a
     * time, across every process using the database, not only within this one; waits for one under way.
     */
    private CopiesRow lockCopies() {
        waitForLocks(REFRESH_WAIT_MS);
        try {
            var row = dsl.select(CASE_SNAPSHOT_FORMAT.FORMAT, CASE_SNAPSHOT_FORMAT.LAST_VERSION).from(CASE_SNAPSHOT_FORMAT)
                    .forUpdate().fetchOne();
            return row == null ? new CopiesRow(0, 0) : new CopiesRow(row.value1(), row.value2());
        } finally {
            waitForLocks(Database.LOCK_TIMEOUT_MS);
        }
    }

    /** How long this session waits for a row another holds: H2's setting, or PostgreSQL's for this transaction. */
    private void waitForLocks(long millis) {
        if (dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            dsl.execute("SET LOCAL lock_timeout = " + millis);
        } else {
            dsl.execute("SET LOCK_TIMEOUT " + millis);
        }
    }

    /**
     * Makes again, from the records, the stored copy of every child noted as changed (all of them when the
     * copies' format is not this version's), in one transaction, and removes exactly the notes it read: a
     * change committed meanwhile keeps its note for the next time. One refresh at a time, so that an older
     * copy never overwrites a newer one.
     */
    public void refresh() {
        dsl.transaction(() -> {
            CopiesRow copies = lockCopies();
            if (copies.format() != CaseCodec.FORMAT) {
                dsl.update(CASE_SNAPSHOT_FORMAT).set(CASE_SNAPSHOT_FORMAT.FORMAT, CaseCodec.FORMAT).execute();
                dsl.insertInto(CASE_CHANGED, CASE_CHANGED.CHILD_ID).select(dsl.select(CHILD.ID).from(CHILD)).execute();
            }
            List<Long> notes = new ArrayList<>();
            Set<Long> changed = new HashSet<>();
            try (ResultSet rs = dsl.select(CASE_CHANGED.ID, CASE_CHANGED.CHILD_ID).from(CASE_CHANGED)
                    .fetchSize(5000).fetchResultSet()) {
                while (rs.next()) {
                    notes.add(rs.getLong(1));
                    changed.add(rs.getLong(2));
                }
            } catch (SQLException e) {
                throw new DataAccessException("reading the changed children", e);
            }
            if (notes.isEmpty()) {
                return;
            }
            long started = System.nanoTime();
            // This refresh's number, one more than the last (the format row is locked: one refresh at a time).
            long version = copies.lastVersion() + 1;
            dsl.update(CASE_SNAPSHOT_FORMAT).set(CASE_SNAPSHOT_FORMAT.LAST_VERSION, version).execute();
            List<ChildCase> cases = new ArrayList<>();
            if (changed.size() > WHOLE_READ_ABOVE) {
                for (ChildCase c : readRecords(null)) {
                    if (changed.contains(c.child().id())) {
                        cases.add(c);
                    }
                }
            } else {
                List<Long> ids = new ArrayList<>(changed);
                for (int from = 0; from < ids.size(); from += CHUNK) {
                    cases.addAll(readRecords(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
                }
            }
            for (int from = 0; from < cases.size(); from += CHUNK) {
                // Standard form, with each value bound once (H2's MERGE ... KEY form bound them twice on PostgreSQL).
                var merge = dsl.batch(dsl.insertInto(CASE_SNAPSHOT, CASE_SNAPSHOT.CHILD_ID, CASE_SNAPSHOT.DATA,
                        CASE_SNAPSHOT.VERSION).values((Long) null, (byte[]) null, (Long) null)
                        .onConflict(CASE_SNAPSHOT.CHILD_ID).doUpdate()
                        .set(CASE_SNAPSHOT.DATA, org.jooq.impl.DSL.excluded(CASE_SNAPSHOT.DATA))
                        .set(CASE_SNAPSHOT.VERSION, org.jooq.impl.DSL.excluded(CASE_SNAPSHOT.VERSION)));
                for (ChildCase c : cases.subList(from, Math.min(cases.size(), from + CHUNK))) {
                    merge = merge.bind(c.child().id(), CaseCodec.encode(c), version);
                }
                merge.execute();
            }
            for (int from = 0; from < notes.size(); from += CHUNK) {
                dsl.deleteFrom(CASE_CHANGED).where(CASE_CHANGED.ID.in(notes.subList(from,
                        Math.min(notes.size(), from + CHUNK)))).execute();
            }
            LOG.info("Stored cases of {} children made again in {} ms", changed.size(),
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    /**
     * The cases of the children {@code childIds} (every child's when null) read from the records, in one
     * query per table, never one per child. Assessments and escalations are in key order, as a whole
     * table's scan gives them.
     */
    private List<ChildCase> readRecords(List<Long> childIds) {
        boolean all = childIds == null;
        Condition ofChildren = all ? DSL.noCondition() : CHILD.ID.in(childIds);
        Condition assessmentsOf = all ? DSL.noCondition() : HEALTH_ASSESSMENT.CHILD_ID.in(childIds);
        var assessmentIds = DSL.select(HEALTH_ASSESSMENT.ID).from(HEALTH_ASSESSMENT).where(assessmentsOf);
        Map<Long, List<Episode>> episodes = new HashMap<>();
        Row.each(dsl, EPISODE, all ? DSL.noCondition() : EPISODE.CHILD_ID.in(childIds),
                r -> episodes.computeIfAbsent(r.get(EPISODE.CHILD_ID), k -> new ArrayList<>())
                        .add(EpisodeRepository.toEpisode(r)));

        Map<Long, List<Appointment>> appointments = new HashMap<>();
        Row.each(dsl, APPOINTMENT, all ? DSL.noCondition() : APPOINTMENT.ASSESSMENT_ID.in(assessmentIds),
                r -> appointments.computeIfAbsent(r.get(APPOINTMENT.ASSESSMENT_ID), k -> new ArrayList<>())
                        .add(AssessmentRepository.toAppointment(r)));
        Map<Long, List<UascScreening>> screening = new HashMap<>(); // in item order by the key
        Row.each(dsl, UASC_SCREENING, all ? DSL.noCondition() : UASC_SCREENING.ASSESSMENT_ID.in(assessmentIds),
                r -> screening.computeIfAbsent(r.get(UASC_SCREENING.ASSESSMENT_ID), k -> new ArrayList<>())
                        .add(AssessmentRepository.toScreening(r)));
        Map<Long, UascReview> uasc = new HashMap<>();
        Row.each(dsl, UASC_REVIEW, all ? DSL.noCondition() : UASC_REVIEW.ASSESSMENT_ID.in(assessmentIds),
                r -> uasc.put(r.get(UASC_REVIEW.ASSESSMENT_ID), AssessmentRepository.toUascReview(r,
                        screening.getOrDefault(r.get(UASC_REVIEW.ASSESSMENT_ID), List.of()))));
        // Payments by assessment, handed to the assessment's child as the assessments are read: a join
        // of the two tables looked each payment's assessment up by key and took as long as reading them all.
        Map<Long, List<Payment>> paymentsByAssessment = new HashMap<>();
        Row.each(dsl, PAYMENT, all ? DSL.noCondition() : PAYMENT.ASSESSMENT_ID.in(assessmentIds),
                r -> paymentsByAssessment.computeIfAbsent(r.get(PAYMENT.ASSESSMENT_ID), k -> new ArrayList<>())
                        .add(PaymentRepository.toPayment(r)));
        // In date order before the assessments take their copies (the first one can decide the period).
        appointments.values().forEach(l -> l.sort(Comparator.comparing(Appointment::date)));
        Map<Long, List<Payment>> payments = new HashMap<>();
        Map<Long, List<HealthAssessment>> assessments = new HashMap<>();
        Row.each(dsl, HEALTH_ASSESSMENT, assessmentsOf, r -> {
            Long id = r.get(HEALTH_ASSESSMENT.ID);
            Long child = r.get(HEALTH_ASSESSMENT.CHILD_ID);
            assessments.computeIfAbsent(child, k -> new ArrayList<>()).add(
                    AssessmentRepository.assemble(r, appointments.getOrDefault(id, List.of()), uasc.get(id)));
            List<Payment> paid = paymentsByAssessment.get(id);
            if (paid != null) {
                payments.computeIfAbsent(child, k -> new ArrayList<>()).addAll(paid);
            }
        });

        Map<Long, List<EscalationStep>> steps = new HashMap<>();
        Row.each(dsl, ESCALATION_STEP, all ? DSL.noCondition() : ESCALATION_STEP.ESCALATION_ID.in(
                DSL.select(ESCALATION.ID).from(ESCALATION).where(ESCALATION.CHILD_ID.in(childIds))),
                r -> steps.computeIfAbsent(r.get(ESCALATION_STEP.ESCALATION_ID), k -> new ArrayList<>())
                        .add(EscalationRepository.toStep(r)));
        Map<Long, List<Escalation>> escalations = new HashMap<>();
        Row.each(dsl, ESCALATION, all ? DSL.noCondition() : ESCALATION.CHILD_ID.in(childIds),
                r -> escalations.computeIfAbsent(r.get(ESCALATION.CHILD_ID), k -> new ArrayList<>())
                        .add(EscalationRepository.assemble(r, steps.getOrDefault(r.get(ESCALATION.ID), List.of()))));

        // Unsorted scans (key order) are twice as fast as sorted ones here; put each child's few
        // records in order in memory instead.
        episodes.values().forEach(l -> l.sort(Comparator.comparing(Episode::startDate)));
        steps.values().forEach(l -> l.sort(Comparator.comparing(EscalationStep::stepDate)));
        payments.values().forEach(l -> l.sort(Comparator.comparing(Payment::id)));
        if (!all) { // read through an index on the child: put them in key order, as a scan has them
            assessments.values().forEach(l -> l.sort(Comparator.comparing(HealthAssessment::id)));
            escalations.values().forEach(l -> l.sort(Comparator.comparing(Escalation::id)));
        }

        List<ChildCase> cases = new ArrayList<>();
        Row.each(dsl, CHILD, ofChildren, r -> {
            Long id = r.get(CHILD.ID);
            cases.add(new ChildCase(ChildRepository.toChild(r), episodes.getOrDefault(id, List.of()),
                    assessments.getOrDefault(id, List.of()), escalations.getOrDefault(id, List.of()),
                    payments.getOrDefault(id, List.of())));
        });
        return cases;
    }
}
