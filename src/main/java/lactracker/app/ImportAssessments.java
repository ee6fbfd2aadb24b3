package lactracker.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lactracker.domain.Child;
import lactracker.domain.Dates;
import lactracker.domain.DentalFindings;
import lactracker.domain.HealthAssessment;
import lactracker.domain.ImportRun;
import lactracker.domain.RecordSource;
import lactracker.domain.Rejection;
import lactracker.domain.Words;
import lactracker.io.AssessmentFile;
import lactracker.store.Database;
import lactracker.store.Repositories;

/**
 * Imports the team's assessment records (import-formats.md) in two steps, like the 903 import: check,
 * then apply in one transaction. A row matches a stored assessment of the same child, type and date
 * (the outcome's, else the request's); a match that came from an earlier import is updated, one typed in
 * the application is left as the team typed it.
 */
public final class ImportAssessments {
    /** What an import would do. */
    public static final class Plan {
        final List<HealthAssessment> created = new ArrayList<>();
        final List<HealthAssessment> updated = new ArrayList<>();
        final Map<Long, String> nhsNumbers = new HashMap<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private int read;
        private int unchanged;
        private final String source;

        Plan(String source) {
            this.source = source;
        }

        public String line() {
            return Words.format("import.summaryLine", Words.get("importAssessments.table"), String.valueOf(read),
                    String.valueOf(created.size()), String.valueOf(updated.size()), String.valueOf(unchanged),
                    String.valueOf(rejections.size()));
        }

        public List<Rejection> rejections() {
            return rejections;
        }

        public int rejectedCount() {
            return rejections.size();
        }

        public int read() {
            return read;
        }

        public int createdCount() {
            return created.size();
        }

        public int updatedCount() {
            return updated.size();
        }

        public int unchanged() {
            return unchanged;
        }

        /** Whether applying it would write anything. */
        public boolean changesAnything() {
            return !created.isEmpty() || !updated.isEmpty() || !nhsNumbers.isEmpty();
        }
    }

    private final Database database;
    private final Repositories repositories;
    private final Clock clock;
    private final lactracker.domain.Access access;

    /** An import with an administrator's access: for tests and tools that work on a file of their own. */
    public ImportAssessments(Database database, Repositories repositories, Clock clock) {
        this(database, repositories, clock, lactracker.domain.Access.ADMINISTRATOR);
    }

    private ImportAssessments(Database database, Repositories repositories, Clock clock, lactracker.domain.Access access) {
        this.database = database;
        this.repositories = repositories;
        this.clock = clock;
        this.access = access;
    }

    public static ImportAssessments of(AppContext context) {
        return new ImportAssessments(context.database(), context.repositories(), context.clock(), context.access());
    }

    /** Reads the file and works out what importing it would change. Writes nothing. */
    public Plan check(Path file) throws IOException {
        AssessmentFile read = AssessmentFile.read(file, LocalDate.now(clock));
        Plan plan = new Plan(file.toString());
        plan.read = read.read();
        plan.rejections.addAll(read.rejected());
        Map<String, Child> children = new HashMap<>();
        // whose each NHS number is: a child in the tracker, or one this file gives it to (with the line)
        record NhsOwner(String child, Integer line) {
            /** Worded only when a row is refused: "in the tracker", or "line 12". */
            String where() {
                return line == null ? Words.get("importAssessments.inTheTracker")
                        : Words.format("importAssessments.line", String.valueOf(line));
            }
        }
        Map<String, NhsOwner> nhsOwners = new HashMap<>();
        for (Child c : repositories.children().findAll()) {
            children.put(c.laChildId(), c);
            if (c.nhsNumber() != null) {
                nhsOwners.put(c.nhsNumber(), new NhsOwner(c.laChildId(), null));
            }
        }
        Map<Long, List<HealthAssessment>> stored = new HashMap<>();
        // read-only (a dry run): from the records, as the stored copies' refresh would write; else the copies (faster)
        var cases = database.readOnly() ? repositories.caseload().readAllFromRecords() : repositories.caseload().loadAll();
        for (var c : cases) {
            stored.put(c.child().id(), new ArrayList<>(c.assessments()));
        }
        Map<String, Integer> linesByKey = new HashMap<>();
        for (AssessmentFile.Row r : read.rows()) {
            Child child = children.get(r.child());
            if (child == null) {
                plan.rejections.add(new Rejection(r.file(), r.line(), "CHILD", Words.format("importAssessments.unknownChild", r.child())));
                continue;
            }
            LocalDate date = r.outcomeDate() != null ? r.outcomeDate() : r.requestReceived();
            if (date.isBefore(child.dateOfBirth())) {
                plan.rejections.add(new Rejection(r.file(), r.line(), r.outcomeDate() != null ? "COMPLETED"
                        : "REQUEST_RECEIVED", Words.format("importAssessments.beforeBirth", Dates.written(date), Dates.written(child.dateOfBirth()))));
                continue;
            }
            if (r.nhsNumber() != null) {
                String known = child.nhsNumber() != null ? child.nhsNumber() : plan.nhsNumbers.get(child.id());
                if (known != null && !known.equals(r.nhsNumber())) {
                    plan.rejections.add(new Rejection(r.file(), r.line(), "NHS_NUMBER", Words.format("importAssessments.nhsDiffers", r.child())));
                    continue;
                }
                NhsOwner owner = nhsOwners.get(r.nhsNumber());
                if (known == null && owner != null && !owner.child().equals(child.laChildId())) {
                    plan.rejections.add(new Rejection(r.file(), r.line(), "NHS_NUMBER", Words.format("importAssessments.nhsTaken",
                            lactracker.domain.NhsNumber.format(r.nhsNumber()), owner.child(), owner.where())));
                    continue;
                }
                if (known == null) {
                    plan.nhsNumbers.put(child.id(), r.nhsNumber());
                    nhsOwners.put(r.nhsNumber(), new NhsOwner(child.laChildId(), r.line()));
                }
            }
            // A second row for the same child, type and date in this file is a duplicate key: the first is kept.
            String key = child.id() + "|" + r.type() + "|" + date;
            Integer first = linesByKey.putIfAbsent(key, r.line());
            if (first != null) {
                plan.rejections.add(new Rejection(r.file(), r.line(), r.outcomeDate() != null ? "COMPLETED"
                        : "REQUEST_RECEIVED", Words.format("importAssessments.duplicateRow", r.child(), r.type(), Dates.written(date),
                        String.valueOf(first))));
                continue;
            }
            List<HealthAssessment> own = stored.computeIfAbsent(child.id(), k -> new ArrayList<>());
            HealthAssessment existing = own.stream().filter(a -> a.type() == r.type()
                    && Objects.equals(a.outcomeDate() != null ? a.outcomeDate() : a.requestReceived(), date))
                    .findFirst().orElse(null);
            HealthAssessment row = toAssessment(r, child.id(), existing);
            if (existing == null) {
                plan.created.add(row);
                own.add(row);
            } else if (existing.source() != RecordSource.IMPORT || row.equals(existing)) {
                plan.unchanged++;
            } else {
                plan.updated.add(row);
            }
        }
        return plan;
    }

