package lactracker.campaign;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The kill campaign on the bulk write paths (issue 19): the built application's own commands, each killed
 * with kill -9 at a random moment of its run, on one database file carried from trial to trial. After
 * each kill the file, opened as the tracker opens it, must hold all of the command's work or none of it
 * (children, episodes and assessments), and running the command again must finish it; what H2 alone
 * would have shown is counted too, to see the half-done commits the tracker finishes (decision 0012). Paths, in turn:
 * {@code import-903} of a new extract of invented children, {@code import-assessments} of their records,
 * and {@code demo} into a database of its own. {@code main(TRIALS, DIR, JAR [, SEED])}; JAR may be
 * {@code -} for the classes on this class path.
 */
public final class ImportKillCampaign {
    private static final DateTimeFormatter DFE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What one trial found. */
    public record Trial(int trial, String path, boolean killed, long ms, String found, boolean partial,
            boolean mended, boolean finishedOnOpen) {
        String line() {
            return String.format("trial %3d %-18s %s %5d ms: %-7s%s%s%s", trial, path, killed ? "killed after" : "ran whole in",
                    ms, found, partial ? "  PARTIAL" : "", mended ? "" : "  NOT MENDED",
                    finishedOnOpen ? "  (a half-done commit, finished on opening)" : "");
        }
    }

    record Counts(long children, long episodes, long assessments) {
    }

    public static void main(String[] args) throws Exception {
        int trials = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Path jar = args[2].equals("-") ? null : Path.of(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : System.nanoTime();
        System.out.println("seed " + seed);
        // "late": kills only in the last part of a typical run, where the commit is (0.6 to 1.2 of it)
        double from = args.length > 4 && args[4].equals("late") ? 0.6 : 0;
        List<Trial> all = run(trials, dir, jar, 3000, from, new Random(seed), t -> System.out.println(t.line()));
        System.out.println(summary(all));
    }

    public static String summary(List<Trial> all) {
        List<Trial> kills = all.stream().filter(Trial::killed).toList();
        long partial = kills.stream().filter(Trial::partial).count();
        long unmended = kills.stream().filter(t -> !t.mended()).count();
        long none = kills.stream().filter(t -> t.found().equals("none")).count();
        long finishedOnOpen = kills.stream().filter(Trial::finishedOnOpen).count();
        return "kills " + kills.size() + " (of " + all.size() + " runs): all of the work " + (kills.size() - none - partial)
                + ", none " + none + ", partial " + partial + ", not finished by running again " + unmended
                + "; half-done commits finished on opening " + finishedOnOpen;
    }

    /**
     * @param size how many children an extract and the demo have, and how many rows the records
     */
    public static List<Trial> run(int trials, Path dir, Path jar, int size, Random random,
            java.util.function.Consumer<Trial> each) throws IOException, InterruptedException, SQLException {
        return run(trials, dir, jar, size, 0, random, each);
    }

    /** @param from the earliest kill, as a fraction of a typical run (kills fall from there to 1.2 of it) */
    public static List<Trial> run(int trials, Path dir, Path jar, int size, double from, Random random,
            java.util.function.Consumer<Trial> each) throws IOException, InterruptedException, SQLException {
        Files.createDirectories(dir);
        Path db = dir.resolve("db");
        List<Trial> all = new ArrayList<>();
        long[] typicalMs = {0, 0, 0};
        Counts[] demoWhole = {null};
        for (int i = 1; i <= trials; i++) {
            int kind = (i - 1) % 3;
            Trial t = switch (kind) {
                case 0 -> import903(i, dir, db, jar, size, random, new Timing(typicalMs, from));
                case 1 -> importAssessments(i, dir, db, jar, size, random, new Timing(typicalMs, from));
                default -> demo(i, dir, jar, size, random, new Timing(typicalMs, from), demoWhole);
            };
            each.accept(t);
            all.add(t);
        }
        return all;
    }

    private static Trial import903(int trial, Path dir, Path db, Path jar, int size, Random random, Timing typical)
            throws IOException, InterruptedException, SQLException {
        Path extract = Files.createDirectories(dir.resolve("extract-" + trial));
        int children = size;
        int episodes = writeExtract(extract, "K" + trial + "-", children, random);
        Counts before = counts(db);
        Counts after = new Counts(before.children() + children, before.episodes() + episodes, before.assessments());
        return killAndCheck(trial, "import-903", db, jar, random, typical, 0, before, after,
                List.of("import-903", extract.toString()));
    }

    private static Trial importAssessments(int trial, Path dir, Path db, Path jar, int size, Random random,
            Timing typical) throws IOException, InterruptedException, SQLException {
        Path file = dir.resolve("assessments-" + trial + ".csv");
        int rows = writeAssessments(file, "K" + (trial - 1) + "-", size);
        Counts before = counts(db);
        Counts after = new Counts(before.children(), before.episodes(), before.assessments() + rows);
        return killAndCheck(trial, "import-assessments", db, jar, random, typical, 1, before, after,
                List.of("import-assessments", file.toString()));
    }

    private static Trial demo(int trial, Path dir, Path jar, int size, Random random, Timing typical, Counts[] whole)
            throws IOException, InterruptedException, SQLException {
        Path db = dir.resolve("demo-" + trial);
        List<String> command = List.of("demo", "--children", String.valueOf(size / 2), "--seed", "1");
        if (whole[0] == null) { // the same seed makes the same caseload: learn what all of it is, once
            Path first = dir.resolve("demo-whole");
            start(jar, first, command).waitFor(600, TimeUnit.SECONDS);
            whole[0] = counts(first);
        }
        return killAndCheck(trial, "demo", db, jar, random, typical, 2, new Counts(0, 0, 0), whole[0], command);
    }

    /**
     * Runs the command, kills it at a random moment of a typical run (the first run of each kind goes to
     * its end to learn how long that is), checks the file holds all or none of its work, then runs it again.
     *
     * @param after the counts when all of it is there
     */
    /** How long a whole run of each kind took (learnt from the first), and where in a run the kills fall. */
    private record Timing(long[] ms, double from) {
    }

    private static Trial killAndCheck(int trial, String path, Path db, Path jar, Random random, Timing timing,
            int kind, Counts before, Counts after, List<String> command) throws IOException, InterruptedException,
            SQLException {
        long[] typical = timing.ms();
        long killAfter = typical[kind] == 0 ? Long.MAX_VALUE
                : (long) ((timing.from() + random.nextDouble() * (1.2 - timing.from())) * typical[kind]);
        long started = System.nanoTime();
        Process p = start(jar, db, command);
        boolean ended = p.waitFor(Math.min(killAfter, 600_000), TimeUnit.MILLISECONDS);
        long ran = (System.nanoTime() - started) / 1_000_000;
        if (!ended) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        } else if (typical[kind] == 0) {
            typical[kind] = ran;
        }
        KilledFile killed = KilledFile.copyOf(db);
        Path alone = killed.forH2Alone();
        Counts foundByH2Alone = alone == null ? new Counts(0, 0, 0) : counts(alone);
        try {
            KilledFile.openAsTheTrackerDoes(db);
        } catch (RuntimeException e) { // a file the tracker cannot open is the worst partial of all
            killed.keepIf(true, "unopenable-in-trial-" + trial);
            return new Trial(trial, path, !ended, ended ? ran : killAfter, "cannot be opened: " + e.getMessage(), true,
                    false, false);
        }
        Counts found = counts(db);
        // run it again to its end: it must finish the work (or, for the demo, refuse a database it filled)
        Process again = start(jar, db, command);
        again.waitFor(600, TimeUnit.SECONDS);
        Counts finished = counts(db);
        String state = found.equals(before) ? "none" : found.equals(after) ? "all" : "partial";
        killed.keepIf(state.equals("partial"), "partial-in-trial-" + trial);
        boolean mended = finished.equals(after);
        boolean finishedOnOpen = !foundByH2Alone.equals(found);
        return new Trial(trial, path, !ended, ended ? ran : killAfter, state, state.equals("partial"), mended,
                finishedOnOpen);
    }

