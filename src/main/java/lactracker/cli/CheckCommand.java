package lactracker.cli;

import lactracker.app.AppContext;
import picocli.CommandLine.Command;

/** {@code check}: reads the whole database and compares the stored copies of the cases with their records. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the database: every row of every table is read, and each child's stored case is "
                + "compared with the child's records (any that differ are made again and listed). Exit 0 when all "
                + "was well, 3 when something was mended.")
public final class CheckCommand extends DatabaseCommand {
    @Override
    public Integer call() {
        try (AppContext context = openExisting()) {
            var report = new lactracker.app.AppServices(context).backups().check();
            long rows = report.rows().values().stream().mapToLong(Long::longValue).sum();
            out().println("Read " + report.rows().size() + " tables, " + rows + " rows: every one could be read.");
            if (report.clean()) {
                out().println("The stored cases of all " + report.copiesChecked() + " children agree with their records.");
                return ExitCodes.DONE;
            }
            out().println("The stored cases of " + report.copiesRemade().size() + " of " + report.copiesChecked()
                    + " children differed from their records and were made again (child ids "
                    + report.copiesRemade().stream().limit(20).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + (report.copiesRemade().size() > 20 ? ", ..." : "") + ").");
            return ExitCodes.DONE_WITH_REJECTS;
        }
    }
}
