package lactracker.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import lactracker.app.AppContext;
import lactracker.app.AppServices;

/**
 * What the window's five whole-caseload screens spend reading, as they read after an import: Alerts,
 * Children, Escalations, Payments and the Team overview, one after another in one JVM, each through the
 * service its screen calls; then the same again (a second reading with nothing changed). The first
 * reading of the first round pays for any stored cases the import left to be made. Started by
 * {@code docs/bench/screens-reading.sh} on a copy of a national-scale database just after an import.
 * Prints each screen's time and the sum; not a test, nothing passes or fails here.
 *
 * <p>Arguments: the database (a copy), the number of rounds (2).
 */
public final class ScreensReadingBenchmark {
    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        try (AppContext context = AppContext.open(db, Clock.systemUTC(), "bench")) {
            AppServices services = new AppServices(context);
            LocalDate today = LocalDate.now(Clock.systemUTC());
            for (int round = 1; round <= rounds; round++) {
                long sum = 0;
                sum += time(round, "alerts", () -> services.alerts().alerts(today).size());
                sum += time(round, "children", () -> services.children().summaries(today).size());
                sum += time(round, "escalations", () -> services.escalations().lines(today).size());
                sum += time(round, "payments", () -> services.payments().payments().lines().size());
                sum += time(round, "team", () -> services.team().overview(today).children().size());
                Runtime rt = Runtime.getRuntime();
                System.out.printf("round %d: five screens %,d ms; heap in use %,d MB of %,d MB%n", round, sum,
                        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            }
        }
    }

    private static long time(int round, String screen, Supplier<Integer> reading) {
        long started = System.nanoTime();
        int lines = reading.get();
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("round %d: %-12s %,7d ms (%,d lines)%n", round, screen, ms, lines);
        return ms;
    }
}