    private static HealthAssessment toAssessment(AssessmentFile.Row r, long childId, HealthAssessment existing) {
        DentalFindings dental = new DentalFindings(null, null, r.dentalCheck(), r.caries(), null, null,
                r.dentalFollowUp());
        return new HealthAssessment(existing == null ? null : existing.id(), childId, r.type(), r.requestReceived(),
                r.outcome(), r.outcomeDate(),
                r.outcome() == lactracker.domain.Outcome.NOT_REQUIRED ? Words.get("importAssessments.notRequiredReason")
                        : null,
                r.practitioner(), r.role(), r.provider(), r.outOfArea(), null, null, null, r.immunisations(),
                r.sdqScore(), r.delayReason(), null, dental, existing == null ? List.of() : existing.appointments(),
                existing == null ? null : existing.uascReview(), RecordSource.IMPORT,
                existing == null ? 0 : existing.version());
    }

    /** Saves the plan's rejected rows as CSV, written whole and owner-only; the export goes into the audit trail. */
    public void saveRejections(Plan plan, Path file) throws IOException {
        WholeFile.write(file, out -> lactracker.io.RejectionsCsv.write(out, plan.rejections(), List.of()));
        if (!database.readOnly()) {
            repositories.access().exported("rejections_assessments", plan.source, "csv", file.toAbsolutePath().toString());
        }
    }

    /**
     * Writes the plan in one transaction; then makes the changed children's stored cases again, so that the
     * first screen or command after the import does not pay for them (a kill in between leaves them noted,
     * made by the next reader).
     */
    public ImportRun apply(Plan plan, String username) {
        if (!access.may(lactracker.domain.Action.IMPORT)) {
            throw new lactracker.domain.NotAllowedException(access, lactracker.domain.Action.IMPORT);
        }
        database.ensureRoomFor((long) plan.created.size() + plan.updated.size() + plan.nhsNumbers.size(), Words.get("import.room"));
        ImportRun run = write(plan, username);
        repositories.caseload().refresh();
        return run;
    }

    private ImportRun write(Plan plan, String username) {
        return database.transactionResult(() -> {
            for (var e : plan.nhsNumbers.entrySet()) {
                Child c = repositories.children().findById(e.getKey()).orElseThrow();
                repositories.children().update(c.withNhsNumber(e.getValue()));
            }
            for (HealthAssessment a : plan.created) {
                repositories.assessments().insert(a);
            }
            for (HealthAssessment a : plan.updated) {
                repositories.assessments().update(a);
            }
            return repositories.importRuns().insert(new ImportRun(null, "assessments", clock.instant(), username,
                    plan.source, plan.created.size(), plan.updated.size(), plan.unchanged, plan.rejectedCount()));
        });
    }
}
