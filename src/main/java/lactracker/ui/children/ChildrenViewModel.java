package lactracker.ui.children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lactracker.app.ChildrenService;
import lactracker.domain.AgeBand;
import lactracker.domain.CareStatus;
import lactracker.domain.ChildSummary;
import lactracker.domain.DutyState;
import lactracker.domain.Placement;
import lactracker.domain.TeamMember;
import lactracker.ui.Messages;
import lactracker.ui.task.BackgroundTask;
import lactracker.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Children screen's state. The caseload's lines are read once in the background; searching,
 * filtering and sorting then run over them off the UI thread (latest wins), and only the finished list
 * is handed to the table, so a national caseload never holds the window up.
 */
public final class ChildrenViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ChildrenViewModel.class);

    /** Which children the list shows by their standing with the local authority. */
    public enum Show { LOOKED_AFTER, CARE_LEAVERS, LEFT, ALL }

    /** A nurse filter choice: any, unallocated, or one nurse. */
    public record NurseChoice(Long id, String name) {
        static final NurseChoice ANY = new NurseChoice(null, Messages.get("children.filter.any"));
        static final NurseChoice NONE = new NurseChoice(-1L, Messages.get("children.filter.unallocated"));

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * One line of the table, its texts made once: cells only read fields, and the search compares
     * against one lower-case key.
     */
    public record Row(ChildSummary summary, String name, String nhsNumber, String legalStatus, String placement,
            String location, String nurse, String nextDuty, String searchKey) {
        // A line is itself and nothing else: when a new list arrives the table looks for the chosen line in
        // it (indexOf, 100,000 comparisons), and a line made again for a child after a save must still
        // count as changed, so its cells show the new values. Field-by-field equality did both slowly
        // (most of the hand-over to the UI thread, profiled, when the filter changed with a line chosen).
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** The default order: the most urgent first (due date, children with nothing due last), then name. */
    public static final Comparator<Row> BY_DUE_DATE = Comparator
            .comparing((Row r) -> r.summary().nextDue(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Row::name, String.CASE_INSENSITIVE_ORDER);

    private final TaskRunner runner;
    private final ChildrenService service;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(this, "show", Show.LOOKED_AFTER);
    private final ObjectProperty<NurseChoice> nurse = new SimpleObjectProperty<>(this, "nurse", NurseChoice.ANY);
    private final ObjectProperty<DutyState> state = new SimpleObjectProperty<>(this, "state");
    private final ObjectProperty<Placement> placement = new SimpleObjectProperty<>(this, "placement");
    private final ObjectProperty<Boolean> uasc = new SimpleObjectProperty<>(this, "uasc");
    private final ObjectProperty<AgeBand> ageBand = new SimpleObjectProperty<>(this, "ageBand");
    private final ObjectProperty<String> legalStatus = new SimpleObjectProperty<>(this, "legalStatus");
    private final ObjectProperty<Comparator<Row>> order = new SimpleObjectProperty<>(this, "order", BY_DUE_DATE);
    private final lactracker.ui.Lines<Row> rows = new lactracker.ui.Lines<>();
    private final ObservableList<NurseChoice> nurses = FXCollections.observableArrayList(NurseChoice.ANY, NurseChoice.NONE);
    private final ObservableList<String> legalStatuses = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final String logFolder;
    private List<Row> all = List.of();
    private Map<Long, String> nurseNames = Map.of();
    private LocalDate today;
    private final lactracker.ui.task.Latest latest = new lactracker.ui.task.Latest();
    private BackgroundTask<?> filtering;

    public ChildrenViewModel(TaskRunner runner, ChildrenService service, String logFolder) {
        this.runner = runner;
        this.service = service;
        this.logFolder = logFolder;
        Runnable typed = runner.debounced(200, this::refilter);
        search.addListener((o, a, b) -> typed.run());
        for (var p : List.of(show, nurse, state, placement, uasc, ageBand, legalStatus, order)) {
            p.addListener((o, a, b) -> refilter());
        }
        asAt.addListener((o, a, b) -> load());
    }

    private final ObjectProperty<LocalDate> asAt = new SimpleObjectProperty<>(this, "asAt");

    /**
     * The day the children's duties are worked out as at; null for today. An extract whose newest record
     * is years old is read as at its own last day.
     */
    public ObjectProperty<LocalDate> asAtProperty() {
        return asAt;
    }

    /** Reads every child's line in the background, then shows those the filters let through. */
    public void load() {
        loading.set(true);
        failure.set("");
        LocalDate chosen = asAt.get();
        runner.task(progress -> {
            LocalDate day = chosen != null ? chosen : service.today();
            List<TeamMember> team = service.team();
            Map<Long, String> names = new HashMap<>();
            team.forEach(m -> names.put(m.id(), m.name()));
            List<ChildSummary> summaries = service.summaries(day);
            List<Row> made = summaries.parallelStream().map(s -> row(s, names)).toList();
            List<String> statuses = summaries.stream().map(ChildSummary::legalStatus).filter(s -> s != null)
                    .distinct().sorted().toList();
            return new Loaded(day, team, names, made, statuses);
        }).onSuccess(loaded -> {
            long started = System.nanoTime();
            today = loaded.day();
            nurseNames = loaded.names();
            all = loaded.rows();
            List<NurseChoice> choices = new ArrayList<>(List.of(NurseChoice.ANY, NurseChoice.NONE));
            loaded.team().stream().filter(TeamMember::active)
                    .forEach(m -> choices.add(new NurseChoice(m.id(), m.name())));
            nurses.setAll(choices);
            legalStatuses.setAll(loaded.legalStatuses());
            loading.set(false);
            refilter();
            LOG.info("Children list read: {} children, {} ms on the UI thread to take them", all.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }).onFailure(error -> {
            LOG.error("The children could not be read", error);
            loading.set(false);
            failure.set(Messages.forError(error, logFolder));
        }).start();
    }

    private record Loaded(LocalDate day, List<TeamMember> team, Map<Long, String> names, List<Row> rows,
            List<String> legalStatuses) {
    }

    /** Brings one child's line up to date after a save, without reading the others again. */
    public void refreshChild(long childId) {
        LocalDate day = today;
        if (day == null) {
            return;
        }
        Map<Long, String> names = nurseNames;
        runner.task(progress -> service.summary(childId, day).map(s -> row(s, names))).onSuccess(updated -> {
            List<Row> next = new ArrayList<>(all.size() + 1);
            boolean found = false;
            for (Row r : all) {
                if (r.summary().childId() == childId) {
                    found = true;
                    updated.ifPresent(next::add);
                } else {
                    next.add(r);
                }
            }
            if (!found) {
                updated.ifPresent(next::add);
            }
            all = next;
            refilter();
        }).start();
    }

    static Row row(ChildSummary s, Map<Long, String> nurseNames) {
        String nhs = s.nhsNumber() == null ? "" : lactracker.domain.NhsNumber.format(s.nhsNumber());
        String nurse = s.allocatedNurseId() == null ? "" : nurseNames.getOrDefault(s.allocatedNurseId(), "");
        String key = (s.displayName() + " " + (s.givenName() == null ? "" : s.givenName()) + " " + s.laChildId() + " "
                + (s.nhsNumber() == null ? "" : s.nhsNumber())).toLowerCase(Locale.ROOT);
        return new Row(s, s.displayName(), nhs,
                s.legalStatus() == null ? "" : ChildrenService.label("LS", s.legalStatus()),
                s.placementType() == null ? "" : ChildrenService.label("PLACE", s.placementType()),
                s.placement() == null ? "" : lactracker.ui.Labels.of(s.placement()),
                nurse,
                s.nextDuty() == null ? "" : s.nextDuty().name(),
                key);
    }

    private void refilter() {
        if (loading.get() || today == null) {
            return;
        }
        var mine = latest.next(); // an older search finishing late does not overwrite a newer one
        if (filtering != null) {
            filtering.cancel();
        }
        Predicate<Row> test = filter();
        Comparator<Row> sort = order.get() == null ? BY_DUE_DATE : order.get();
        List<Row> source = all;
        filtering = runner.task(progress -> {
            List<Row> shown = new ArrayList<>();
            for (Row r : source) {
                if (test.test(r)) {
                    shown.add(r);
                }
            }
            shown.sort(sort);
            return shown;
        }).whileNewest(mine).onSuccess(shown -> {
            long started = System.nanoTime();
            rows.show(shown);
            count.set(Messages.format("children.count", shown.size(), source.size()));
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (ms > 50) { // worth knowing: the UI thread's budget is 100 ms
                LOG.info("Children list: {} of {} shown, {} ms on the UI thread", shown.size(), source.size(), ms);
            }
        }).start();
    }

    /** The filters and search as they stand now, as one test made on the UI thread. */
    Predicate<Row> filter() {
        String[] words = search.get() == null ? new String[0]
                : search.get().toLowerCase(Locale.ROOT).replace(",", " ").trim().split("\\s+");
        String digits = search.get() == null ? "" : search.get().replace(" ", "");
        boolean nhsSearch = digits.length() >= 3 && digits.chars().allMatch(Character::isDigit);
        Show s = show.get();
        NurseChoice n = nurse.get();
        DutyState st = state.get();
        Placement pl = placement.get();
        Boolean u = uasc.get();
        AgeBand band = ageBand.get();
        String ls = legalStatus.get();
        return r -> {
            ChildSummary c = r.summary();
            if (s == Show.LOOKED_AFTER && c.careStatus() != CareStatus.LOOKED_AFTER
                    || s == Show.CARE_LEAVERS && c.careStatus() != CareStatus.CARE_LEAVER
                    || s == Show.LEFT && c.careStatus() != CareStatus.LEFT) {
                return false;
            }
            if (n != null && n.id() != null && (n.id() == -1L ? c.allocatedNurseId() != null
                    : !n.id().equals(c.allocatedNurseId()))) {
                return false;
            }
            if (st != null && c.state() != st || pl != null && c.placement() != pl
                    || u != null && c.uasc() != u || band != null && c.ageBand() != band
                    || ls != null && !ls.equals(c.legalStatus())) {
                return false;
            }
            if (nhsSearch) {
                return c.nhsNumber() != null && c.nhsNumber().contains(digits) || r.searchKey().contains(digits.toLowerCase(Locale.ROOT));
            }
            for (String w : words) {
                if (!w.isEmpty() && !r.searchKey().contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Clears the search and every filter (the list of children looked after, most urgent first). */
    public void clearFilters() {
        search.set("");
        show.set(Show.LOOKED_AFTER);
        nurse.set(NurseChoice.ANY);
        state.set(null);
        placement.set(null);
        uasc.set(null);
        ageBand.set(null);
        legalStatus.set(null);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ObjectProperty<NurseChoice> nurseProperty() {
        return nurse;
    }

    public ObjectProperty<DutyState> stateProperty() {
        return state;
    }

    public ObjectProperty<Placement> placementProperty() {
        return placement;
    }

    public ObjectProperty<Boolean> uascProperty() {
        return uasc;
    }

    public ObjectProperty<AgeBand> ageBandProperty() {
        return ageBand;
    }

    public ObjectProperty<String> legalStatusProperty() {
        return legalStatus;
    }

    /** The order of the list; the table sets it from its sorted columns. */
    public ObjectProperty<Comparator<Row>> orderProperty() {
        return order;
    }

    /** The children shown, filtered and sorted. */
    public lactracker.ui.Lines<Row> rows() {
        return rows;
    }

    public ObservableList<NurseChoice> nurses() {
        return nurses;
    }

    /** The legal statuses present in the caseload, as 903 codes. */
    public ObservableList<String> legalStatuses() {
        return legalStatuses;
    }

    /** "Showing 12 of 1,000 children". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The day the lines were worked out for. */
    public LocalDate today() {
        return today;
    }
}
