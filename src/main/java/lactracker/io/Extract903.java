package lactracker.io;

import lactracker.domain.Dates;
import lactracker.domain.Rejection;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lactracker.domain.PlacementLocation;
import lactracker.domain.Sex;
import lactracker.domain.Words;

/**
 * The local authority's 903 tables as read from files (import-formats.md): each file recognised by its
 * header row, each row checked on its own, good rows kept and bad ones listed with their reasons.
 * Checks across rows (a child with no header row, overlapping episodes) are made by the importer, which
 * also knows the children already in the database.
 */
public final class Extract903 {
    /** The longest CHILD id the record holds (la_child_id). */
    static final int CHILD_LONGEST = 20;
    /** The tables the tracker reads, and the columns that identify each. */
    public enum Table {
        HEADER("header", Set.of("CHILD", "SEX", "DOB", "ETHNIC")),
        EPISODES("episodes", Set.of("CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC")),
        UASC("uasc", Set.of("CHILD", "SEX", "DOB", "DUC")),
        OC2("oc2", Set.of("CHILD", "DOB", "SDQ_SCORE", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK"));

        private final String label;
        private final Set<String> columns;

        Table(String label, Set<String> columns) {
            this.label = label;
            this.columns = columns;
        }

        public String label() {
            return label;
        }

        static Table recognise(List<String> header) {
            for (Table t : new Table[] {EPISODES, OC2, UASC, HEADER}) {
                if (header.containsAll(t.columns)) {
                    return t;
                }
            }
            return null;
        }
    }

    public record HeaderRow(String file, int line, String child, Sex sex, LocalDate dob, String ethnicity, String upn) {
    }

    public record EpisodeRow(String file, int line, String child, LocalDate start, String rne, String legalStatus,
            String categoryOfNeed, String placement, String provider, LocalDate end, String reasonCeased,
            String reasonPlaceChange, String homePostcode, String placementPostcode, String urn, String placementLa,
            PlacementLocation placementLocation, BigDecimal placementDistance) {
    }

    public record UascRow(String file, int line, String child, LocalDate ceased) {
    }

    public record Oc2Row(String file, int line, String child, Integer sdqScore, String sdqReason, Boolean convicted,
            Boolean healthCheck, Boolean immunisations, Boolean teethCheck, Boolean healthAssessment,
            Boolean substanceMisuse, Boolean interventionReceived, Boolean interventionOffered) {
    }

    private final List<HeaderRow> header = new ArrayList<>();
    /** The children whose header row was rejected, with where: their other rows are explained by it. */
    private final java.util.Map<String, String> rejectedChildren = new java.util.HashMap<>();
    private final List<EpisodeRow> episodes = new ArrayList<>();
    private final List<UascRow> uasc = new ArrayList<>();
    private final List<Oc2Row> oc2 = new ArrayList<>();
    private final Map<Table, Integer> read = new HashMap<>();
    private final Map<Table, List<Rejection>> rejected = new HashMap<>();
    private final List<String> skipped = new ArrayList<>();

    private Extract903() {
        for (Table t : Table.values()) {
            read.put(t, 0);
            rejected.put(t, new ArrayList<>());
        }
    }

    /**
     * Reads the given files, or every .csv file in a given folder.
     *
     * @param today rows dated after it (a birth, a start of care) are rejected
     * @throws FileFormatException when a file is empty, is not text, or is not a 903 table at all; then
     *                             nothing of the extract is used
     */
    public static Extract903 read(List<Path> paths, LocalDate today) throws IOException {
        Extract903 extract = new Extract903();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> in = Files.list(p)) {
                    in.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new FileFormatException(Words.format("read.903.notFound", String.valueOf(p)));
            }
        }
        if (files.isEmpty()) {
            throw new FileFormatException(Words.format("read.903.noCsv", String.valueOf(paths)));
        }
        for (Path f : files) {
            extract.readFile(f, today);
        }
        return extract;
    }

    private void readFile(Path path, LocalDate today) throws IOException {
        try (CsvFile csv = CsvFile.open(path)) {
            Table table = Table.recognise(csv.header());
            if (table == null) {
                if (csv.hasColumn("CHILD")) {
                    skipped.add(csv.name()); // a 903 table the tracker does not use (reviews, missing...)
                    return;
                }
                throw new FileFormatException(Words.format("read.903.notTable", csv.name()));
            }
            List<Rejection> problems = rejected.get(table);
            CsvFile.Row row;
            while ((row = csv.next()) != null) {
                read.merge(table, 1, Integer::sum);
                if (row.tooLong() || row.cutShort()) {
                    problems.add(new Rejection(csv.name(), row.line(), "ROW",
                            row.tooLong() ? row.tooLongReason() : row.cutShortReason()));
                    continue;
                }
                int before = problems.size();
                Fields f = new Fields(row, csv.name(), problems, today);
                switch (table) {
                    case HEADER -> {
                        HeaderRow h = header(f, today);
                        if (problems.size() == before) {
                            header.add(h);
                        } else if (h.child() != null) {
                            rejectedChildren.putIfAbsent(h.child(), Words.format("read.903.at", csv.name(), String.valueOf(f.line())));
                        }
                    }
                    case EPISODES -> {
                        EpisodeRow e = episode(f, today);
                        if (problems.size() == before) {
                            episodes.add(e);
                        }
                    }
                    case UASC -> {
                        UascRow u = new UascRow(csv.name(), f.line(), f.required("CHILD", "read.903.what.childId", CHILD_LONGEST),
                                f.date("DUC", "read.903.what.dateUASCStatusCeased", false, 25));
                        if (problems.size() == before) {
                            uasc.add(u);
                        }
                    }
                    case OC2 -> {
                        Oc2Row o = new Oc2Row(csv.name(), f.line(), f.required("CHILD", "read.903.what.childId", CHILD_LONGEST),
                                f.number("SDQ_SCORE", "read.903.what.sdqScore", 0, 40), f.text("SDQ_REASON", 5), f.flag("CONVICTED"),
                                f.flag("HEALTH_CHECK"), f.flag("IMMUNISATIONS"), f.flag("TEETH_CHECK"),
                                f.flag("HEALTH_ASSESSMENT"), f.flag("SUBSTANCE_MISUSE"),
                                f.flag("INTERVENTION_RECEIVED"), f.flag("INTERVENTION_OFFERED"));
                        if (problems.size() == before) {
                            oc2.add(o);
                        }
                    }
                    default -> throw new IllegalStateException(table.toString());
                }
                // a row with several problems is one rejected row: keep its first reason as the row's
                while (problems.size() > before + 1) {
                    problems.remove(problems.size() - 1);
                }
            }
        }
    }

