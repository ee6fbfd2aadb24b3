package lactracker.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import lactracker.domain.Alert;
import lactracker.domain.Alerts;
import lactracker.domain.AuditFigures;
import lactracker.domain.AuditPeriod;
import lactracker.domain.AuditSheet;
import lactracker.domain.BankHoliday;
import lactracker.domain.ChildCase;
import lactracker.domain.Settings;
import lactracker.domain.WorkingDayCalendar;
import lactracker.io.AuditWorkbook;
import lactracker.io.BankHolidayFile;

/**
 * The rules at national scale: all alerts for a day and every audit figure for a quarter, over 100,000
 * children with 1,000,000 assessments held in memory, and the quarter's audit sheet written as XLSX. Run
 * with {@code ./mvnw -Pbench verify}, which starts it with a 1 GB heap. Prints the time of each run and the median; not a test, so nothing here
 * passes or fails on timing.
 */
public final class RulesBenchmark {
    public static void main(String[] args) throws IOException {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perChild = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        WorkingDayCalendar calendar = new WorkingDayCalendar(
                BankHolidayFile.shipped().stream().map(BankHoliday::date).toList());
        long t0 = System.nanoTime();
        List<ChildCase> cases = SyntheticCaseload.generate(children, perChild, 20261126L);
        long generated = System.nanoTime();
        System.out.printf("caseload: %,d children, %,d assessments, generated in %d ms; max heap %d MB%n",
                cases.size(), (long) cases.size() * perChild, (generated - t0) / 1_000_000,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));

        LocalDate today = LocalDate.of(2018, 3, 31);
        AuditPeriod quarter = AuditPeriod.quarter("2017/18-Q4");
        List<Long> alertsMs = new ArrayList<>();
        List<Long> auditMs = new ArrayList<>();
        List<Long> bothMs = new ArrayList<>();
        List<Long> workbookMs = new ArrayList<>();
        AuditPeriod before = quarter.previous();
        AuditSheet previous = AuditFigures.compute(cases, before, before.to(), Settings.DEFAULTS, calendar);
        Path xlsx = Files.createTempFile("lac-bench-", ".xlsx");
        xlsx.toFile().deleteOnExit();
        var produced = new AuditWorkbook.Produced(LocalDateTime.of(2018, 4, 3, 9, 0), "bench");
        int alertCount = 0;
        long lac = 0;
        for (int run = 0; run < runs; run++) {
            long a = System.nanoTime();
            List<Alert> alerts = Alerts.forDay(cases, today, Settings.DEFAULTS, calendar);
            long b = System.nanoTime();
            AuditSheet sheet = AuditFigures.compute(cases, quarter, quarter.to(), Settings.DEFAULTS, calendar);
            long c = System.nanoTime();
            alertCount = alerts.size();
            lac = sheet.row("lac_at_end").numerator();
            alertsMs.add((b - a) / 1_000_000);
            auditMs.add((c - b) / 1_000_000);
            bothMs.add((c - a) / 1_000_000);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(xlsx))) {
                AuditWorkbook.write(out, sheet, previous, Map.of(), produced);
            }
            long w = System.nanoTime();
            workbookMs.add((w - c) / 1_000_000);
            System.out.printf("run %d: alerts %d ms (%,d alerts), audit sheet %d ms (%,d looked after at end), both %d ms;"
                    + " its XLSX %d ms (%,d bytes)%n", run + 1, (b - a) / 1_000_000, alertCount, (c - b) / 1_000_000, lac,
                    (c - a) / 1_000_000, (w - c) / 1_000_000, Files.size(xlsx));
        }
        System.gc();
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        System.out.printf("median over %d runs: alerts %d ms, audit %d ms, both %d ms, the audit's XLSX %d ms%n", runs,
                median(alertsMs), median(auditMs), median(bothMs), median(workbookMs));
        System.out.printf("heap: %d MB live after the runs (caseload held), peak pools total %d MB, limit %d MB%n",
                heapUsed, peak, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
