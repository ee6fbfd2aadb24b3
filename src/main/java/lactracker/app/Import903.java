package lactracker.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lactracker.domain.CareHistory;
import lactracker.domain.Child;
import lactracker.domain.Dates;
import lactracker.domain.Episode;
import lactracker.domain.EpisodeSequence;
import lactracker.domain.EpisodeWarning;
import lactracker.domain.ImportRun;
import lactracker.domain.Oc2Outcome;
import lactracker.domain.RecordSource;
import lactracker.domain.Words;
import lactracker.io.Extract903;
import lactracker.io.Extract903.EpisodeRow;
import lactracker.io.Extract903.HeaderRow;
import lactracker.io.Extract903.Oc2Row;
import lactracker.io.Extract903.Table;
import lactracker.io.Extract903.UascRow;
import lactracker.domain.Rejection;
import lactracker.store.Database;
import lactracker.store.Repositories;

/**
 * Imports a 903 extract in two steps, as the user sees it: {@link #check} works out what would change
 * (new, updated, unchanged and rejected rows per table) and writes nothing; {@link #apply} writes the
 * good rows in one transaction. Re-importing updates by key (a child by CHILD, an episode by CHILD and
 * DECOM) and never touches what the team typed.
 */
public final class Import903 {
    /** One table's counts, as the summary line prints them. */
    public record TableSummary(Table table, int read, int created, int updated, int unchanged, int rejected) {
        /** The table's name as the summary prints it: header, episodes, uasc, oc2. */
        public String name() {
            return table.label();
        }

        public String line() {
            return Words.format("import.summaryLine", name(), String.valueOf(read), String.valueOf(created),
                    String.valueOf(updated), String.valueOf(unchanged), String.valueOf(rejected));
        }
    }

    /** What an import would do; nothing is written until it is applied. */
    public static final class Plan {
        private final List<TableSummary> summaries = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private final List<Rejection> warnings = new ArrayList<>();
        private final List<String> skippedFiles;
        private final String source;
        // keyed by LA child id, in the order first met
        final Map<String, Child> newChildren = new java.util.LinkedHashMap<>();
        final Map<String, Child> changedChildren = new java.util.LinkedHashMap<>();
        final List<EpisodeRow> newEpisodes = new ArrayList<>();
        final List<Episode> changedEpisodes = new ArrayList<>();
        final Map<String, Oc2Row> oc2 = new java.util.LinkedHashMap<>();
        /** The keys of the children already stored, by LA id, as the check found them. */
        final Map<String, Long> storedIds = new HashMap<>();
        java.time.LocalDate newestDate;
        boolean homeAreaSet;

        Plan(List<String> skippedFiles, String source) {
            this.skippedFiles = List.copyOf(skippedFiles);
            this.source = source;
        }

        public List<TableSummary> summaries() {
            return summaries;
        }

        /** Every rejected row of every table, by file and line. */
        public List<Rejection> rejections() {
            return rejections;
        }

        /**
         * Rows imported as rules.md section 2 reads them, but that break the 903's letter: the local
         * authority should correct its extract. Same shape as a rejection; the row is imported.
         */
        public List<Rejection> warnings() {
            return warnings;
        }

        public List<String> skippedFiles() {
            return skippedFiles;
        }

        public int rejectedCount() {
            return rejections.size();
        }

        /** The latest episode start or end in the files, or null for none: how recent the extract is. */
        public java.time.LocalDate newestDate() {
            return newestDate;
        }

        /** Whether Settings name the home area; without it every placement is "not known" in or out of county. */
        public boolean homeAreaSet() {
            return homeAreaSet;
        }

        public boolean changesAnything() {
            return !newChildren.isEmpty() || !changedChildren.isEmpty() || !newEpisodes.isEmpty()
                    || !changedEpisodes.isEmpty() || !oc2.isEmpty();
        }
    }

    private final Database database;
    private final Repositories repositories;
    private final Clock clock;
    private final lactracker.domain.Access access;

