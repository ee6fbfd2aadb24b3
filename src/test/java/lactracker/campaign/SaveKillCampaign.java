package lactracker.campaign;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The kill campaign on the save path (issue 25): one database file carried from trial to trial; each
 * trial starts a {@link SaveWriterProcess}, lets it acknowledge a random number of saves (1 to 60), waits
 * a random moment more, kills it with kill -9, then opens the file with H2 alone and looks for every
 * acknowledged save and its audit-trail row. Every other trial a reader remakes the stored case copies
 * meanwhile, and every third the writer closes the database with a full compaction every fifth save.
 * {@code main(TRIALS, DB [, SEED [, alternate|every|never|compact]])} prints a line per trial and a total.
 */
public final class SaveKillCampaign {
    /** What one trial found. */
    public record Trial(int trial, String mode, int acknowledged, int stored, int lost, int auditMissing,
            int unacknowledgedPresent, boolean staleFirstSave) {
        String line() {
            return String.format("trial %3d %-9s acknowledged %2d  stored %2d  lost %2d  audit missing %2d  "
                    + "unacknowledged present %d%s", trial, mode.isEmpty() ? "" : "+" + mode, acknowledged, stored, lost,
                    auditMissing, unacknowledgedPresent, staleFirstSave ? "  first save refused as stale" : "");
        }
    }

    public static void main(String[] args) throws Exception {
        int trials = Integer.parseInt(args[0]);
        Path db = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        String readers = args.length > 3 ? args[3] : "alternate";
        System.out.println("seed " + seed + ", reader " + readers);
        List<Trial> all = run(trials, db, new Random(seed), readers, t -> System.out.println(t.line()));
        System.out.println(summary(all));
    }

    public static String summary(List<Trial> all) {
        int acknowledged = all.stream().mapToInt(Trial::acknowledged).sum();
        int lost = all.stream().mapToInt(Trial::lost).sum();
        int audit = all.stream().mapToInt(Trial::auditMissing).sum();
        long bad = all.stream().filter(t -> t.lost() > 0 || t.auditMissing() > 0).count();
        int extra = all.stream().mapToInt(Trial::unacknowledgedPresent).sum();
        long stale = all.stream().filter(Trial::staleFirstSave).count();
        return "trials " + all.size() + ", saves acknowledged " + acknowledged + ", lost " + lost
                + ", audit rows missing " + audit + ", trials with a loss " + bad
                + ", unacknowledged saves present " + extra + ", first saves refused as stale " + stale;
    }

    /**
     * @param readers {@code alternate} (a reader every other trial, a compaction every third), {@code every},
     *                {@code never} or {@code compact} (a compaction every trial)
     */
    public static List<Trial> run(int trials, Path db, Random random, String readers,
            java.util.function.Consumer<Trial> each) throws IOException, InterruptedException, SQLException {
        List<Trial> all = new ArrayList<>();
        for (int i = 1; i <= trials; i++) {
            String mode = switch (readers) {
                case "every" -> "reader";
                case "never" -> "";
                case "compact" -> "compact";
                default -> i % 3 == 0 ? "compact" : i % 2 == 0 ? "reader" : "";
            };
            Trial t = trial(i, db, random, mode);
            each.accept(t);
            all.add(t);
        }
        return all;
    }

    private static int lastAck(Path said) throws IOException {
        int last = 0;
        for (String line : Files.readAllLines(said, StandardCharsets.UTF_8)) {
            if (line.startsWith("ACK ")) {
                last = Integer.parseInt(line.substring(4).trim());
            }
        }
        return last;
    }

    private static Trial trial(int trial, Path db, Random random, String mode)
            throws IOException, InterruptedException, SQLException {
        String name = "T" + trial;
        int killAfter = 1 + random.nextInt(60);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SaveWriterProcess.class.getName(), "save", db.toString(), name));
        if (!mode.isEmpty()) {
            command.add(mode);
        }
        // The writer's output goes to a file, not a pipe: every line it printed before the kill is there
        // afterwards, whatever the JDK does with a dead process's pipe.
        Path said = Files.createTempFile("lac-tracker-save-writer", ".out");
        Process writer = new ProcessBuilder(command).redirectOutput(said.toFile())
                .redirectError(new File(System.getProperty("java.io.tmpdir"), "lac-tracker-save-writer.err")).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lastAck(said) < killAfter && writer.isAlive() && System.nanoTime() < deadline) {
            TimeUnit.MICROSECONDS.sleep(200);
        }
        // a random moment more: inside a save, between saves, or inside a copy being made
        TimeUnit.MICROSECONDS.sleep(random.nextInt(20_000));
        writer.destroyForcibly(); // kill -9: no shutdown hook, no clean close
        writer.waitFor(30, TimeUnit.SECONDS);
        int acknowledged = lastAck(said);
        boolean stale = Files.readString(said).contains("STALE ");
        Files.delete(said);
        if (acknowledged == 0) {
            throw new IllegalStateException("trial " + trial + ": the writer saved nothing; see "
                    + Path.of(System.getProperty("java.io.tmpdir"), "lac-tracker-save-writer.err"));
        }
        KilledFile killed = KilledFile.copyOf(db);
        Trial t = check(trial, db, name, acknowledged, mode, stale);
        killed.keepIf(t.lost() > 0 || t.auditMissing() > 0, "lost-in-trial-" + trial);
        return t;
    }

    private static Trial check(int trial, Path db, String name, int acknowledged, String mode, boolean stale)
            throws SQLException {
        // Opened once as the tracker opens it (which finishes a commit the kill left half done), then read
        // with H2 alone, as a support engineer would look.
        KilledFile.openAsTheTrackerDoes(db);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "")) {
            int stored = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT notes FROM child WHERE la_child_id = ?")) {
                s.setString(1, SaveWriterProcess.CHILD);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getString(1) != null && rs.getString(1).startsWith(name + "-")) {
                        stored = Integer.parseInt(rs.getString(1).substring(name.length() + 1));
                    }
                }
            }
            Set<Integer> audited = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT new_values FROM audit_log WHERE table_name = 'child' "
                    + "AND action = 'update' AND new_values LIKE ?")) {
                s.setString(1, "%\"" + name + "-%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String v = rs.getString(1);
                        int at = v.indexOf("\"" + name + "-") + name.length() + 2;
                        int end = v.indexOf('"', at);
                        audited.add(Integer.parseInt(v.substring(at, end)));
                    }
                }
            }
            int auditMissing = 0;
            for (int n = 1; n <= acknowledged; n++) {
                if (!audited.contains(n)) {
                    auditMissing++;
                }
            }
            return new Trial(trial, mode, acknowledged, stored, Math.max(0, acknowledged - stored), auditMissing,
                    Math.max(0, stored - acknowledged), stale);
        }
    }
}
