package lactracker.ui.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lactracker.app.AlertsService;
import lactracker.app.AlertsService.AlertLine;
import lactracker.domain.Alert;
import lactracker.domain.AlertKind;
import lactracker.domain.Severity;
import lactracker.domain.TeamMember;
import lactracker.ui.Messages;
import lactracker.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Alerts screen's state: the day's alerts read in the background, a count for each kind, filters by
 * kind and nurse, and one child's alerts worked out again after a save so the list stays true without
 * reading the whole caseload.
 */
public final class AlertsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AlertsViewModel.class);

    /** One kind's group: its count, for the list of groups and their filter. */
    public record Group(AlertKind kind, int count) {
    }

    private static final lactracker.ui.ChildLines<AlertLine> LINES = new lactracker.ui.ChildLines<>(
            l -> l.alert().childId(), (a, b) -> Alert.ORDER.compare(a.alert(), b.alert()));

    private final TaskRunner runner;
    private final AlertsService service;
    private final java.util.function.Supplier<List<TeamMember>> team;
    private final String logFolder;
    private final lactracker.ui.Lines<AlertLine> rows = new lactracker.ui.Lines<>();
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    /** The nurse filter's choice of the children no nurse holds. */
    public static final TeamMember NOT_ALLOCATED = new TeamMember(-1L, Messages.get("children.filter.unallocated"),
            lactracker.domain.TeamRole.NURSE, null, true);
    private final ObservableList<TeamMember> nurses = FXCollections.observableArrayList();
    private final ObjectProperty<AlertKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<TeamMember> nurse = new SimpleObjectProperty<>(this, "nurse");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private List<AlertLine> all = List.of();
    private LocalDate day;
    private final lactracker.ui.task.Latest latest = new lactracker.ui.task.Latest();
    private long showing;
    private String red;
    private Runnable onFirstLoad = () -> { };

    /**
     * @param team the team, read in the background with the alerts (for the nurse filter)
     */
    public AlertsViewModel(TaskRunner runner, AlertsService service,
            java.util.function.Supplier<List<TeamMember>> team, String logFolder) {
        this.runner = runner;
        this.service = service;
        this.team = team;
        this.logFolder = logFolder;
        kind.addListener((o, a, b) -> show());
        nurse.addListener((o, a, b) -> show());
        asAt.addListener((o, a, b) -> load());
    }

    private final ObjectProperty<LocalDate> asAt = new SimpleObjectProperty<>(this, "asAt");

    /**
     * The day the alerts are worked out for; null for today. An extract whose newest record is years old
     * is read as at its own last day, not today.
     */
    public ObjectProperty<LocalDate> asAtProperty() {
        return asAt;
    }

    /** Reads today's alerts in the background. */
    public void load() {
        var mine = latest.next();
        loading.set(true);
        long started = System.nanoTime();
        LocalDate chosen = asAt.get();
        runner.task(progress -> {
            LocalDate today = chosen != null ? chosen : service.today();
            List<AlertLine> alerts = service.alerts(today);
            return new Loaded(today, alerts, team.get(), service.calendarWarning(today), redSummary(alerts));
        }).whileNewest(mine).onSuccess(loaded -> {
            day = loaded.day();
            all = loaded.alerts();
            red = loaded.red();
            LOG.info("Alerts worked out: {} in {} ms", all.size(), (System.nanoTime() - started) / 1_000_000);
            List<TeamMember> choices = new ArrayList<>(List.of(NOT_ALLOCATED));
            choices.addAll(loaded.team().stream().filter(TeamMember::active).toList());
            nurses.setAll(choices);
            warning.set(loaded.warning() == null ? "" : loaded.warning());
            loading.set(false);
            show();
            Runnable first = onFirstLoad;
            onFirstLoad = () -> { };
            first.run();
        }).onFailure(error -> {
            LOG.error("The alerts could not be worked out", error);
            loading.set(false);
            summary.set(Messages.forError(error, logFolder));
        }).start();
    }

    private record Loaded(LocalDate day, List<AlertLine> alerts, List<TeamMember> team, String warning, String red) {
    }

    /** Works one child's alerts out again after a change to their record, and puts them in place. */
    public void refreshChild(long childId) {
        LocalDate today = day;
        if (today == null) {
            return;
        }
        var mine = latest.current();
        List<AlertLine> before = all;
        runner.task(progress -> LINES.replace(before, childId, service.alertsOf(childId, today))).whileNewest(mine)
                .onSuccess(r -> {
                    all = r.onto(all);
                    show();
                }).start();
    }

    /** What the filters leave of the day's alerts, with each kind's count and the summary line. */
    private record Shown(List<AlertLine> lines, List<Group> groups, String summary, String red) {
    }

    /**
     * Filters the day's alerts in the background (a national caseload has over 100,000 of them) and hands
     * the table the result; latest wins.
     */
    private void show() {
        AlertKind k = kind.get();
        TeamMember n = nurse.get();
        List<AlertLine> source = all;
        LocalDate d = day;
        long mine = ++showing;
        runner.task(progress -> shown(source, k, n, d)).onSuccess(s -> {
            if (mine == showing) {
                rows.show(s.lines());
                groups.setAll(s.groups());
                summary.set(s.summary());
                red = s.red();
            }
        }).start();
    }

    private static Shown shown(List<AlertLine> all, AlertKind k, TeamMember n, LocalDate day) {
        List<AlertLine> shown = new ArrayList<>();
        Map<AlertKind, Integer> counts = new EnumMap<>(AlertKind.class);
        for (AlertLine line : all) {
            boolean nurseMatches = n == null || (n == NOT_ALLOCATED ? line.nurseId() == null : n.id().equals(line.nurseId()));
            if (nurseMatches) {
                counts.merge(line.alert().kind(), 1, Integer::sum);
            }
            if (nurseMatches && (k == null || line.alert().kind() == k)) {
                shown.add(line);
            }
        }
        List<Group> g = new ArrayList<>();
        for (AlertKind each : AlertKind.values()) {
            g.add(new Group(each, counts.getOrDefault(each, 0)));
        }
        // Red first, then amber, then information, as the alerts themselves are ordered.
        g.sort(java.util.Comparator.comparing((Group x) -> x.kind().severity()));
        Map<Severity, Integer> bySeverity = new HashMap<>();
        counts.forEach((kk, c) -> bySeverity.merge(kk.severity(), c, Integer::sum));
        return new Shown(shown, g, Messages.format("alerts.summary", bySeverity.getOrDefault(Severity.RED, 0),
                bySeverity.getOrDefault(Severity.AMBER, 0), bySeverity.getOrDefault(Severity.INFO, 0),
                lactracker.ui.Tables.date(day)), redSummary(all));
    }

    public lactracker.ui.Lines<AlertLine> rows() {
        return rows;
    }

    /** Every kind with its count today (under the nurse filter). */
    public ObservableList<Group> groups() {
        return groups;
    }

    public ObservableList<TeamMember> nurses() {
        return nurses;
    }

    public ObjectProperty<AlertKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<TeamMember> nurseProperty() {
        return nurse;
    }

    /** "14 red, 3 amber, 1 for information on 1 Mar 2017". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A bank-holiday warning for today, or empty. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * What is red today in one line, for the notification on opening ("14 overdue, 3 escalation steps
     * due"), or null when nothing is red: as the day's alerts were read.
     */
    public String redSummary() {
        return red;
    }

    private static String redSummary(List<AlertLine> all) {
        int overdue = 0;
        int steps = 0;
        for (AlertLine line : all) {
            AlertKind k = line.alert().kind();
            if (k == AlertKind.IHA_OVERDUE || k == AlertKind.RHA_OVERDUE) {
                overdue++;
            } else if (k == AlertKind.ESCALATION_STEP_DUE) {
                steps++;
            }
        }
        if (overdue + steps == 0) {
            return null;
        }
        return Messages.format("alerts.notification", overdue, steps);
    }

    /** Told once, the first time the day's alerts are known (the window shows the notification then). */
    public void setOnFirstLoad(Runnable listener) {
        this.onFirstLoad = listener;
    }
}
