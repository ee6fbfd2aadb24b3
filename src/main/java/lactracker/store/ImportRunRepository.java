package lactracker.store;

import static lactracker.store.jooq.Tables.IMPORT_RUN;

import java.time.ZoneOffset;
import java.util.List;
import lactracker.domain.ImportRun;
import lactracker.store.jooq.tables.records.ImportRunRecord;
import org.jooq.DSLContext;

/** The record of each import run. */
public final class ImportRunRepository {
    static final String TABLE = "import_run";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public ImportRunRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public ImportRun insert(ImportRun run) {
        return dsl.transactionResult(() -> {
            long id = dsl.insertInto(IMPORT_RUN)
                    .set(IMPORT_RUN.KIND, run.kind())
                    .set(IMPORT_RUN.STARTED_AT, run.startedAt().atOffset(ZoneOffset.UTC))
                    .set(IMPORT_RUN.USERNAME, run.username())
                    .set(IMPORT_RUN.SOURCE_NAME, run.sourceName())
                    .set(IMPORT_RUN.NEW_ROWS, run.newRows())
                    .set(IMPORT_RUN.UPDATED_ROWS, run.updatedRows())
                    .set(IMPORT_RUN.UNCHANGED_ROWS, run.unchangedRows())
                    .set(IMPORT_RUN.REJECTED_ROWS, run.rejectedRows())
                    .returning(IMPORT_RUN.ID).fetchOne().getId();
            ImportRun saved = new ImportRun(id, run.kind(), run.startedAt(), run.username(), run.sourceName(),
                    run.newRows(), run.updatedRows(), run.unchangedRows(), run.rejectedRows());
            audit.inserted(TABLE, id, null, saved);
            return saved;
        });
    }

    /** The latest runs, newest first. */
    public List<ImportRun> findLatest(int limit) {
        return dsl.selectFrom(IMPORT_RUN).orderBy(IMPORT_RUN.STARTED_AT.desc(), IMPORT_RUN.ID.desc()).limit(limit)
                .fetch(ImportRunRepository::toRun);
    }

    private static ImportRun toRun(ImportRunRecord r) {
        return new ImportRun(r.getId(), r.getKind(), r.getStartedAt().toInstant(), r.getUsername(),
                r.getSourceName(), r.getNewRows(), r.getUpdatedRows(), r.getUnchangedRows(), r.getRejectedRows());
    }
}
