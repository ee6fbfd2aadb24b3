package lactracker.cli;

import lactracker.domain.Words;
import java.time.LocalDate;
import lactracker.app.AppContext;
import lactracker.app.AuditService;
import lactracker.domain.AuditPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code audit}: the quarterly audit sheet (audit-sheet.md), as CSV, JSON or XLSX. */
@Command(name = "audit", mixinStandardHelpOptions = true)
public final class AuditCommand extends DatabaseCommand {
    @Option(names = "--quarter", paramLabel = "2016/17-Q4", descriptionKey = "cli.audit.quarter")
    private String quarter;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "cli.audit.from")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "cli.audit.to")
    private LocalDate to;

    @Option(names = "--as-at", paramLabel = "DATE", descriptionKey = "cli.audit.asAt")
    private LocalDate asAt;

    enum Format { csv, json, xlsx }

    @Option(names = "--format", paramLabel = "csv|json|xlsx", descriptionKey = "cli.audit.format")
    private Format format = Format.csv;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.audit.out")
    private java.nio.file.Path out;

    @Override
    public Integer call() throws Exception {
        if (quarter != null && (from != null || to != null) || (from == null) != (to == null)) {
            err().println(Words.get("cli.audit.eitherQuarter"));
            return ExitCodes.USAGE;
        }
        if (from != null && to.isBefore(from)) {
            err().println(Words.format("cli.audit.toBeforeFrom", to, from));
            return ExitCodes.USAGE;
        }
        if (format == Format.xlsx && out == null) {
            err().println(Words.get("cli.audit.xlsxNeedsOut"));
            return ExitCodes.USAGE;
        }
        AuditPeriod period;
        try {
            period = quarter != null ? AuditPeriod.quarter(quarter) : from != null ? AuditPeriod.between(from, to) : null;
        } catch (lactracker.domain.UserFacingException e) {
            err().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        try (AppContext context = openExisting()) {
            AuditService service = new lactracker.app.AppServices(context).audit();
            AuditPeriod p = period != null ? period : AuditPeriod.lastCompleteQuarter(service.today());
            var audit = service.audit(p, asAt != null ? asAt : p.to());
            if (format == Format.xlsx) {
                service.writeXlsx(audit, out);
            } else {
                var report = format == Format.json ? lactracker.app.ReportFormat.JSON : lactracker.app.ReportFormat.CSV;
                if (out != null) {
                    service.writeReport(audit, report, out);
                } else {
                    service.writeReport(audit, report, out());
                }
            }
            return ExitCodes.DONE;
        }
    }
}
