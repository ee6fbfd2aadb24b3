package lactracker.cli;

import lactracker.domain.Words;
import lactracker.app.AppContext;
import picocli.CommandLine.Command;

/** {@code check}: reads the whole database and compares the stored copies of the cases with their records. */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class CheckCommand extends DatabaseCommand {
    @Override
    public Integer call() {
        notOnServer();
        try (AppContext context = openExisting()) {
            var report = new lactracker.app.AppServices(context).backups().check();
            long rows = report.rows().values().stream().mapToLong(Long::longValue).sum();
            out().println(Words.format("cli.check.read", String.valueOf(report.rows().size()), String.valueOf(rows)));
            if (report.trailBrokenAt() != null) {
                out().println(report.trailBrokenAt() < 0 ? Words.get("cli.check.trailEndGone")
                        : Words.format("cli.check.trailBroken", String.valueOf(report.trailBrokenAt())));
            } else {
                out().println(Words.format("cli.check.trailSealed", String.valueOf(report.trailSealed())));
            }
            if (report.clean()) {
                out().println(Words.format("cli.check.clean", String.valueOf(report.copiesChecked())));
                return ExitCodes.DONE;
            }
            if (!report.copiesRemade().isEmpty()) {
                out().println(Words.format("cli.check.remade", String.valueOf(report.copiesRemade().size()),
                        String.valueOf(report.copiesChecked()),
                        report.copiesRemade().stream().limit(20).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                        + (report.copiesRemade().size() > 20 ? ", ..." : "")));
            }
            return ExitCodes.DONE_WITH_REJECTS;
        }
    }
}