    /** An import with an administrator's access: for tests and tools that work on a file of their own. */
    public Import903(Database database, Repositories repositories, Clock clock) {
        this(database, repositories, clock, lactracker.domain.Access.ADMINISTRATOR);
    }

    private Import903(Database database, Repositories repositories, Clock clock, lactracker.domain.Access access) {
        this.database = database;
        this.repositories = repositories;
        this.clock = clock;
        this.access = access;
    }

    public static Import903 of(AppContext context) {
        return new Import903(context.database(), context.repositories(), context.clock(), context.access());
    }

    /**
     * Reads the files (or folders) and works out what importing them would change. Writes nothing.
     *
     * @throws lactracker.io.FileFormatException when a file is not a 903 table, is empty or is not text
     */
    public Plan check(List<java.nio.file.Path> paths, String source) throws java.io.IOException {
        return check(Extract903.read(paths, java.time.LocalDate.now(clock)), source);
    }

    /**
     * Saves the plan's rejected rows as CSV (file, line, column, reason), written whole and owner-only; the
     * export goes into the audit trail (not from a dry run, whose database is opened read-only).
     */
    public void saveRejections(Plan plan, java.nio.file.Path file) throws java.io.IOException {
        WholeFile.write(file, out -> lactracker.io.RejectionsCsv.write(out, plan.rejections(), plan.warnings()));
        if (!database.readOnly()) {
            repositories.access().exported("rejections_903", plan.source, "csv", file.toAbsolutePath().toString());
        }
    }

    /** Works out what importing {@code extract} would change. Writes nothing. */
    public Plan check(Extract903 extract, String source) {
        Plan plan = new Plan(extract.skipped(), source);
        for (EpisodeRow e : extract.episodes()) {
            for (java.time.LocalDate d : new java.time.LocalDate[] {e.start(), e.end()}) {
                if (d != null && (plan.newestDate == null || d.isAfter(plan.newestDate))) {
                    plan.newestDate = d;
                }
            }
        }
        lactracker.domain.Settings settings = repositories.settings().load();
        plan.homeAreaSet = settings.homeLocalAuthority() != null || !settings.homePostcodeDistricts().isEmpty();
        Map<String, Child> children = new HashMap<>();
        for (Child c : repositories.children().findAll()) {
            children.put(c.laChildId(), c);
            plan.storedIds.put(c.laChildId(), c.id());
        }
        Map<String, Child> known = new HashMap<>(children);

        // header: a child keyed by CHILD; only the 903 fields are compared and written
        List<Rejection> headerRejected = new ArrayList<>(extract.rejected(Table.HEADER));
        int[] header = new int[3];
        Set<String> seen = new HashSet<>();
        for (HeaderRow h : extract.header()) {
            if (!seen.add(h.child())) {
                headerRejected.add(new Rejection(h.file(), h.line(), "CHILD", Words.format("import903.duplicateChild", h.child())));
                continue;
            }
            Child old = children.get(h.child());
            if (old == null) {
                Child c = Child.fromExtract(h.child(), h.sex(), h.dob(), h.ethnicity(), h.upn());
                plan.newChildren.put(h.child(), c);
                known.put(h.child(), c);
                header[0]++;
            } else if (old.sex() != h.sex() || !old.dateOfBirth().equals(h.dob())
                    || !Objects.equals(old.ethnicity(), h.ethnicity()) || !Objects.equals(old.upn(), h.upn())
                    || old.source() != RecordSource.EXTRACT) {
                Child c = old.withExtractFields(h.sex(), h.dob(), h.ethnicity(), h.upn());
                plan.changedChildren.put(h.child(), c);
                known.put(h.child(), c);
                header[1]++;
            } else {
                header[2]++;
            }
        }
        summary(plan, Table.HEADER, extract, headerRejected, header);

        episodes(extract, plan, known);
        uasc(extract, plan, known);
        oc2(extract, plan, known);
        plan.rejections.sort(Comparator.comparing(Rejection::file).thenComparingInt(Rejection::line));
        plan.warnings.sort(Comparator.comparing(Rejection::file).thenComparingInt(Rejection::line));
        return plan;
    }

