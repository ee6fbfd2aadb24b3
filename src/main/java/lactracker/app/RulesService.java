package lactracker.app;

import java.time.LocalDate;
import java.util.List;
import lactracker.domain.AuditFigures;
import lactracker.domain.AuditPeriod;
import lactracker.domain.AuditSheet;
import lactracker.domain.BankHoliday;
import lactracker.domain.ChildCase;
import lactracker.domain.Settings;
import lactracker.domain.Words;
import lactracker.domain.WorkingDayCalendar;
import lactracker.io.BankHolidayFile;
import lactracker.store.Repositories;

/**
 * The rules over what is stored: the caseload read in bulk, the team's settings, and the bank holidays
 * (imported ones, else those shipped). Screens and commands ask here, so they always agree.
 */
public final class RulesService {
    private final Repositories repositories;
    private WorkingDayCalendar calendar;
    private Settings settings;

    /** Make one for each piece of work (a command, a screen's load): it reads the settings once. */
    public RulesService(Repositories repositories) {
        this.repositories = repositories;
    }

    /** The working-day calendar: the team's imported bank holidays, or the list shipped with the application. */
    public WorkingDayCalendar calendar() {
        if (calendar == null) {
            calendar = calendarOf(repositories.bankHolidays().findAll());
        }
        return calendar;
    }

    /** The calendar of the bank holidays stored, or of those shipped when none are. */
    static WorkingDayCalendar calendarOf(List<BankHoliday> stored) {
        List<BankHoliday> holidays = stored.isEmpty() ? BankHolidayFile.shipped() : stored;
        return new WorkingDayCalendar(holidays.stream().map(BankHoliday::date).toList());
    }

    /** The team's table of its area's practices and their commissioners (issue 24). */
    public lactracker.domain.Commissioners commissioners() {
        return new lactracker.domain.Commissioners(repositories.commissioners().findAll());
    }

    public Settings settings() {
        if (settings == null) {
            settings = repositories.settings().load();
        }
        return settings;
    }

    /** Every audit figure for a period, as at a date. */
    public AuditSheet audit(AuditPeriod period, LocalDate asAt) {
        return AuditFigures.compute(repositories.caseload().loadAll(), period, asAt, settings(), calendar());
    }

    /** The "at period end" rows of the audit sheet for one date. */
    /**
     * Writes {@code sheet}'s rows to {@code file} (whole, owner-only), or to {@code out} when the file is null;
     * the export goes into the audit trail.
     */
    public void writeSnapshot(AuditSheet sheet, LocalDate date, ReportFormat format, java.nio.file.Path file,
            java.io.Writer out) throws java.io.IOException {
        if (file != null) {
            WholeFile.write(file, stream -> {
                java.io.Writer w = new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8);
                format.writeRows(w, sheet);
                w.flush();
            });
        } else {
            format.writeRows(out, sheet);
            out.flush();
        }
        repositories.access().exported("snapshot", date.toString(), format.name().toLowerCase(java.util.Locale.ROOT),
                file == null ? "stdout" : file.toAbsolutePath().toString());
    }

    public AuditSheet snapshot(LocalDate date) {
        List<ChildCase> cases = repositories.caseload().loadAll();
        AuditSheet all = AuditFigures.compute(cases, AuditPeriod.between(date, date), date, settings(), calendar());
        return new AuditSheet(all.period(), all.asAt(), all.settings(),
                all.rows().stream().filter(r -> AuditFigures.AT_PERIOD_END.contains(r.id())).toList());
    }

    /** A warning when {@code date} is past the last year of known bank holidays, else null. */
    public String calendarWarning(LocalDate date) {
        return calendar().isBeyondKnownHolidays(date)
                ? Words.format("calendar.beyondKnown", calendar().knownUntil().toString())
                : null;
    }
}
