package lactracker.ui.team;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lactracker.app.TeamService;
import lactracker.domain.CareStatus;
import lactracker.domain.ChildSummary;
import lactracker.domain.TeamFigures;
import lactracker.domain.TeamMember;
import lactracker.ui.Messages;
import lactracker.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Team screen's state: this quarter's tiles, the charts' figures, each nurse's caseload and the
 * chosen nurse's children, read in the background; and moving children to another nurse.
 */
public final class TeamViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TeamViewModel.class);

    /** A caseload line with the nurse's name ("Not allocated" for none). */
    public record Load(TeamFigures.NurseLoad load, String nurse) {
    }

    private final TaskRunner runner;
    private final TeamService service;
    private final String logFolder;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<TeamService.Overview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ObservableList<Load> caseload = FXCollections.observableArrayList();
    private final ObservableList<ChildSummary> children = FXCollections.observableArrayList();
    private final ObservableList<TeamMember> nurses = FXCollections.observableArrayList();
    private final ObjectProperty<Load> selectedLoad = new SimpleObjectProperty<>(this, "selectedLoad");
    private final ObjectProperty<TeamMember> reassignTo = new SimpleObjectProperty<>(this, "reassignTo");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final lactracker.ui.task.Latest latest = new lactracker.ui.task.Latest();

    /**
     * @param changed told after children are moved to another nurse, so every list is read again
     */
    public TeamViewModel(TaskRunner runner, TeamService service, String logFolder, Runnable changed) {
        this.runner = runner;
        this.service = service;
        this.logFolder = logFolder;
        this.changed = changed;
        selectedLoad.addListener((o, a, load) -> showChildren());
    }

    public void load() {
        var mine = latest.next();
        loading.set(true);
        long started = System.nanoTime();
        runner.task(progress -> service.overview(service.today())).whileNewest(mine).onSuccess(o -> {
            LOG.info("Team overview worked out in {} ms", (System.nanoTime() - started) / 1_000_000);
            Load was = selectedLoad.get();
            Map<Long, String> names = new HashMap<>();
            o.team().forEach(m -> names.put(m.id(), m.name()));
            nurses.setAll(o.team().stream().filter(TeamMember::active).toList());
            caseload.setAll(o.caseload().stream().map(l -> new Load(l, l.nurseId() == null
                    ? Messages.get("team.notAllocated") : names.getOrDefault(l.nurseId(), "?"))).toList());
            overview.set(o);
            loading.set(false);
            // The list may have chosen a line itself as the lines arrived (the keyboard lands on one): kept.
            Load chosen = selectedLoad.get();
            if (chosen == null || !caseload.contains(chosen)) {
                selectedLoad.set(was == null ? null : caseload.stream()
                        .filter(l -> java.util.Objects.equals(l.load().nurseId(), was.load().nurseId())).findFirst().orElse(null));
            }
            showChildren();
        }).onFailure(error -> {
            LOG.error("The team overview could not be worked out", error);
            loading.set(false);
            message.set(Messages.forError(error, logFolder));
        }).start();
    }

    private void showChildren() {
        Load load = selectedLoad.get();
        TeamService.Overview o = overview.get();
        long mine = ++choosing;
        if (load == null || o == null) {
            children.clear();
            return;
        }
        Long nurse = load.load().nurseId();
        // A nurse may hold a fifth of 100,000 children: chosen and sorted off the UI thread, latest wins.
        runner.task(progress -> o.children().stream()
                .filter(s -> s.careStatus() == CareStatus.LOOKED_AFTER && java.util.Objects.equals(s.allocatedNurseId(), nurse))
                .sorted(Comparator.comparing(ChildSummary::state).thenComparing(ChildSummary::nextDue,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList()).onSuccess(list -> {
                    if (mine == choosing) {
                        children.setAll(list);
                    }
                }).start();
    }

    private long choosing;

    /** Moves the chosen children to the nurse in {@link #reassignToProperty()}, as one change. */
    public void reassign(List<ChildSummary> chosen) {
        TeamMember to = reassignTo.get();
        if (chosen.isEmpty()) {
            message.set(Messages.get("team.reassign.noneChosen"));
            return;
        }
        if (to == null) {
            message.set(Messages.get("team.reassign.noNurse"));
            return;
        }
        List<Long> ids = chosen.stream().map(ChildSummary::childId).toList();
        loading.set(true);
        runner.task(progress -> {
            service.reassign(ids, to.id());
            return ids.size();
        }).onSuccess(n -> {
            loading.set(false);
            message.set(Messages.format("team.reassign.done", n, to.name()));
            changed.run();
        }).onFailure(lactracker.ui.SaveFailure.shown(() -> loading.set(false), null, message, null, LOG,
                "Children could not be reassigned", logFolder)).start();
    }

    /** Writes a chart's picture as a PNG file in the background. */
    public void savePng(BufferedImage image, Path file) {
        runner.task(progress -> {
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            return file;
        }).onSuccess(f -> message.set(Messages.format("team.chart.saved", f.getFileName().toString())))
                .onFailure(error -> {
                    LOG.error("A chart could not be saved", error);
                    message.set(Messages.forError(error, logFolder));
                }).start();
    }

    public ReadOnlyObjectProperty<TeamService.Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ObservableList<Load> caseload() {
        return caseload;
    }

    /** The chosen nurse's children looked after, most urgent first. */
    public ObservableList<ChildSummary> children() {
        return children;
    }

    public ObservableList<TeamMember> nurses() {
        return nurses;
    }

    public ObjectProperty<Load> selectedLoadProperty() {
        return selectedLoad;
    }

    public ObjectProperty<TeamMember> reassignToProperty() {
        return reassignTo;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