    private void episodes(Extract903 extract, Plan plan, Map<String, Child> known) {
        List<Rejection> rejected = new ArrayList<>(extract.rejected(Table.EPISODES));
        Map<Long, Map<LocalDate, Episode>> stored = new HashMap<>();
        for (Episode e : repositories.episodes().findAll()) {
            stored.computeIfAbsent(e.childId(), k -> new HashMap<>()).put(e.startDate(), e);
        }
        Map<String, List<EpisodeRow>> byChild = new HashMap<>();
        for (EpisodeRow e : extract.episodes()) {
            Child child = known.get(e.child());
            if (child == null) {
                rejected.add(new Rejection(e.file(), e.line(), "CHILD", noChild(extract, e.child(), Words.get("import903.what.episode"))));
            } else if (e.start().isBefore(child.dateOfBirth())) {
                rejected.add(new Rejection(e.file(), e.line(), "DECOM", Words.format("import903.startsBeforeBirth", Dates.written(e.start()),
                        Dates.written(child.dateOfBirth()))));
            } else {
                byChild.computeIfAbsent(e.child(), k -> new ArrayList<>()).add(e);
            }
        }
        int[] counts = new int[3];
        for (var entry : byChild.entrySet()) {
            List<EpisodeRow> rows = new ArrayList<>(entry.getValue());
            rows.sort(Comparator.comparingInt(EpisodeRow::line)); // file order: the rule keeps the earlier row
            Child child = known.get(entry.getKey());
            Map<LocalDate, Episode> old = child.id() == null ? Map.of() : stored.getOrDefault(child.id(), Map.of());
            Map<LocalDate, EpisodeRow> accepted = new HashMap<>();
            for (var verdict : EpisodeSequence.check(rows, EpisodeRow::start, EpisodeRow::end)) {
                EpisodeRow e = verdict.row();
                if (!verdict.kept()) {
                    EpisodeRow previous = verdict.previous();
                    rejected.add(new Rejection(e.file(), e.line(), "DECOM", switch (verdict.clash()) {
                        case SAME_START -> Words.format("import903.sameStart", e.child(), Dates.written(e.start()),
                                String.valueOf(previous.line()));
                        case OVERLAP -> Words.format("import903.overlap", e.child(), Dates.written(e.start()),
                                String.valueOf(previous.line()));
                    }));
                    continue;
                }
                accepted.put(e.start(), e);
                Episode existing = old.get(e.start());
                if (existing == null) {
                    plan.newEpisodes.add(e);
                    counts[0]++;
                } else {
                    Episode updated = toEpisode(e, existing.childId(), existing.id(), existing.outOfCountyOverride())
                            .withVersion(existing.version());
                    if (updated.equals(existing)) {
                        counts[2]++;
                    } else {
                        plan.changedEpisodes.add(updated);
                        counts[1]++;
                    }
                }
            }
            warnings(plan, child, old, accepted);
        }
        summary(plan, Table.EPISODES, extract, rejected, counts);
    }

