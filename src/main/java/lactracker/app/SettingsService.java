package lactracker.app;

import lactracker.domain.Action;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lactracker.domain.AssessmentType;
import lactracker.domain.BankHoliday;
import lactracker.domain.FieldProblem;
import lactracker.domain.Settings;
import lactracker.domain.SettingsChecks;
import lactracker.domain.PracticeCommissioner;
import lactracker.domain.TariffPrice;
import lactracker.domain.TeamMember;
import lactracker.domain.Words;
import lactracker.domain.WorkingDayCalendar;
import lactracker.io.BankHolidayFile;

/**
 * The Settings screen's work: the rules' settings, the home area, the dated tariff, the bank holidays and
 * the team. Every change is checked first and written in one transaction with its audit entry.
 */
public final class SettingsService {
    private final AppContext context;

    public SettingsService(AppContext context) {
        this.context = context;
    }

    /** Everything the screen shows. */
    public record SettingsData(Settings settings, List<TariffPrice> tariff, List<TeamMember> team, int holidays,
            LocalDate holidaysKnownUntil, boolean holidaysImported, List<PracticeCommissioner> commissioners) {
    }

    public SettingsData load() {
        var r = context.repositories();
        List<BankHoliday> stored = r.bankHolidays().findAll();
        List<BankHoliday> holidays = stored.isEmpty() ? BankHolidayFile.shipped() : stored;
        LocalDate until = new WorkingDayCalendar(holidays.stream().map(BankHoliday::date).toList()).knownUntil();
        return new SettingsData(r.settings().load(), r.tariff().findAll(), r.team().findAll(), holidays.size(), until,
                !stored.isEmpty(), r.commissioners().findAll());
    }

    /** The window locks after this many minutes without input unless a setting says otherwise (issue 21). */
    public static final int IDLE_LOCK_DEFAULT = 10;
    /** The longest an unattended window may stay open: an hour, beyond what a screen-lock policy allows. */
    public static final int IDLE_LOCK_LONGEST = 60;
    /** Read once and kept: the window asks every few seconds whether it should lock. */
    private volatile Integer idleLockMinutes;

    /** Minutes without input before the window locks and asks for the password again. */
    public int idleLockMinutes() {
        Integer known = idleLockMinutes;
        if (known == null) {
            known = context.repositories().settings().idleLockMinutes(IDLE_LOCK_DEFAULT);
            idleLockMinutes = known;
        }
        return known;
    }

    /** Saves the minutes before the window locks: a whole number from 1 to 60. */
    public void saveIdleLockMinutes(int minutes) {
        context.require(Action.CHANGE_SETTINGS);
        if (minutes < 1 || minutes > IDLE_LOCK_LONGEST) {
            throw new FieldProblem.Refused(List.of(new FieldProblem("idleLockMinutes",
                    Words.format("check.settings.idleLock", IDLE_LOCK_LONGEST))));
        }
        context.repositories().settings().saveIdleLockMinutes(minutes, IDLE_LOCK_DEFAULT);
        idleLockMinutes = minutes;
    }

    /**
     * Saves the settings changed from those {@code read} (as the form was filled), refused with who changed
     * them and when when another desk saved them since; the checks as {@link #save(Settings)}.
     */
    public void save(Settings read, Settings changed) {
        context.require(Action.CHANGE_SETTINGS);
        context.database().transaction(() -> {
            if (read != null && !context.repositories().settings().load().equals(read)) {
                throw context.repositories().settings().stale();
            }
            save(changed);
        });
    }

    /** Saves every setting as one change, after the domain's checks (whoever calls it, not only the screen). */
    public void save(Settings settings) {
        context.require(Action.CHANGE_SETTINGS);
        List<FieldProblem> problems = SettingsChecks.settings(settings);
        if (!problems.isEmpty()) {
            throw new FieldProblem.Refused(problems);
        }
        String code = settings.homeLocalAuthority() == null || settings.homeLocalAuthority().isBlank() ? null
                : settings.homeLocalAuthority().strip().toUpperCase(java.util.Locale.ROOT);
        context.repositories().settings().save(settings.withHomeArea(code, settings.homePostcodeDistricts()));
    }