    private static HeaderRow header(Fields f, LocalDate today) {
        String child = f.required("CHILD", "read.903.what.childId", CHILD_LONGEST);
        String sexCode = f.code("SEX", "SEX", "read.903.what.sex", true);
        LocalDate dob = f.date("DOB", "read.903.what.dateOfBirth", true);
        if (dob != null && dob.isAfter(today)) {
            f.reject("DOB", Words.format("read.903.dobInFuture", Dates.written(dob)));
        }
        String ethnic = f.code("ETHNIC", "ETHNIC", "read.903.what.ethnicity", false);
        return new HeaderRow(f.file(), f.line(), child, sexCode == null ? null : Sex.fromCode(Integer.parseInt(sexCode)), dob,
                ethnic, f.text("UPN", 13));
    }

    private static EpisodeRow episode(Fields f, LocalDate today) {
        String child = f.required("CHILD", "read.903.what.childId", CHILD_LONGEST);
        LocalDate start = f.date("DECOM", "read.903.what.dateEpisodeStarted", true);
        if (start != null && start.isAfter(today)) {
            f.reject("DECOM", Words.format("read.903.decomInFuture", Dates.written(start)));
        }
        String rne = f.code("RNE", "RNE", "read.903.what.reasonForNewEpisode", true);
        String ls = f.code("LS", "LS", "read.903.what.legalStatus", true);
        String cin = f.code("CIN", "CIN", "read.903.what.categoryOfNeed", false);
        String place = f.code("PLACE", "PLACE", "read.903.what.placementType", true);
        String provider = f.code("PLACE_PROVIDER", "PLACE_PROVIDER", "read.903.what.placementProvider", false);
        LocalDate end = f.date("DEC", "read.903.what.dateEpisodeCeased", false);
        if (start != null && end != null && end.isBefore(start)) {
            f.reject("DEC", Words.format("read.903.decBeforeDecom", Dates.written(end), Dates.written(start)));
        }
        String rec = f.code("REC", "REC", "read.903.what.reasonEpisodeCeased", false);
        if (end != null && rec == null && f.text("REC") == null) {
            f.reject("REC", Words.get("read.903.recBlank"));
        }
        if (end == null) {
            // Spec reading: a reason for ending an episode that has not ended means nothing; the episode is
            // kept as open (import-formats.md does not list it as a bad row, and rejecting it would take
            // the child out of care). Extracts often carry it (a quarter of the sample's open episodes).
            rec = null;
        }
        String reasonChange = f.code("REASON_PLACE_CHANGE", "REASON_PLACE_CHANGE", "read.903.what.reasonForPlacementChange", false);
        String location = f.code("PL_LOCATION", "PL_LOCATION", "read.903.what.placementLocation", false);
        BigDecimal distance = null;
        String d = f.text("PL_DISTANCE");
        if (d != null) {
            try {
                distance = new BigDecimal(d);
            } catch (NumberFormatException e) {
                f.reject("PL_DISTANCE", Words.format("read.903.distance", d));
            }
        }
        return new EpisodeRow(f.file(), f.line(), child, start, rne, ls, cin, place, provider, end, rec, reasonChange,
                postcode(f.text("HOME_POST", 8)), postcode(f.text("PL_POST", 8)), f.text("URN", 10), f.text("PL_LA", 9),
                location == null ? null : PlacementLocation.valueOf(location), distance);
    }

    private static String postcode(String p) {
        return p == null ? null : p.toUpperCase(java.util.Locale.ROOT);
    }

    public List<HeaderRow> header() {
        return header;
    }

    /** Where the header row of {@code child} was rejected ("header.csv line 3"), or null. */
    public String headerRejectedAt(String child) {
        return rejectedChildren.get(child);
    }

    public List<EpisodeRow> episodes() {
        return episodes;
    }

    public List<UascRow> uasc() {
        return uasc;
    }

    public List<Oc2Row> oc2() {
        return oc2;
    }

    /** How many rows of the table were read (good and bad). */
    public int read(Table table) {
        return read.get(table);
    }

    /** The table's rejected rows, in file and line order. */
    public List<Rejection> rejected(Table table) {
        return rejected.get(table);
    }

    /** Files that are 903 tables the tracker does not use, left aside. */
    public List<String> skipped() {
        return skipped;
    }

    /** The tables with at least one file in the extract. */
    public Set<Table> tables() {
        Set<Table> present = new HashSet<>();
        for (Table t : Table.values()) {
            if (read.get(t) > 0) {
                present.add(t);
            }
        }
        return present;
    }
}
