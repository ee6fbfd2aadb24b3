package lactracker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import lactracker.app.AppContext;
import lactracker.app.AuditService;
import lactracker.domain.AuditPeriod;

/**
 * The audit sheet as the team lead makes it in the application: a quarter chosen on the Audit screen (both
 * periods' figures from the database), then exported as XLSX, again and again in one JVM. The first run is
 * what the command line does from a cold start; the later ones what the window does once it has been
 * open a while (its code compiled). Started by {@code docs/bench/audit-sheet.sh} with a 1 GB heap on a
 * copy of the national-scale database. Prints each run's times; not a test, nothing passes or fails here.
 *
 * <p>Arguments: the database (a copy: its stored cases may be brought up to date), the quarter
 * (2026/27-Q2), the number of runs (5).
 */
public final class AuditSheetBenchmark {
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        AuditPeriod quarter = AuditPeriod.quarter(args.length > 1 ? args[1] : "2026/27-Q2");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path xlsx = Files.createTempFile("lac-audit-bench-", ".xlsx");
        try (AppContext context = AppContext.open(db, Clock.systemUTC(), "bench")) {
            AuditService audits = new AuditService(context);
            for (int run = 1; run <= runs; run++) {
                long started = System.nanoTime();
                AuditService.Audit audit = audits.audit(quarter, quarter.to());
                long figures = System.nanoTime();
                audits.writeXlsx(audit, xlsx);
                long written = System.nanoTime();
                long read = readAlone(context);
                Runtime rt = Runtime.getRuntime();
                System.out.printf("run %d: figures %,d ms, workbook %,d ms, together %,d ms; reading the stored cases alone"
                        + " %,d ms (together %.1fx that); heap in use %,d MB of %,d MB%n",
                        run, (figures - started) / 1_000_000, (written - figures) / 1_000_000,
                        (written - started) / 1_000_000, read / 1_000_000, (double) (written - started) / read,
                        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            }
        } finally {
            Files.deleteIfExists(xlsx);
        }
    }

    /**
     * The audit's own input and nothing more: every stored case read and decoded, on as many threads as the
     * audit uses, counted and dropped. The issue asks the audit to take no more than twice this.
     */
    private static long readAlone(AppContext context) {
        long started = System.nanoTime();
        var workers = java.util.concurrent.Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            int children = context.repositories().caseload().eachBatch(java.util.List::size, workers)
                    .stream().mapToInt(Integer::intValue).sum();
            if (children == 0) {
                throw new IllegalStateException("no stored cases read");
            }
        } finally {
            workers.shutdownNow();
        }
        return System.nanoTime() - started;
    }
}
