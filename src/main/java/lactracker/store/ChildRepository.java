package lactracker.store;

import lactracker.domain.Words;
import static lactracker.store.jooq.Tables.CHILD;

import java.util.List;
import java.util.Optional;
import lactracker.domain.Child;
import lactracker.domain.RecordSource;
import lactracker.domain.Sex;
import lactracker.store.jooq.tables.records.ChildRecord;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Children: the 903 identity and the team's own fields. */
public final class ChildRepository {
    static final String TABLE = "child";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public ChildRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** Saves a new child and returns it with its key. */
    public Child insert(Child child) {
        return dsl.transactionResult(() -> {
            ChildRecord row = toRow(child);
            row.changed(CHILD.ID, false);
            long id;
            try {
                id = dsl.insertInto(CHILD).set(row).returning(CHILD.ID).fetchOne().getId();
            } catch (IntegrityConstraintViolationException e) {
                throw translate(e);
            }
            Child saved = child.withId(id).withVersion(0);
            audit.inserted(TABLE, id, id, saved);
            return saved;
        });
    }

    /**
     * Saves changes to a child read earlier. Refused with {@link StaleRecordException} when the child
     * changed since it was read.
     */
    public Child update(Child child) {
        return dsl.transactionResult(() -> {
            Child before = findById(child.id()).orElseThrow(() -> new StaleRecordException("store.stale.child"));
            ChildRecord row = toRow(child);
            row.changed(CHILD.ID, false);
            row.setVersion(child.version() + 1);
            int updated;
            try {
                updated = dsl.update(CHILD).set(row)
                        .where(CHILD.ID.eq(child.id()).and(CHILD.VERSION.eq(child.version())))
                        .execute();
            } catch (IntegrityConstraintViolationException e) {
                throw translate(e);
            }
            if (updated == 0) {
                throw audit.stale(TABLE, child.id(), "store.stale.child");
            }
            Child saved = child.withVersion(child.version() + 1);
            audit.updated(TABLE, child.id(), child.id(), before, saved);
            return saved;
        });
    }

    /** Deletes a child with everything recorded about them (a child added by hand in error). */
    public void delete(long id) {
        dsl.transaction(() -> {
            Child before = findById(id).orElseThrow(() -> new StaleRecordException("store.stale.child"));
            dsl.deleteFrom(CHILD).where(CHILD.ID.eq(id)).execute();
            audit.deleted(TABLE, id, id, before);
        });
    }

    public Optional<Child> findById(long id) {
        return dsl.selectFrom(CHILD).where(CHILD.ID.eq(id)).fetchOptional().map(ChildRepository::toChild);
    }

    public Optional<Child> findByLaChildId(String laChildId) {
        return dsl.selectFrom(CHILD).where(CHILD.LA_CHILD_ID.eq(laChildId)).fetchOptional()
                .map(ChildRepository::toChild);
    }

    public Optional<Child> findByNhsNumber(String nhsNumber) {
        return dsl.selectFrom(CHILD).where(CHILD.NHS_NUMBER.eq(nhsNumber)).fetchOptional()
                .map(ChildRepository::toChild);
    }

    /** Every child, in LA id order. */
    public List<Child> findAll() {
        return dsl.selectFrom(CHILD).orderBy(CHILD.LA_CHILD_ID).fetch(ChildRepository::toChild);
    }

    public int count() {
        return dsl.fetchCount(CHILD);
    }

    private static StoreException translate(IntegrityConstraintViolationException e) {
        String message = String.valueOf(e.getMessage()).toUpperCase(java.util.Locale.ROOT);
        if (message.contains("CHILD_NHS_NUMBER_UQ")) {
            return new StoreException(Words.get("store.child.nhsTaken"), e);
        }
        if (message.contains("CHILD_LA_CHILD_ID_UQ")) {
            return new StoreException(Words.get("store.child.laIdTaken"), e);
        }
        if (message.contains("CHILD_NURSE_FK")) {
            return new StoreException(Words.get("store.child.nurseUnknown"), e);
        }
        return new StoreException(Words.get("store.child.refused"), e);
    }

    static ChildRecord toRow(Child c) {
        ChildRecord r = new ChildRecord();
        r.setId(c.id());
        r.setLaChildId(c.laChildId());
        r.setSex((short) c.sex().code());
        r.setDateOfBirth(c.dateOfBirth());
        r.setEthnicity(c.ethnicity());
        r.setUpn(c.upn());
        r.setGivenName(c.givenName());
        r.setFamilyName(c.familyName());
        r.setNhsNumber(c.nhsNumber());
        r.setGpPractice(c.gpPractice());
        r.setGpPracticeCode(c.gpPracticeCode());
        r.setDentistPractice(c.dentistPractice());
        r.setAllocatedNurseId(c.allocatedNurseId());
        r.setUascIn_903(c.uascIn903());
        r.setUascCeasedOn(c.uascCeasedOn());
        r.setUascFlagged(c.uascFlagged());
        r.setHealthPassportIssued(c.healthPassportIssued());
        r.setCareLeaverSummaryGiven(c.careLeaverSummaryGiven());
        r.setNotes(c.notes());
        r.setSource(Columns.code(c.source()));
        r.setVersion(c.version());
        return r;
    }

    static Child toChild(ChildRecord r) {
        return toChild((Row) r::get);
    }

    static Child toChild(Row r) {
        return new Child(r.get(CHILD.ID), r.get(CHILD.LA_CHILD_ID), Sex.fromCode(r.get(CHILD.SEX)),
                r.get(CHILD.DATE_OF_BIRTH), r.get(CHILD.ETHNICITY), r.get(CHILD.UPN), r.get(CHILD.GIVEN_NAME),
                r.get(CHILD.FAMILY_NAME), r.get(CHILD.NHS_NUMBER), r.get(CHILD.GP_PRACTICE),
                r.get(CHILD.GP_PRACTICE_CODE), r.get(CHILD.DENTIST_PRACTICE), r.get(CHILD.ALLOCATED_NURSE_ID),
                r.get(CHILD.UASC_IN_903), r.get(CHILD.UASC_CEASED_ON), r.get(CHILD.UASC_FLAGGED),
                r.get(CHILD.HEALTH_PASSPORT_ISSUED), r.get(CHILD.CARE_LEAVER_SUMMARY_GIVEN), r.get(CHILD.NOTES),
                Columns.code(RecordSource.class, r.get(CHILD.SOURCE)), r.get(CHILD.VERSION));
    }
}
