package lactracker.cli;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import lactracker.app.AppContext;
import lactracker.app.RulesService;
import lactracker.domain.Alert;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code alerts}: the alerts of rules.md section 7 for a day. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "The alerts of rules.md section 7 for a day, most urgent first.")
public final class AlertsCommand implements Callable<Integer> {
    @ParentCommand
    private LacTrackerCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--today", paramLabel = "DATE", description = "The day the alerts are for (default: today).")
    private LocalDate today;

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = parent.openContext()) {
            LocalDate day = today == null ? LocalDate.now(context.clock()) : today;
            RulesService rules = new RulesService(context.repositories());
            String warning = rules.calendarWarning(day);
            if (warning != null) {
                spec.commandLine().getErr().println(warning);
            }
            List<Alert> alerts = rules.alerts(day);
            try (Writer out = output.open(spec.commandLine().getOut())) {
                output.format.report().writeAlerts(out, day, alerts);
            }
            return ExitCodes.DONE;
        }
    }
}