    private static Process start(Path jar, Path db, List<String> command) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        if (jar == null) { // the classes this test runs on, before any jar is built
            line.addAll(List.of("-cp", System.getProperty("java.class.path"), "lactracker.Launcher"));
        } else {
            line.addAll(List.of("-jar", jar.toString()));
        }
        line.addAll(List.of("--db", db.toString()));
        line.addAll(command);
        File log = new File(System.getProperty("java.io.tmpdir"), "lac-tracker-import-kill.out");
        return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static Counts counts(Path db) throws SQLException {
        if (!Files.exists(lactracker.app.AppContext.fileOf(db))) {
            return new Counts(0, 0, 0);
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "");
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'CHILD'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return new Counts(0, 0, 0); // killed before the schema was made: nothing of the work
                }
            }
            return new Counts(count(s, "child"), count(s, "episode"), count(s, "health_assessment"));
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A header and an episodes table of {@code children} invented children; returns the episodes written. */
    public static int writeExtract(Path folder, String prefix, int children, Random random) throws IOException {
        int episodes = 0;
        try (Writer h = Files.newBufferedWriter(folder.resolve("header.csv"), StandardCharsets.UTF_8);
                Writer e = Files.newBufferedWriter(folder.resolve("episodes.csv"), StandardCharsets.UTF_8)) {
            h.write("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
            e.write("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
            for (int i = 0; i < children; i++) {
                String id = prefix + i;
                LocalDate born = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(4000));
                h.write(id + "," + (1 + random.nextInt(2)) + "," + DFE.format(born) + ",WBRI,,,\n");
                LocalDate start = born.plusDays(30 + random.nextInt(2000));
                int n = 1 + random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    LocalDate end = k == n - 1 ? null : start.plusDays(20 + random.nextInt(200));
                    e.write(id + "," + DFE.format(start) + "," + (k == 0 ? "S" : "P") + ",C2,N1,U1,PR1,"
                            + (end == null ? ",," : DFE.format(end) + ",X1,") + ",,AL1 1AA,\n");
                    episodes++;
                    start = end;
                }
            }
        }
        return episodes;
    }

    /** The team's assessment records: one completed IHA for each of the first {@code rows} children. */
    static int writeAssessments(Path file, String prefix, int rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("CHILD,TYPE,REQUEST_RECEIVED,COMPLETED,OUTCOME,ROLE,PRACTITIONER\n");
            for (int i = 0; i < rows; i++) {
                w.write(prefix + i + ",IHA,,01/06/2024,completed,doctor,Dr Invented\n");
            }
        }
        return rows;
    }
}
