package lactracker.ui.child;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
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
import lactracker.app.ChildRecord;
import lactracker.app.ChildrenService;
import lactracker.domain.Child;
import lactracker.domain.FieldProblem;
import lactracker.domain.RecordSource;
import lactracker.domain.Sex;
import lactracker.domain.TeamMember;
import lactracker.ui.Messages;
import lactracker.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One child's record: what was read (the case, its duties and audit trail) and the team's fields being
 * edited, checked as they are typed. A child added by hand also has its 903 fields editable.
 */
public final class ChildRecordViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ChildRecordViewModel.class);

    private final TaskRunner runner;
    private final ChildrenService service;
    private final String logFolder;
    private final LongConsumer saved;
    private final ReadOnlyObjectWrapper<ChildRecord> record = new ReadOnlyObjectWrapper<>(this, "record");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyBooleanWrapper addedByHand = new ReadOnlyBooleanWrapper(this, "addedByHand", false);
    private final ReadOnlyBooleanWrapper newChild = new ReadOnlyBooleanWrapper(this, "newChild", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ObservableList<TeamMember> nurses = FXCollections.observableArrayList();

    final StringProperty laChildId = new SimpleStringProperty(this, "laChildId", "");
    final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(this, "sex");
    final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>(this, "dateOfBirth");
    final StringProperty givenName = new SimpleStringProperty(this, "givenName", "");
    final StringProperty familyName = new SimpleStringProperty(this, "familyName", "");
    final StringProperty nhsNumber = new SimpleStringProperty(this, "nhsNumber", "");
    final StringProperty gpPractice = new SimpleStringProperty(this, "gpPractice", "");
    final StringProperty gpPracticeCode = new SimpleStringProperty(this, "gpPracticeCode", "");
    final StringProperty dentistPractice = new SimpleStringProperty(this, "dentistPractice", "");
    final ObjectProperty<TeamMember> nurse = new SimpleObjectProperty<>(this, "nurse");
    final BooleanProperty uascFlagged = new SimpleBooleanProperty(this, "uascFlagged");
    final ObjectProperty<LocalDate> healthPassportIssued = new SimpleObjectProperty<>(this, "healthPassportIssued");
    final ObjectProperty<LocalDate> careLeaverSummaryGiven = new SimpleObjectProperty<>(this, "careLeaverSummaryGiven");
    final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    private final java.util.Set<String> unreadable = new java.util.HashSet<>();
    private Child original;
    private boolean filling;

    /**
     * @param saved told the child's id after each save (to bring the list up to date)
     */
    public ChildRecordViewModel(TaskRunner runner, ChildrenService service, String logFolder, LongConsumer saved) {
        this.runner = runner;
        this.service = service;
        this.logFolder = logFolder;
        this.saved = saved;
        for (var p : List.of(laChildId, sex, dateOfBirth, givenName, familyName, nhsNumber, gpPractice, gpPracticeCode,
                dentistPractice, nurse, uascFlagged, healthPassportIssued, careLeaverSummaryGiven, notes)) {
            p.addListener((o, a, b) -> edited());
        }
    }

    private java.util.function.Supplier<java.time.LocalDate> day = () -> null;
    private lactracker.app.DocumentService documents;
    private final ReadOnlyBooleanWrapper makingDocument = new ReadOnlyBooleanWrapper(this, "makingDocument", false);

    /** Where the record's documents are made (issue 24); none, and none are offered, until this is set. */
    public void setDocuments(lactracker.app.DocumentService documents) {
        this.documents = documents;
    }

    /** Whether documents can be made from this record. */
    public boolean offersDocuments() {
        return documents != null;
    }

    /** True while a document is being made. */
    public javafx.beans.property.ReadOnlyBooleanProperty makingDocumentProperty() {
        return makingDocument.getReadOnlyProperty();
    }

    /** How one of the child's documents is made, by LA id, into a file. */
    private interface Document {
        lactracker.app.DocumentService.Made make(String laChildId, java.nio.file.Path out) throws Exception;
    }

    /**
     * Makes the child's care-leaver health summary into {@code out} in the background; the message says
     * where it went, or why it was not made (a template's field and line, for one).
     */
    public void makeCareLeaverSummary(java.nio.file.Path out) {
        make(out, "child.document.made", (laChildId, file) -> documents.careLeaverSummary(laChildId, file));
    }

    /** Makes the request for the child's initial health assessment into {@code out}, in the background. */
    public void makeIhaRequest(java.nio.file.Path out) {
        make(out, "child.document.ihaMade", (laChildId, file) -> documents.ihaRequest(laChildId, file));
    }

    private void make(java.nio.file.Path out, String doneKey, Document document) {
        ChildRecord r = record.get();
        if (r == null || documents == null) {
            return;
        }
        String laChildId = r.facts().child().laChildId();
        lactracker.ui.DocumentTask.start(runner, makingDocument, message, doneKey, logFolder,
                () -> document.make(laChildId, out));
    }

    /** The file name offered for the IHA request: the child's LA id, never their name. */
    public String ihaRequestName() {
        return fileName("-iha-request.pdf");
    }

    /** The file name offered for the summary: the child's LA id, never their name. */
    public String careLeaverSummaryName() {
        return fileName("-health-summary.pdf");
    }

    private String fileName(String ending) {
        ChildRecord r = record.get();
        return (r == null ? "child" : r.facts().child().laChildId()) + ending;
    }

    /** The day the record's duties are shown as at (the Children list's), null for today. */
    public void setDay(java.util.function.Supplier<java.time.LocalDate> day) {
        this.day = day;
    }

    /** Reads the child's record in the background. */
    public void load(long childId) {
        loading.set(true);
        message.set("");
        java.time.LocalDate asAt = day.get();
        runner.task(progress -> new Loaded(service.record(childId, asAt != null ? asAt : service.today()).orElse(null),
                service.team()))
                .onSuccess(loaded -> {
                    loading.set(false);
                    nurses.setAll(loaded.team().stream().filter(TeamMember::active).toList());
                    if (loaded.record() == null) {
                        message.set(Messages.get("child.gone"));
                        return;
                    }
                    record.set(loaded.record());
                    fill(loaded.record().facts().child());
                })
                .onFailure(this::failed)
                .start();
    }

    private record Loaded(ChildRecord record, List<TeamMember> team) {
    }

    /** Starts a child added by hand: an emergency placement not yet in the extract. */
    public void startNew() {
        record.set(null);
        runner.task(progress -> service.team()).onSuccess(team -> nurses.setAll(team.stream().filter(TeamMember::active)
                .toList())).start();
        fill(new Child(null, "", Sex.FEMALE, service.today(), null, null, null, null, null, null, null, null, null,
                false, null, false, null, null, RecordSource.MANUAL, 0));
        dateOfBirth.set(null);
        dirty.set(false);
    }

    private void fill(Child c) {
        filling = true;
        original = c;
        addedByHand.set(c.source() == RecordSource.MANUAL);
        newChild.set(c.id() == null);
        laChildId.set(c.laChildId());
        sex.set(c.sex());
        dateOfBirth.set(c.dateOfBirth());
        givenName.set(text(c.givenName()));
        familyName.set(text(c.familyName()));
        nhsNumber.set(c.nhsNumber() == null ? "" : lactracker.domain.NhsNumber.format(c.nhsNumber()));
        gpPractice.set(text(c.gpPractice()));
        gpPracticeCode.set(text(c.gpPracticeCode()));
        dentistPractice.set(text(c.dentistPractice()));
        nurse.set(nurses.stream().filter(m -> m.id().equals(c.allocatedNurseId())).findFirst().orElse(null));
        uascFlagged.set(c.uascFlagged());
        healthPassportIssued.set(c.healthPassportIssued());
        careLeaverSummaryGiven.set(c.careLeaverSummaryGiven());
        notes.set(text(c.notes()));
        filling = false;
        dirty.set(false);
        problems.clear();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private void edited() {
        if (filling) {
            return;
        }
        dirty.set(true);
        message.set("");
        Child typed = typed();
        problems.clear();
        for (String field : unreadable) {
            problems.put(field, Messages.get("form.dateUnreadable"));
        }
        if (typed == null) {
            if (dateOfBirth.get() == null) {
                problems.putIfAbsent("dateOfBirth", Messages.get("child.dateOfBirth.missing"));
            }
            return;
        }
        // The checks that need no database run as the nurse types; the LA id's uniqueness is checked on save.
        for (FieldProblem p : lactracker.domain.ChildChecks.problems(typed, service.today(), false)) {
            problems.putIfAbsent(p.field(), p.message());
        }
    }

    /** The date field could not be read as a date (true), or reads again (false). */
    public void unreadableDate(String field, boolean bad) {
        if (bad ? unreadable.add(field) : unreadable.remove(field)) {
            edited();
        }
    }

    /** The child as typed, or null while a required field is empty. */
    Child typed() {
        if (original == null || dateOfBirth.get() == null || sex.get() == null) {
            return null;
        }
        Child c = original;
        Long nurseId = nurse.get() == null ? null : nurse.get().id();
        return new Child(c.id(), laChildId.get() == null ? "" : laChildId.get(), sex.get(), dateOfBirth.get(),
                c.ethnicity(), c.upn(), givenName.get(), familyName.get(), blank(nhsNumber.get()), gpPractice.get(),
                gpPracticeCode.get(), dentistPractice.get(), nurseId, c.uascIn903(), c.uascCeasedOn(), uascFlagged.get(),
                healthPassportIssued.get(), careLeaverSummaryGiven.get(), notes.get(), c.source(), c.version());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Saves the child in the background: checked again, one transaction, then the record read afresh. */
    public void save() {
        Child typed = typed();
        if (typed == null || saving.get() || !unreadable.isEmpty()) {
            edited();
            return;
        }
        saving.set(true);
        runner.task(progress -> service.save(typed)).onSuccess(child -> {
            saving.set(false);
            dirty.set(false);
            message.set(Messages.get("child.saved"));
            saved.accept(child.id());
            load(child.id());
        }).onFailure(lactracker.ui.SaveFailure.shown(() -> {
            saving.set(false);
            loading.set(false);
        }, problems, message, "child.notSaved", LOG, "A child's record could not be read or saved", logFolder)).start();
    }

    /** Puts the fields back as they were read. */
    public void revert() {
        if (original != null) {
            fill(original);
        }
    }

    private void failed(Throwable error) {
        loading.set(false);
        LOG.error("A child's record could not be read or saved", error);
        message.set(Messages.forError(error, logFolder));
    }

    /** True for a child added by hand (or being added): their 903 fields are the team's to edit. */
    public ReadOnlyBooleanProperty addedByHandProperty() {
        return addedByHand.getReadOnlyProperty();
    }

    /** True while a child is being added by hand and not yet saved: no duties, no extract to show. */
    public ReadOnlyBooleanProperty newChildProperty() {
        return newChild.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChildRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when a field was changed and not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What is wrong with each field, by the field's name. */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ObservableList<TeamMember> nurses() {
        return nurses;
    }
}
