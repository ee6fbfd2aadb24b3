package lactracker.ui.settings;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import lactracker.app.SettingsService;
import lactracker.domain.AssessmentType;
import lactracker.domain.FieldProblem;
import lactracker.domain.Settings;
import lactracker.domain.SettingsChecks;
import lactracker.domain.TariffPrice;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.ui.Forms;
import lactracker.ui.Messages;
import lactracker.ui.Tables;
import lactracker.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Settings screen's state: each setting of rules.md as typed, checked at its field; the tariff; the
 * bank holidays; the team. Saves run in the background; a change that moves due dates tells the shell,
 * so every list is worked out again.
 */
public final class SettingsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);

    /** A number setting as the screen shows it: the domain's setting, with its label's and explanation's keys. */
    public record NumberSetting(SettingsChecks.NumberSetting rule, String key, String explainKey) {
        public String field() {
            return rule.field();
        }
    }

    /** The domain's number settings in its order, each with the keys of its label and explanation. */
    public static final List<NumberSetting> NUMBERS = List.of(
            shown("ihaRequestWindow", "settings.ihaRequestWindow", "settings.ihaRequestWindow.explain"),
            shown("ihaDue", "settings.ihaDue", "settings.ihaDue.explain"),
            shown("ihaDueSoon", "settings.ihaDueSoon", "settings.ihaDueSoon.explain"),
            shown("rhaDueSoon", "settings.rhaDueSoon", "settings.rhaDueSoon.explain"),
            shown("escalationResponse", "settings.escalationResponse", "settings.escalationResponse.explain"),
            shown("dentalCheck", "settings.dentalCheck", "settings.dentalCheck.explain"),
            shown("cariesFollowUp", "settings.cariesFollowUp", "settings.cariesFollowUp.explain"),
            shown("uascReview", "settings.uascReview", "settings.uascReview.explain"));

    private static NumberSetting shown(String field, String key, String explainKey) {
        return new NumberSetting(SettingsChecks.NUMBERS.stream().filter(n -> n.field().equals(field)).findFirst()
                .orElseThrow(), key, explainKey);
    }

    private final TaskRunner runner;
    private final SettingsService service;
    private final String logFolder;
    private final Runnable changed;
    private final Map<String, StringProperty> numbers = new LinkedHashMap<>();
    public final StringProperty homeLocalAuthority = new SimpleStringProperty(this, "homeLocalAuthority", "");
    public final StringProperty homePostcodeDistricts = new SimpleStringProperty(this, "homePostcodeDistricts", "");
    private final ObservableList<TariffPrice> tariff = FXCollections.observableArrayList();
    private final ObservableList<lactracker.domain.PracticeCommissioner> commissioners = FXCollections.observableArrayList();
    /** The day an imported file's lines apply from: today at first. */
    public final javafx.beans.property.ObjectProperty<java.time.LocalDate> commissionersFrom =
            new javafx.beans.property.SimpleObjectProperty<>(this, "commissionersFrom");
    public final ObjectProperty<AssessmentType> tariffType = new SimpleObjectProperty<>(this, "tariffType", AssessmentType.IHA);
    public final ObjectProperty<LocalDate> tariffFrom = new SimpleObjectProperty<>(this, "tariffFrom");
    public final StringProperty tariffAmount = new SimpleStringProperty(this, "tariffAmount", "");
    private final ObservableList<TeamMember> team = FXCollections.observableArrayList();
    private final ObjectProperty<TeamMember> member = new SimpleObjectProperty<>(this, "member");
    public final StringProperty memberName = new SimpleStringProperty(this, "memberName", "");
    public final ObjectProperty<TeamRole> memberRole = new SimpleObjectProperty<>(this, "memberRole", TeamRole.NURSE);
    public final StringProperty memberUsername = new SimpleStringProperty(this, "memberUsername", "");
    public final BooleanProperty memberActive = new SimpleBooleanProperty(this, "memberActive", true);
    private final ReadOnlyStringWrapper holidays = new ReadOnlyStringWrapper(this, "holidays", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Part> messagePart =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "messagePart", Part.RULES);
    private Part writing = Part.RULES;

    /** The parts of the screen, each saved by itself: a message is shown beside the part it is about. */
    public enum Part { RULES, TARIFF, HOLIDAYS, TEAM, COMMISSIONERS }

    private void say(Part part, String text) {
        messagePart.set(part);
        message.set(text);
    }

    /** The part of the screen the message is about. */
    public javafx.beans.property.ReadOnlyObjectProperty<Part> messagePartProperty() {
        return messagePart.getReadOnlyProperty();
    }
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private boolean tariffFromUnreadable;

    /**
     * @param changed told after a change that moves due dates or alerts (settings, bank holidays, team)
     */
    public SettingsViewModel(TaskRunner runner, SettingsService service, String logFolder, Runnable changed) {
        this.runner = runner;
        this.service = service;
        this.logFolder = logFolder;
        this.changed = changed;
        commissionersFrom.set(service.today());
        for (NumberSetting n : NUMBERS) {
            numbers.put(n.field(), new SimpleStringProperty(this, n.field(), ""));
        }
        member.addListener((o, a, m) -> fillMember(m));
        // Change listeners: an invalidation is not told again until someone has read the value.
        numbers.values().forEach(n -> n.addListener((o, was, now) -> edited |= !filling));
        homeLocalAuthority.addListener((o, was, now) -> edited |= !filling);
        homePostcodeDistricts.addListener((o, was, now) -> edited |= !filling);
    }

    private boolean filling;
    private boolean edited;

    /** A setting or the home area was changed in the form and not saved. */
    public boolean hasUnsavedChanges() {
        return edited;
    }

    public StringProperty number(String field) {
        return numbers.get(field);
    }

    public void load() {
        busy.set(true);
        runner.task(progress -> service.load()).onSuccess(data -> {
            busy.set(false);
            show(data);
        }).onFailure(this::failed).start();
    }

    /** The settings as the form was filled from them: a save over another desk's change since is refused. */
    private Settings settingsRead;

    private void show(SettingsService.SettingsData data) {
        if (!edited) { // what is being typed into the settings stays until it is saved or dropped
            filling = true;
            Settings s = data.settings();
            settingsRead = s;
            for (NumberSetting n : NUMBERS) {
                numbers.get(n.field()).set(Integer.toString(n.rule().read().applyAsInt(s)));
            }
            homeLocalAuthority.set(s.homeLocalAuthority() == null ? "" : s.homeLocalAuthority());
            homePostcodeDistricts.set(String.join(", ", new java.util.TreeSet<>(s.homePostcodeDistricts()))); // a set has no order of its own
            filling = false;
        }
        tariff.setAll(data.tariff());
        commissioners.setAll(data.commissioners());
        TeamMember chosen = member.get();
        team.setAll(data.team());
        member.set(chosen == null ? null : data.team().stream().filter(m -> m.id().equals(chosen.id())).findFirst().orElse(null));
        holidays.set(Messages.format(data.holidaysImported() ? "settings.holidays.imported" : "settings.holidays.shipped",
                data.holidays(), Tables.date(data.holidaysKnownUntil())));
        problems.clear();
    }

    /** The typed settings, or null with the problems shown at their fields. */
    private Settings typed() {
        Map<String, String> p = new LinkedHashMap<>();
        Settings typed = Settings.DEFAULTS;
        for (NumberSetting n : NUMBERS) {
            Integer value = parse(numbers.get(n.field()).get());
            FieldProblem problem = SettingsChecks.number(n.field(), n.rule().what(), value, n.rule().max());
            if (problem != null) {
                p.put(problem.field(), problem.message());
            } else {
                typed = n.rule().write().apply(typed, value);
            }
        }
        FieldProblem la = SettingsChecks.homeLocalAuthority(homeLocalAuthority.get());
        if (la != null) {
            p.put(la.field(), la.message());
        }
        SettingsChecks.districtProblems(homePostcodeDistricts.get()).forEach(x -> p.put(x.field(), x.message()));
        problems.clear();
        problems.putAll(p);
        if (!p.isEmpty()) {
            say(Part.RULES, Messages.get("settings.notSaved"));
            return null;
        }
        String code = homeLocalAuthority.get() == null || homeLocalAuthority.get().isBlank() ? null : homeLocalAuthority.get();
        return typed.withHomeArea(code, SettingsChecks.districts(homePostcodeDistricts.get()));
    }

    private static Integer parse(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Saves the settings and the home area as one change. */
    public void saveSettings() {
        Settings typed = typed();
        if (typed == null || busy.get()) {
            return;
        }
        edited = false; // being saved; a refusal marks it edited again
        savingSettings = true;
        Settings read = settingsRead;
        write(Part.RULES, () -> service.save(read, typed), "settings.saved", true);
    }

    /** Puts the rules' defaults back in the fields (saved only with Save). */
    public void defaults() {
        for (NumberSetting n : NUMBERS) {
            numbers.get(n.field()).set(Integer.toString(n.rule().read().applyAsInt(Settings.DEFAULTS)));
        }
        edited = true;
        say(Part.RULES, Messages.get("settings.defaultsShown"));
    }

    public void addTariff() {
        BigDecimal amount = money(tariffAmount.get());
        List<FieldProblem> p = new ArrayList<>(SettingsChecks.tariff(tariffType.get(), tariffFrom.get(), amount));
        if (tariffFromUnreadable) {
            p.removeIf(x -> x.field().equals("tariffFrom"));
            p.add(new FieldProblem("tariffFrom", Messages.get("form.dateUnreadable")));
        }
        problems.clear();
        p.forEach(x -> problems.putIfAbsent(x.field(), x.message()));
        if (!p.isEmpty() || busy.get()) {
            say(Part.TARIFF, Messages.get("settings.notSaved"));
            return;
        }
        AssessmentType type = tariffType.get();
        LocalDate from = tariffFrom.get();
        write(Part.TARIFF, () -> service.saveTariff(type, from, amount), "settings.tariff.saved", false);
    }

    public void deleteTariff(TariffPrice price) {
        if (price != null && !busy.get()) {
            write(Part.TARIFF, () -> service.deleteTariff(price), "settings.tariff.deleted", false);
        }
    }

    /** The tariff date field holds text that is not a date. */
    public void unreadableTariffDate(boolean bad) {
        tariffFromUnreadable = bad;
    }

    private static BigDecimal money(String text) {
        String t = text == null ? "" : text.strip().replace("£", "").replace(",", "");
        try {
            return t.isEmpty() ? null : new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Starts a new team member in the form. */
    public void newMember() {
        member.set(null);
        fillMember(null);
    }

    private void fillMember(TeamMember m) {
        memberName.set(m == null ? "" : m.name());
        memberRole.set(m == null ? TeamRole.NURSE : m.role());
        memberUsername.set(m == null || m.username() == null ? "" : m.username());
        memberActive.set(m == null || m.active());
        problems.remove("memberName");
        problems.remove("memberUsername");
    }

    public void saveMember() {
        if (busy.get()) {
            return;
        }
        TeamMember chosen = member.get();
        TeamMember typed = new TeamMember(chosen == null ? null : chosen.id(), memberName.get() == null ? "" : memberName.get(),
                memberRole.get() == null ? TeamRole.NURSE : memberRole.get(), memberUsername.get(), memberActive.get(),
                chosen == null ? 0 : chosen.version()); // the version read: a change by another desk since is not overwritten
        write(Part.TEAM, () -> service.saveMember(typed), "settings.member.saved", true);
    }

    /**
     * Adds the lines of a file of the area's GP practices and their commissioners, from the day chosen (issue
     * 24): said how many were added, changed and already so; a file that does not read changes nothing.
     */
    public void importCommissioners(Path file) {
        if (busy.get()) {
            return;
        }
        java.time.LocalDate from = commissionersFrom.get();
        if (from == null) {
            say(Part.COMMISSIONERS, Messages.get("settings.commissioners.noDate"));
            return;
        }
        importFile(Part.COMMISSIONERS, "settings.commissioners.reading", () -> service.importCommissioners(file, from),
                saved -> Messages.format("settings.commissioners.done", saved.added(), saved.changed(), saved.unchanged(),
                        Tables.date(from)));
    }

    /** Removes a line of the practices' table. */
    public void deleteCommissioner(lactracker.domain.PracticeCommissioner line) {
        if (line != null && !busy.get()) {
            write(Part.COMMISSIONERS, () -> service.deleteCommissioner(line), "settings.commissioners.deleted", true);
        }
    }

    /** The area's practices and their commissioners, by practice and date. */
    public ObservableList<lactracker.domain.PracticeCommissioner> commissioners() {
        return commissioners;
    }

    public void importBankHolidays(Path file) {
        if (busy.get()) {
            return;
        }
        importFile(Part.HOLIDAYS, "settings.holidays.reading", () -> service.importBankHolidays(file),
                count -> Messages.format("settings.holidays.done", count));
    }

    /** What a file's import gave, and the screen read again after it. */
    private record Imported<T>(T result, SettingsService.SettingsData data) {
    }

    /**
     * Imports a file in the background for {@code part}: said while it is read, the screen read again after,
     * then what {@code said} makes of the import's result (or why the file was refused).
     */
    private <T> void importFile(Part part, String readingKey, java.util.concurrent.Callable<T> work,
            java.util.function.Function<T, String> said) {
        busy.set(true);
        writing = part;
        say(part, Messages.get(readingKey));
        runner.task(progress -> {
            T result = work.call();
            return new Imported<>(result, service.load());
        }).onSuccess(imported -> {
            busy.set(false);
            show(imported.data());
            say(part, said.apply(imported.result()));
            changed.run();
        }).onFailure(this::failed).start();
    }

    private interface Write {
        void run() throws Exception;
    }

    private void write(Part part, Write work, String doneKey, boolean movesDueDates) {
        busy.set(true);
        writing = part;
        runner.task(progress -> {
            work.run();
            return service.load();
        }).onSuccess(data -> {
            busy.set(false);
            savingSettings = false;
            show(data);
            say(part, Messages.get(doneKey));
            if (movesDueDates) {
                changed.run();
            }
        }).onFailure(this::failed).start();
    }

    private boolean savingSettings;

    private void failed(Throwable error) {
        busy.set(false);
        edited |= savingSettings;
        savingSettings = false;
        if (error instanceof FieldProblem.Refused refused) {
            Forms.showProblems(problems, refused.problems());
            say(writing, Messages.get("settings.notSaved"));
        } else if (error instanceof lactracker.domain.UserFacingException) {
            say(writing, error.getMessage());
        } else {
            LOG.error("A setting could not be saved", error);
            say(writing, Messages.forError(error, logFolder));
        }
    }

    public ObservableList<TariffPrice> tariff() {
        return tariff;
    }

    public ObservableList<TeamMember> team() {
        return team;
    }

    public ObjectProperty<TeamMember> memberProperty() {
        return member;
    }

    /** How many bank holidays the calendar knows, from where, and until when. */
    public ReadOnlyStringProperty holidaysProperty() {
        return holidays.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }
}
