package lactracker.cli;

import java.time.LocalDate;
import lactracker.app.AppContext;
import lactracker.app.AuditService;
import lactracker.domain.AuditPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code audit}: the quarterly audit sheet (audit-sheet.md), as CSV, JSON or XLSX. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The quarterly audit sheet: the last complete quarter unless --quarter or --from and --to say.")
public final class AuditCommand extends DatabaseCommand {
    @Option(names = "--quarter", paramLabel = "2016/17-Q4", description = "An NHS financial quarter.")
    private String quarter;

    @Option(names = "--from", paramLabel = "DATE", description = "The first day of a period of your own.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "The last day of a period of your own.")
    private LocalDate to;

    @Option(names = "--as-at", paramLabel = "DATE", description = "The day the records are taken as at (default: the period's last day).")
    private LocalDate asAt;

    enum Format { csv, json, xlsx }

    @Option(names = "--format", paramLabel = "csv|json|xlsx", description = "Output format (default: ${DEFAULT-VALUE}).")
    private Format format = Format.csv;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output; xlsx needs a file).")
    private java.nio.file.Path out;

    @Override
    public Integer call() throws Exception {
        if (quarter != null && (from != null || to != null) || (from == null) != (to == null)) {
            err().println("Give either --quarter, or both --from and --to.");
            return ExitCodes.USAGE;
        }
        if (from != null && to.isBefore(from)) {
            err().println("--to " + to + " is before --from " + from + ".");
            return ExitCodes.USAGE;
        }
        if (format == Format.xlsx && out == null) {
            err().println("An XLSX file needs --out FILE (such as \"LAC health audit.xlsx\").");
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
                    report.writeRows(out(), audit.sheet());
                    out().flush();
                }
            }
            return ExitCodes.DONE;
        }
    }
}
