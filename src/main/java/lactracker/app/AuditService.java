package lactracker.app;

import lactracker.domain.Action;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import lactracker.domain.AuditFigures;
import lactracker.domain.AuditPeriod;
import lactracker.domain.AuditSheet;
import lactracker.domain.Settings;
import lactracker.domain.Words;
import lactracker.domain.WorkingDayCalendar;
import lactracker.io.AuditWorkbook;

/**
 * The quarterly audit sheet (audit-sheet.md): the figures of a period and of the period before it, from
 * one reading of the caseload, and their files. A file is written beside its destination and moved into
 * place when whole, so a cancelled or failed export leaves nothing half-written.
 */
public final class AuditService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuditService.class);
    private final AppContext context;

    public AuditService(AppContext context) {
        this.context = context;
    }

    /** A period's sheet and the one before it, for the trend. */
    public record Audit(AuditSheet sheet, AuditSheet previous) {
    }

    public LocalDate today() {
        return LocalDate.now(context.clock());
    }

    public Audit audit(AuditPeriod period, LocalDate asAt) {
        return audit(period, asAt, () -> false);
    }

    /**
     * @param stop asked before each batch of children is worked out, and once after them all: true stops the
     *             work with a {@link java.util.concurrent.CancellationException}
     */
    public Audit audit(AuditPeriod period, LocalDate asAt, java.util.function.BooleanSupplier stop) {
        long started = System.nanoTime();
        // The period before is judged as it stood at its own end, as it was reported then; only its
        // percentages are shown, so it is tallied without the children behind.
        AuditPeriod before = period.previous();
        List<AuditSheet> sheets = sheets(List.of(new AuditFigures.Tallied(period, asAt, true),
                new AuditFigures.Tallied(before, before.to(), false)), "audit-figures", stop);
        AuditSheet sheet = sheets.get(0);
        AuditSheet previous = sheets.get(1);
        LOG.info("Audit sheet: the stored cases read and both periods worked out from them in {} ms",
                (System.nanoTime() - started) / 1_000_000);
        return new Audit(sheet, previous);
    }

    /**
     * The health-needs figures of one day (issue 24) and the team's names, for the Health needs screen.
     *
     * @param sheet  the audit sheet of the day alone, as at the day: its health-needs rows and the children behind them
     * @param nurses team members' names by id
     */
    public record HealthNeedsDay(AuditSheet sheet, Map<Long, String> nurses) {
    }

    /** The health-needs figures on {@code day}, read and worked out as the audit is; {@code stop} as there. */
    public HealthNeedsDay healthNeeds(LocalDate day, java.util.function.BooleanSupplier stop) {
        long started = System.nanoTime();
        AuditSheet sheet = sheets(List.of(new AuditFigures.Tallied(AuditPeriod.between(day, day), day, true)),
                "health-needs", stop).get(0);
        Map<Long, String> nurses = new HashMap<>();
        context.repositories().team().findAll().forEach(m -> nurses.put(m.id(), m.name()));
        LOG.info("Health needs: the stored cases read and the day worked out in {} ms", (System.nanoTime() - started) / 1_000_000);
        return new HealthNeedsDay(sheet, Map.copyOf(nurses));
    }

    /**
     * The sheets of the periods {@code wanted}, batch by batch as the stored cases are read, every period at
     * once, so that no more than a few batches' cases are held at a time.
     */
    private List<AuditSheet> sheets(List<AuditFigures.Tallied> wanted, String threads,
            java.util.function.BooleanSupplier stop) {
        RulesService rules = new RulesService(context.repositories());
        Settings settings = rules.settings();
        WorkingDayCalendar calendar = rules.calendar();
        lactracker.domain.Commissioners commissioners = rules.commissioners();
        ExecutorService workers = Workers.forReading(threads);
        List<List<AuditFigures.Part>> parts;
        try {
            parts = context.repositories().caseload().eachBatch(cases -> {
                stopIf(stop);
                return AuditFigures.parts(cases, wanted, settings, calendar, commissioners);
            }, workers);
        } finally {
            workers.shutdownNow();
        }
        stopIf(stop);
        return AuditFigures.sheets(parts, wanted, settings, calendar);
    }

    private static void stopIf(java.util.function.BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("the audit sheet was stopped");
        }
    }

    /** "LAC health audit 2016-17 Q4.xlsx", or the dates for a range. */
    public static String fileName(AuditPeriod period, String extension) {
        return Words.format("audit.fileName", period.label(), extension);
    }

    public void writeXlsx(Audit audit, Path file) throws IOException {
        context.require(Action.EXPORT_AUDIT);
        Map<Long, String> nurses = new HashMap<>();
        context.repositories().team().findAll().forEach(m -> nurses.put(m.id(), m.name()));
        var produced = new AuditWorkbook.Produced(LocalDateTime.now(context.clock()).truncatedTo(ChronoUnit.MINUTES),
                context.username());
        long started = System.nanoTime();
        WholeFile.write(file, out -> AuditWorkbook.write(out, audit.sheet(), audit.previous(), nurses, produced));
        exported(audit, "xlsx", file.toAbsolutePath().toString());
        LOG.info("Audit workbook written in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    public void writeReport(Audit audit, ReportFormat format, Path file) throws IOException {
        context.require(Action.EXPORT_AUDIT);
        WholeFile.write(file, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            format.writeRows(w, audit.sheet());
            w.flush();
        });
        exported(audit, format.name().toLowerCase(java.util.Locale.ROOT), file.toAbsolutePath().toString());
    }

    /** Writes the sheet's rows to {@code out} (the command line's standard output), left open. */
    public void writeReport(Audit audit, ReportFormat format, Writer out) throws IOException {
        context.require(Action.EXPORT_AUDIT);
        format.writeRows(out, audit.sheet());
        out.flush();
        exported(audit, format.name().toLowerCase(java.util.Locale.ROOT), "stdout");
    }

    /** Written into the audit trail once the file is whole: what left the tracker, in what form, to where. */
    private void exported(Audit audit, String format, String where) {
        context.repositories().access().exported("audit_sheet", audit.sheet().period().label(), format, where);
    }
}
