package lactracker.ui.escalations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import lactracker.app.EscalationsService;
import lactracker.app.EscalationsService.EscalationLine;
import lactracker.domain.EscalationStep;
import lactracker.domain.TeamMember;
import lactracker.ui.Messages;
import lactracker.ui.Tables;
import lactracker.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Escalations screen's state: the out-of-county assessments read in the background, filters, the
 * selected one's steps, and the one change being made to it (a step, a response, closing) with its
 * problems named at the fields.
 */
public final class EscalationsViewModel implements lactracker.ui.screen.ChildLinesModel {
    private static final Logger LOG = LoggerFactory.getLogger(EscalationsViewModel.class);

    /** What the form below the list is doing. */
    public enum Action { NONE, STEP, RESPONSE, CLOSE }

    private static final lactracker.ui.ChildLines<EscalationLine> LINES = new lactracker.ui.ChildLines<>(
            EscalationLine::childId, EscalationsService.ORDER);

    private final TaskRunner runner;
    private final EscalationsService service;
    private final Supplier<List<TeamMember>> team;
    private final String logFolder;
    private final ObservableList<EscalationLine> rows = FXCollections.observableArrayList();
    private final ObservableList<EscalationStep> steps = FXCollections.observableArrayList();
    private final ObservableList<TeamMember> nurses = FXCollections.observableArrayList();
    private final BooleanProperty showClosed = new SimpleBooleanProperty(this, "showClosed", false);
    private final ObjectProperty<TeamMember> nurse = new SimpleObjectProperty<>(this, "nurse");
    private final ObjectProperty<EscalationLine> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Action> action = new ReadOnlyObjectWrapper<>(this, "action", Action.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper responseDue = new ReadOnlyStringWrapper(this, "responseDue", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();

    public final ObjectProperty<Integer> level = new SimpleObjectProperty<>(this, "level");
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    public final StringProperty contact = new SimpleStringProperty(this, "contact", "");
    public final StringProperty text = new SimpleStringProperty(this, "text", "");
    public final StringProperty hostArea = new SimpleStringProperty(this, "hostArea", "");
    public final StringProperty hostProvider = new SimpleStringProperty(this, "hostProvider", "");

    private List<EscalationLine> all = List.of();
    private LocalDate day;
    private final lactracker.ui.task.Latest latest = new lactracker.ui.task.Latest();
    private boolean unreadableDate;
    private LongConsumer onChanged = id -> { };

    public EscalationsViewModel(TaskRunner runner, EscalationsService service, Supplier<List<TeamMember>> team,
            String logFolder) {
        this.runner = runner;
        this.service = service;
        this.team = team;
        this.logFolder = logFolder;
        showClosed.addListener((o, a, b) -> show());
        nurse.addListener((o, a, b) -> show());
        selected.addListener((o, a, line) -> {
            steps.setAll(line == null || line.escalation() == null ? List.of() : line.escalation().steps());
            letterChosen = null;
            if (a == null || line == null || a.childId() != line.childId()) {
                letters = java.util.Map.of();
                readLetters(); // another child's; the same child's letters are read again only once one is made
            } else {
                showLetter();
            }
            if (a == null || line == null || !sameDuty(a, line)) {
                cancel();
            }
        });
        date.addListener((o, a, d) -> showResponseDue());
        for (javafx.beans.value.ObservableValue<?> typed : new javafx.beans.value.ObservableValue<?>[] {level, date, contact, text, hostArea, hostProvider}) {
            typed.addListener((o, was, now) -> edited |= !filling); // a change, not an invalidation: nobody may have read it
        }
    }

    private boolean filling;
    private boolean edited;

    /** A change is open in the form with something typed into it that is not saved. */
    public boolean hasUnsavedChanges() {
        return action.get() != Action.NONE && edited;
    }

    /** Told the child's id after each change, so the alerts can be worked out again for that child. */
    public void setOnChanged(LongConsumer onChanged) {
        this.onChanged = onChanged;
    }

    /** Reads every line again in the background. */
    public void load() {
        var mine = latest.next();
        loading.set(true);
        long started = System.nanoTime();
        runner.task(progress -> {
            LocalDate today = service.today();
            return new Loaded(today, service.lines(today), team.get());
        }).whileNewest(mine).onSuccess(loaded -> {
            LOG.info("Escalations read: {} lines in {} ms", loaded.lines().size(), (System.nanoTime() - started) / 1_000_000);
            day = loaded.day();
            all = loaded.lines();
            nurses.setAll(loaded.team().stream().filter(TeamMember::active).toList());
            loading.set(false);
            show();
            pending.linesArrived();
        }).onFailure(error -> {
            LOG.error("The escalations could not be read", error);
            loading.set(false);
            summary.set(Messages.forError(error, logFolder));
        }).start();
    }

    private lactracker.app.DocumentService documents;
    private final javafx.beans.property.ReadOnlyBooleanWrapper makingLetter =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "makingLetter", false);

    /** Where letters are made (issue 24); none are offered until this is set. */
    public void setDocuments(lactracker.app.DocumentService documents) {
        this.documents = documents;
    }

    public boolean offersLetters() {
        return documents != null;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty makingLetterProperty() {
        return makingLetter.getReadOnlyProperty();
    }

    /** The step a letter is for: the chosen one, else the selected line's last; null when it has none. */
    public EscalationStep letterStep(EscalationStep chosen) {
        EscalationLine line = selected.get();
        if (line == null || line.escalation() == null || line.escalation().steps().isEmpty()) {
            return null;
        }
        return chosen != null && line.escalation().steps().contains(chosen) ? chosen : line.lastStep();
    }

    /** The file name offered for a letter: the child's LA id and the step's level, never a name. */
    public String letterName(EscalationStep step) {
        EscalationLine line = selected.get();
        return (line == null ? "child" : line.laChildId()) + "-escalation-level-" + (step == null ? 0 : step.level()) + ".pdf";
    }

    /** Makes the letter for {@code step} of the selected line's escalation into {@code out}, in the background. */
    public void makeLetter(EscalationStep step, java.nio.file.Path out) {
        EscalationLine line = selected.get();
        if (documents == null || line == null || line.escalation() == null || step == null) {
            return;
        }
        var escalation = line.escalation();
        lactracker.ui.DocumentTask.start(runner, makingLetter, message, "escalations.letter.made", logFolder,
                () -> documents.escalationLetter(escalation, step, out), this::readLetters);
    }

    private java.util.Map<Long, lactracker.domain.LetterMade> letters = java.util.Map.of();
    private EscalationStep letterChosen;
    private final javafx.beans.property.ReadOnlyStringWrapper letter =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "letter", "");

    /** The step chosen in the steps' list (or none): the letter line then speaks of it, else of the last step. */
    public void chooseStep(EscalationStep chosen) {
        letterChosen = chosen;
        showLetter();
    }

    /** The letter made for the chosen step (issue 24: kept beside the step), or that none has been. */
    public javafx.beans.property.ReadOnlyStringProperty letterProperty() {
        return letter.getReadOnlyProperty();
    }

    private void showLetter() {
        EscalationStep s = letterStep(letterChosen);
        lactracker.domain.LetterMade made = s == null ? null : letters.get(s.id());
        letter.set(s == null || documents == null ? "" : made == null ? Messages.format("escalations.letter.none", s.level())
                : Messages.format("escalations.letter.saved", s.level(), lactracker.ui.Tables.date(
                        java.time.LocalDate.ofInstant(made.madeAt(), java.time.ZoneId.systemDefault())), made.username(),
                        made.where()));
    }

    /** Reads again the letters made for the selected line's child, in the background. */
    private void readLetters() {
        EscalationLine line = selected.get();
        if (line == null || documents == null) {
            letters = java.util.Map.of();
            showLetter();
            return;
        }
        runner.task(progress -> service.letters(line.childId())).onSuccess(found -> {
            if (selected.get() != null && selected.get().childId() == line.childId()) {
                letters = found;
                showLetter();
            }
        }).onFailure(error -> LOG.error("The letters made could not be read", error)).start();
    }

    /** Reads one child's lines again after a change elsewhere (an assessment logged, a placement changed). */
    public void refreshChild(long childId) {
        if (day == null) {
            return;
        }
        var mine = latest.current();
        LocalDate today = day;
        List<EscalationLine> before = all;
        runner.task(progress -> LINES.replace(before, childId, service.linesOf(childId, today))).whileNewest(mine)
                .onSuccess(this::put).start();
    }

    private void put(lactracker.ui.ChildLines.Replacement<EscalationLine> replacement) {
        all = replacement.onto(all);
        show();
    }

    private final lactracker.ui.PendingChild pending = new lactracker.ui.PendingChild(this::choose);

    /**
     * Chooses the first line of one child (from the child's record), showing every line so it is there;
     * when the lines are still being read, once they arrive.
     */
    public void showChild(long childId) {
        pending.ask(childId, !loading.get() && !all.isEmpty());
    }

    private void choose(long childId) {
        showClosed.set(true);
        selected.set(rows.stream().filter(l -> l.childId() == childId).findFirst().orElse(null));
        message.set(selected.get() == null ? Messages.get("escalations.noneForChild") : "");
    }

    private record Loaded(LocalDate day, List<EscalationLine> lines, List<TeamMember> team) {
    }

    private void show() {
        EscalationLine was = selected.get();
        TeamMember n = nurse.get();
        List<EscalationLine> shown = new ArrayList<>();
        int open = 0;
        int overdue = 0;
        int notChased = 0;
        for (EscalationLine line : all) {
            if (n != null && !n.id().equals(line.nurseId())) {
                continue;
            }
            if (!line.closed()) {
                open += line.escalation() == null ? 0 : 1;
                notChased += line.escalation() == null ? 1 : 0;
                overdue += line.stepOverdue(day) ? 1 : 0;
            }
            if (showClosed.get() || !line.closed()) {
                shown.add(line);
            }
        }
        rows.setAll(shown);
        summary.set(Messages.format("escalations.summary", open, overdue, notChased, Tables.date(day)));
        if (was != null) {
            selected.set(shown.stream().filter(l -> sameDuty(l, was)).findFirst().orElse(null));
        }
    }

    private static boolean sameDuty(EscalationLine a, EscalationLine b) {
        return a.childId() == b.childId() && a.type() == b.type() && a.dueDate().equals(b.dueDate());
    }

    /** Starts a change to the selected line, with the form filled as the team would most often want it. */
    public void start(Action what) {
        EscalationLine line = selected.get();
        if (line == null || what == Action.NONE) {
            return;
        }
        problems.clear();
        message.set("");
        unreadableDate = false;
        filling = true;
        date.set(day);
        contact.set("");
        text.set("");
        hostArea.set(line.hostArea() == null ? "" : line.hostArea());
        hostProvider.set(line.hostProvider() == null ? "" : line.hostProvider());
        level.set(Math.min(4, line.level() + 1));
        filling = false;
        edited = false;
        if (what == Action.RESPONSE && line.lastStep() == null) {
            message.set(Messages.get("escalations.noStepYet"));
            return;
        }
        if (line.closed()) {
            message.set(Messages.get("escalations.alreadyClosed"));
            return;
        }
        if (what == Action.CLOSE && line.escalation() == null) {
            message.set(Messages.get("escalations.noStepYet"));
            return;
        }
        if (what == Action.CLOSE) {
            filling = true;
            text.set(line.done() ? Messages.get("escalations.closeNote.done") : "");
            filling = false;
        }
        action.set(what);
        showResponseDue();
    }

    public void cancel() {
        action.set(Action.NONE);
        problems.clear();
        edited = false;
    }

    /** The date field holds text that is not a date. */
    public void unreadableDate(boolean unreadable) {
        unreadableDate = unreadable;
        if (unreadable) {
            problems.put("stepDate", Messages.get("form.dateUnreadable"));
        } else {
            problems.remove("stepDate");
        }
    }

    private void showResponseDue() {
        LocalDate d = date.get();
        if (action.get() != Action.STEP || d == null) {
            responseDue.set("");
            return;
        }
        runner.task(progress -> service.responseDue(d)).onSuccess(due -> {
            if (d.equals(date.get())) {
                responseDue.set(Tables.date(due));
            }
        }).start();
    }

    /** Deletes the chosen line's last step, logged in error, in the background (audited). */
    public void deleteStep(EscalationStep step) {
        EscalationLine line = selected.get();
        if (line == null || step == null || saving.get()) {
            return;
        }
        change(line, () -> service.deleteStep(line, step), "escalations.stepDeleted");
    }

    /** Reopens the chosen closed escalation in the background (audited); the line is then read again. */
    public void reopen() {
        EscalationLine line = selected.get();
        if (line == null || !line.closed() || saving.get()) {
            return;
        }
        change(line, () -> service.reopen(line), "escalations.reopened");
    }

    private interface Change {
        void run();
    }

    /** One change to a line's escalation in the background, then the child's lines read again; a refusal said. */
    private void change(EscalationLine line, Change work, String doneKey) {
        List<EscalationLine> before = all;
        LocalDate today = day;
        saving.set(true);
        runner.task(progress -> {
            work.run();
            return LINES.replace(before, line.childId(), service.linesOf(line.childId(), today));
        }).onSuccess(fresh -> {
            saving.set(false);
            put(fresh);
            message.set(Messages.get(doneKey));
            onChanged.accept(line.childId());
        }).onFailure(lactracker.ui.SaveFailure.shown(() -> saving.set(false), null, message, null, LOG,
                "An escalation could not be changed (" + doneKey + ")", logFolder)).start();
    }

    /** Checks and saves the change in the background; the line is then read again. */
    public void save() {
        EscalationLine line = selected.get();
        Action what = action.get();
        if (line == null || what == Action.NONE || saving.get()) {
            return;
        }
        if (unreadableDate) {
            message.set(Messages.get("escalations.notSaved"));
            return;
        }
        List<EscalationLine> before = all;
        saving.set(true);
        Integer lvl = level.get();
        LocalDate d = date.get();
        String c = contact.get();
        String t = text.get();
        String area = hostArea.get();
        String provider = hostProvider.get();
        LocalDate today = day;
        runner.task(progress -> {
            switch (what) {
                case STEP -> service.addStep(line, lvl == null ? 0 : lvl, d, c, t, area, provider);
                case RESPONSE -> service.recordResponse(line, d, t);
                case CLOSE -> service.close(line, d, t);
                default -> throw new IllegalStateException();
            }
            return LINES.replace(before, line.childId(), service.linesOf(line.childId(), today));
        }).onSuccess(fresh -> {
            saving.set(false);
            action.set(Action.NONE);
            problems.clear();
            edited = false;
            put(fresh);
            message.set(Messages.get(switch (what) {
                case STEP -> "escalations.saved.step";
                case RESPONSE -> "escalations.saved.response";
                default -> "escalations.saved.closed";
            }));
            onChanged.accept(line.childId());
        }).onFailure(lactracker.ui.SaveFailure.shown(() -> saving.set(false), problems, message, "escalations.notSaved",
                LOG, "An escalation could not be saved", logFolder)).start();
    }

    public ObservableList<EscalationLine> rows() {
        return rows;
    }

    /** The selected line's steps, oldest first. */
    public ObservableList<EscalationStep> steps() {
        return steps;
    }

    public ObservableList<TeamMember> nurses() {
        return nurses;
    }

    public BooleanProperty showClosedProperty() {
        return showClosed;
    }

    public ObjectProperty<TeamMember> nurseProperty() {
        return nurse;
    }

    public ObjectProperty<EscalationLine> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Action> actionProperty() {
        return action.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The response due date a step on the typed date would get, from the settings. */
    public ReadOnlyStringProperty responseDueProperty() {
        return responseDue.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    /** Today, as the list was read; null before the first reading. */
    public LocalDate day() {
        return day;
    }
}
