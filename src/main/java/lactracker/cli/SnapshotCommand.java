package lactracker.cli;

import java.io.Writer;
import java.time.LocalDate;
import lactracker.app.AppContext;
import lactracker.app.RulesService;
import lactracker.domain.AuditSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code snapshot}: the audit sheet's "at period end" counts for one date. */
@Command(name = "snapshot", mixinStandardHelpOptions = true)
public final class SnapshotCommand extends DatabaseCommand {
    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.snapshot.date")
    private LocalDate date;

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = openExisting()) {
            LocalDate day = date == null ? LocalDate.now(context.clock()) : date;
            RulesService rules = new lactracker.app.AppServices(context).rules();
            AuditSheet sheet = rules.snapshot(day);
            try (Writer out = output.open(out())) {
                rules.writeSnapshot(sheet, day, output.format.report(), output.out, out);
            }
            return ExitCodes.DONE;
        }
    }
}