    /**
     * Names the rows rules.md section 2 reads rather than rejects (a same-day episode after a REC other
     * than X1, a gap with an RNE other than S), over the child's episodes as they will stand after the
     * import: the stored ones, updated by the rows of the extract.
     */
    private static void warnings(Plan plan, Child child, Map<LocalDate, Episode> stored,
            Map<LocalDate, EpisodeRow> accepted) {
        Map<LocalDate, Episode> after = new HashMap<>(stored);
        long childId = child.id() == null ? 0 : child.id();
        accepted.forEach((start, row) -> after.put(start, toEpisode(row, childId, null, null)));
        for (EpisodeWarning w : CareHistory.of(List.copyOf(after.values())).warnings()) {
            EpisodeRow row = accepted.get(w.episode().startDate());
            if (row == null) {
                continue; // about stored episodes only: named when they came in
            }
            EpisodeRow before = accepted.get(w.previous().startDate());
            String previous = before != null ? Words.format("import903.previousLine", String.valueOf(before.line()))
                    : Words.format("import903.previousStored", Dates.written(w.previous().startDate()));
            Episode p = w.previous();
            String reason = switch (w.kind()) {
                case SAME_DAY_AFTER_OTHER_REC -> Words.format("import903.sameDayOtherRec", Dates.written(row.start()),
                        previous, p.reasonCeased());
                case GAP_WITHOUT_S -> Words.format("import903.gapWithoutS", Dates.written(row.start()), previous,
                        Dates.written(p.endDate()), row.rne());
            };
            plan.warnings.add(new Rejection(row.file(), row.line(), "RNE", reason));
        }
    }

    private void uasc(Extract903 extract, Plan plan, Map<String, Child> known) {
        List<Rejection> rejected = new ArrayList<>(extract.rejected(Table.UASC));
        int[] counts = new int[3];
        for (UascRow u : extract.uasc()) {
            Child c = known.get(u.child());
            if (c == null) {
                rejected.add(new Rejection(u.file(), u.line(), "CHILD", noChild(extract, u.child(), Words.get("import903.what.uasc"))));
                continue;
            }
            if (c.uascIn903() && Objects.equals(c.uascCeasedOn(), u.ceased())) {
                counts[2]++;
                continue;
            }
            counts[c.uascIn903() ? 1 : 0]++;
            Child flagged = c.withUascIn903(true, u.ceased());
            known.put(c.laChildId(), flagged);
            if (plan.newChildren.containsKey(c.laChildId())) {
                plan.newChildren.put(c.laChildId(), flagged);
            } else {
                plan.changedChildren.put(c.laChildId(), flagged);
            }
        }
        summary(plan, Table.UASC, extract, rejected, counts);
    }

    private void oc2(Extract903 extract, Plan plan, Map<String, Child> known) {
        List<Rejection> rejected = new ArrayList<>(extract.rejected(Table.OC2));
        Map<Long, Oc2Outcome> stored = new HashMap<>();
        for (Oc2Outcome o : repositories.oc2().findAll()) {
            stored.put(o.childId(), o);
        }
        int[] counts = new int[3];
        for (Oc2Row o : extract.oc2()) {
            Child c = known.get(o.child());
            if (c == null) {
                rejected.add(new Rejection(o.file(), o.line(), "CHILD", noChild(extract, o.child(), Words.get("import903.what.oc2"))));
                continue;
            }
            Oc2Outcome row = new Oc2Outcome(c.id() == null ? -1 : c.id(), o.sdqScore(), o.sdqReason(), o.convicted(),
                    o.healthCheck(), o.immunisations(), o.teethCheck(), o.healthAssessment(), o.substanceMisuse(),
                    o.interventionReceived(), o.interventionOffered());
            Oc2Outcome old = c.id() == null ? null : stored.get(c.id());
            if (row.equals(old)) {
                counts[2]++;
            } else {
                counts[old == null ? 0 : 1]++;
                plan.oc2.put(o.child(), o);
            }
        }
        summary(plan, Table.OC2, extract, rejected, counts);
    }

    /** Why a row of a child not known has no child: no header row, or one that was rejected. */
    private static String noChild(Extract903 extract, String child, String what) {
        String at = extract.headerRejectedAt(child);
        return at == null
                ? Words.format("import903.noChild", child, what)
                : Words.format("import903.childRejected", child, at, what);
    }

    private static void summary(Plan plan, Table table, Extract903 extract, List<Rejection> rejected, int[] counts) {
        if (extract.tables().contains(table)) {
            plan.summaries.add(new TableSummary(table, extract.read(table), counts[0], counts[1], counts[2],
                    rejected.size()));
        }
        plan.rejections.addAll(rejected);
    }