    /** Adds a tariff line, or changes the price of the line of that type and date. */
    public void saveTariff(AssessmentType type, LocalDate validFrom, BigDecimal amount) {
        context.require(Action.CHANGE_SETTINGS);
        List<FieldProblem> problems = SettingsChecks.tariff(type, validFrom, amount);
        if (!problems.isEmpty()) {
            throw new FieldProblem.Refused(problems);
        }
        context.repositories().tariff().save(new TariffPrice(type, validFrom, amount));
    }

    public void deleteTariff(TariffPrice price) {
        context.require(Action.CHANGE_SETTINGS);
        context.repositories().tariff().delete(price);
    }

    /** Adds a team member (no id) or changes one. */
    public TeamMember saveMember(TeamMember typed) {
        context.require(Action.MANAGE_ACCOUNTS);
        String username = typed.username() == null || typed.username().isBlank() ? null : typed.username().strip();
        TeamMember m = new TeamMember(typed.id(), typed.name().strip(), typed.role(), username, typed.active(),
                typed.version());
        boolean taken = username != null && context.repositories().team().findAll().stream()
                .anyMatch(o -> username.equalsIgnoreCase(o.username()) && !o.id().equals(m.id()));
        List<FieldProblem> problems = new ArrayList<>(SettingsChecks.member(m, taken));
        TeamMember before = m.id() == null ? null : context.repositories().team().findById(m.id()).orElse(null);
        if (before != null && before.version() != m.version()) {
            throw context.repositories().team().stale(m.id()); // changed at another desk since this one read it
        }
        boolean hasAccount = before != null && context.repositories().accounts().accessOf(before.id()).isPresent();
        if (hasAccount && before.username() != null && !before.username().equalsIgnoreCase(String.valueOf(username))) {
            // the key's slot is named by the username: a new one would leave the account without a way in
            problems.add(new FieldProblem("memberUsername", Words.get("accounts.refused.rename")));
        }
        if (hasAccount && before.active() && !m.active() && before.username() != null
                && before.username().equalsIgnoreCase(context.username())) {
            problems.add(new FieldProblem("memberActive", Words.get("accounts.refused.disableSelf")));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblem.Refused(problems);
        }
        TeamMember saved = m.id() == null ? context.repositories().team().insert(m) : context.repositories().team().update(m);
        if (hasAccount && before.active() && !saved.active()) {
            Accounts.disabled(context, saved); // after the save: a slot removed for a save that failed would lock them out
        }
        return saved;
    }

    /**
     * Adds the lines of a file of the area's GP practices and their commissioners (issue 24), each from
     * {@code validFrom}: a practice's line of that date is replaced, its earlier lines kept (they answer for
     * the days before). In one transaction; a file with a row that does not read changes nothing.
     *
     * @throws lactracker.io.FileFormatException naming the file's row that does not read
     */
    public CommissionersImported importCommissioners(Path file, LocalDate validFrom) throws IOException {
        context.require(Action.CHANGE_SETTINGS);
        java.util.Objects.requireNonNull(validFrom, "validFrom");
        List<PracticeCommissioner> lines = lactracker.io.CommissionerFile.read(file, validFrom);
        var saved = context.repositories().commissioners().save(lines);
        return new CommissionersImported(saved.added(), saved.changed(), saved.unchanged());
    }

    /** What an import of the practices' table did: lines added, lines changed, lines already so. */
    public record CommissionersImported(int added, int changed, int unchanged) {
    }

    /** Today, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(context.clock());
    }

    /** Removes one line of the practices' table. */
    public void deleteCommissioner(PracticeCommissioner line) {
        context.require(Action.CHANGE_SETTINGS);
        context.repositories().commissioners().delete(line);
    }

    /**
     * Replaces the bank holidays with those of a file in the government's shape.
     *
     * @return how many were read
     * @throws lactracker.io.FileFormatException naming what is wrong with the file; nothing is changed
     */
    public int importBankHolidays(Path file) throws IOException {
        context.require(Action.CHANGE_SETTINGS);
        List<BankHoliday> holidays;
        try (InputStream in = Files.newInputStream(file)) {
            holidays = new ArrayList<>(BankHolidayFile.read(in, file.getFileName().toString()));
        }
        if (holidays.isEmpty()) {
            throw new lactracker.io.FileFormatException(Words.format("settings.refused.noHolidays", file.getFileName().toString()));
        }
        context.repositories().bankHolidays().replaceAll(holidays);
        return holidays.size();
    }
}
