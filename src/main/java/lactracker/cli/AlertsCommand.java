package lactracker.cli;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import lactracker.app.AppContext;
import lactracker.app.AlertsService;
import lactracker.domain.Alert;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code alerts}: the alerts of rules.md section 7 for a day. */
@Command(name = "alerts", mixinStandardHelpOptions = true)
public final class AlertsCommand extends DatabaseCommand {
    @Option(names = "--today", paramLabel = "DATE", descriptionKey = "cli.alerts.today")
    private LocalDate today;

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = openExisting()) {
            LocalDate day = today == null ? LocalDate.now(context.clock()) : today;
            var services = new lactracker.app.AppServices(context);
            String warning = services.alerts().calendarWarning(day);
            if (warning != null) {
                err().println(warning);
            }
            // The Alerts screen's own reading (the caseload of the day): the same alerts, in the same order.
            List<Alert> alerts = services.alerts().alerts(day).stream().map(AlertsService.AlertLine::alert).toList();
            try (Writer out = output.open(out())) {
                services.alerts().writeReport(day, alerts, output.format.report(), output.out, out);
            }
            return ExitCodes.DONE;
        }
    }
}