    private static Episode toEpisode(EpisodeRow e, long childId, Long id, lactracker.domain.PlacementLocation override) {
        return new Episode(id, childId, e.start(), e.rne(), e.legalStatus(), e.categoryOfNeed(), e.placement(),
                e.provider(), e.end(), e.reasonCeased(), e.reasonPlaceChange(), e.homePostcode(), e.placementPostcode(),
                e.urn(), e.placementLa(), e.placementLocation(), e.placementDistance(), override);
    }

    private long idOf(String laChildId, Map<String, Long> ids) {
        return ids.computeIfAbsent(laChildId, k -> repositories.children().findByLaChildId(k).orElseThrow().id());
    }

    /** Writes the plan's good rows in one transaction, with a record of the run. */
    public ImportRun apply(Plan plan, String username) {
        return apply(plan, username, () -> false);
    }

    /**
     * Writes the plan's good rows in one transaction, unless {@code stop} says to stop first: then it
     * throws {@link java.util.concurrent.CancellationException} and the transaction rolls back, so a
     * cancelled import writes nothing. Then makes the changed children's stored cases again, so that the
     * first screen or command after the import does not pay for them (a kill in between leaves them noted,
     * made by the next reader).
     */
    public ImportRun apply(Plan plan, String username, java.util.function.BooleanSupplier stop) {
        if (!access.may(lactracker.domain.Action.IMPORT)) {
            throw new lactracker.domain.NotAllowedException(access, lactracker.domain.Action.IMPORT);
        }
        ImportRun run = write(plan, username, stop);
        repositories.caseload().refresh();
        return run;
    }

    private ImportRun write(Plan plan, String username, java.util.function.BooleanSupplier stop) {
        Runnable check = () -> {
            if (stop.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("import cancelled");
            }
        };
        database.ensureRoomFor((long) plan.newChildren.size() + plan.changedChildren.size() + plan.newEpisodes.size()
                + plan.changedEpisodes.size() + plan.oc2.size(), Words.get("import.room"));
        return database.transactionResult(() -> {
            // New rows go in batches (a national extract is 100,000 children and 250,000 episodes), each
            // still audited; the few changed rows go one by one.
            Map<String, Long> ids = new HashMap<>(plan.storedIds);
            ids.putAll(repositories.bulk().insertChildren(List.copyOf(plan.newChildren.values()), check));
            for (Child c : plan.changedChildren.values()) {
                check.run();
                repositories.children().update(c);
                ids.put(c.laChildId(), c.id());
            }
            List<Episode> episodes = new ArrayList<>(plan.newEpisodes.size());
            for (EpisodeRow e : plan.newEpisodes) {
                episodes.add(toEpisode(e, idOf(e.child(), ids), null, null));
            }
            repositories.bulk().insertEpisodes(episodes, check);
            for (Episode e : plan.changedEpisodes) {
                repositories.episodes().update(e);
            }
            java.util.Set<Long> haveOc2 = repositories.oc2().childIds();
            List<Oc2Outcome> firstOc2 = new ArrayList<>();
            for (Oc2Row o : plan.oc2.values()) {
                Oc2Outcome outcome = new Oc2Outcome(idOf(o.child(), ids), o.sdqScore(), o.sdqReason(),
                        o.convicted(), o.healthCheck(), o.immunisations(), o.teethCheck(), o.healthAssessment(),
                        o.substanceMisuse(), o.interventionReceived(), o.interventionOffered());
                if (haveOc2.contains(outcome.childId())) {
                    repositories.oc2().save(outcome);
                } else {
                    firstOc2.add(outcome);
                }
            }
            repositories.bulk().insertOc2(firstOc2, check);
            check.run(); // the last moment a stop can still undo everything
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (TableSummary s : plan.summaries) {
                created += s.created();
                updated += s.updated();
                unchanged += s.unchanged();
            }
            return repositories.importRuns().insert(new ImportRun(null, "903", clock.instant(), username, plan.source,
                    created, updated, unchanged, plan.rejectedCount()));
        });
    }
}
