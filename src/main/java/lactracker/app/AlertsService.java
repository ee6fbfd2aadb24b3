package lactracker.app;

import java.time.LocalDate;
import java.util.List;
import lactracker.domain.Alert;
import lactracker.domain.Alerts;
import lactracker.domain.CaseFacts;
import lactracker.domain.ChildCase;
import lactracker.domain.ChildSummary;
import lactracker.domain.Settings;
import lactracker.domain.WorkingDayCalendar;

/**
 * The day's alerts for the team lead's home screen, each with the child's name and nurse so the screen
 * can show and filter them; one child's alerts again after a save, without reading the others. The
 * alerts themselves are the rules engine's ({@link Alerts#forChild}), the same the {@code alerts}
 * command prints.
 */
public final class AlertsService {
    private final AppContext context;
    private final Caseload caseload;

    AlertsService(AppContext context, Caseload caseload) {
        this.context = context;
        this.caseload = caseload;
    }

    /** An alert with who it is about. */
    public record AlertLine(Alert alert, String childName, Long nurseId) {
    }

    public LocalDate today() {
        return LocalDate.now(context.clock());
    }

    /** Every alert of {@code day}, most urgent first. */
    public List<AlertLine> alerts(LocalDate day) {
        return caseload.day(day).children().stream()
                .flatMap(c -> c.alerts().stream())
                .sorted((a, b) -> Alert.ORDER.compare(a.alert(), b.alert()))
                .toList();
    }

    /**
     * Writes {@code alerts} of {@code day} to {@code file} (whole, owner-only), or to {@code out} (the command's
     * output) when the file is null; the export goes into the audit trail: what, in which format, to where.
     */
    public void writeReport(LocalDate day, List<Alert> alerts, ReportFormat format, java.nio.file.Path file,
            java.io.Writer out) throws java.io.IOException {
        if (file != null) {
            WholeFile.write(file, stream -> {
                java.io.Writer w = new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8);
                format.writeAlerts(w, day, alerts);
                w.flush();
            });
        } else {
            format.writeAlerts(out, day, alerts);
            out.flush();
        }
        context.repositories().access().exported("alerts", day.toString(), format.name().toLowerCase(java.util.Locale.ROOT),
                file == null ? "stdout" : file.toAbsolutePath().toString());
    }

    /** One child's alerts of {@code day}; none when the child is gone. */
    public List<AlertLine> alertsOf(long childId, LocalDate day) {
        return caseload.child(childId, day).map(Caseload.ChildDay::alerts).orElse(List.of());
    }

    /** A warning when {@code day} is past the known bank holidays, else null. */
    public String calendarWarning(LocalDate day) {
        return new RulesService(context.repositories()).calendarWarning(day);
    }

    /** A child's alerts of the day their facts were worked out for. */
    static List<AlertLine> lines(ChildCase c, CaseFacts facts, Settings settings, WorkingDayCalendar calendar) {
        List<Alert> alerts = Alerts.forChild(facts, settings, calendar);
        if (alerts.isEmpty()) {
            return List.of();
        }
        String name = ChildSummary.displayName(c.child());
        return alerts.stream().map(a -> new AlertLine(a, name, c.child().allocatedNurseId())).toList();
    }
}
