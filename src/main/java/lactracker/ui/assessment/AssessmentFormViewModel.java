package lactracker.ui.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.Observable;
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
import lactracker.app.ChildRecord;
import lactracker.app.ChildrenService;
import lactracker.domain.Appointment;
import lactracker.domain.AppointmentOutcome;
import lactracker.domain.AssessmentType;
import lactracker.domain.DelayReason;
import lactracker.domain.DentalFindings;
import lactracker.domain.Duty;
import lactracker.domain.FieldProblem;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Outcome;
import lactracker.domain.PractitionerRole;
import lactracker.domain.QualityCheck;
import lactracker.domain.RecordSource;
import lactracker.domain.ScreeningItem;
import lactracker.domain.ScreeningOutcome;
import lactracker.domain.UascReview;
import lactracker.domain.UascScreening;
import lactracker.domain.YesNoUnknown;
import lactracker.ui.Labels;
import lactracker.ui.Messages;
import lactracker.ui.Tables;
import lactracker.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assessment form: everything rules.md asks an assessment to record, checked as it is typed (the
 * same checks the save makes), saved as one transaction, after which it says what is due next.
 */
public final class AssessmentFormViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AssessmentFormViewModel.class);

    /** One appointment line of the form. */
    public static final class AppointmentRow {
        final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
        final StringProperty place = new SimpleStringProperty("");
        final ObjectProperty<AppointmentOutcome> outcome = new SimpleObjectProperty<>(AppointmentOutcome.BOOKED);
        Long id;
    }

    /** One UASC screening line: when it was offered and what came of it. */
    public static final class ScreeningRow {
        final ScreeningItem item;
        final ObjectProperty<LocalDate> offeredOn = new SimpleObjectProperty<>();
        final ObjectProperty<ScreeningOutcome> outcome = new SimpleObjectProperty<>(ScreeningOutcome.PENDING);

        ScreeningRow(ScreeningItem item) {
            this.item = item;
        }
    }

    private final TaskRunner runner;
    private final ChildrenService service;
    private final String logFolder;
    private final LongConsumer saved;
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper due = new ReadOnlyStringWrapper(this, "due", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyBooleanWrapper uascChild = new ReadOnlyBooleanWrapper(this, "uascChild", false);
    private final ReadOnlyBooleanWrapper stored = new ReadOnlyBooleanWrapper(this, "stored", false);

    final ObjectProperty<AssessmentType> type = new SimpleObjectProperty<>(this, "type", AssessmentType.IHA);
    final ObjectProperty<LocalDate> requestReceived = new SimpleObjectProperty<>(this, "requestReceived");
    final ObservableList<AppointmentRow> appointments = FXCollections.observableArrayList(
            r -> new Observable[] {r.date, r.place, r.outcome});
    final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    final ObjectProperty<LocalDate> outcomeDate = new SimpleObjectProperty<>(this, "outcomeDate");
    final StringProperty notRequiredReason = new SimpleStringProperty(this, "notRequiredReason", "");
    final StringProperty practitionerName = new SimpleStringProperty(this, "practitionerName", "");
    final ObjectProperty<PractitionerRole> practitionerRole = new SimpleObjectProperty<>(this, "practitionerRole");
    final StringProperty provider = new SimpleStringProperty(this, "provider", "");
    final BooleanProperty outOfArea = new SimpleBooleanProperty(this, "outOfArea");
    final ObjectProperty<QualityCheck> qualityCheck = new SimpleObjectProperty<>(this, "qualityCheck");
    final ObjectProperty<LocalDate> qualityCheckDate = new SimpleObjectProperty<>(this, "qualityCheckDate");
    final ObjectProperty<LocalDate> healthPlanSent = new SimpleObjectProperty<>(this, "healthPlanSent");
    final ObjectProperty<YesNoUnknown> immunisations = new SimpleObjectProperty<>(this, "immunisations");
    final StringProperty sdqScore = new SimpleStringProperty(this, "sdqScore", "");
    final ObjectProperty<DelayReason> delayReason = new SimpleObjectProperty<>(this, "delayReason");
    final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    final ObjectProperty<YesNoUnknown> dentistRegistered = new SimpleObjectProperty<>(this, "dentistRegistered");
    final StringProperty dentalPractice = new SimpleStringProperty(this, "dentalPractice", "");
    final ObjectProperty<LocalDate> dentalCheckDate = new SimpleObjectProperty<>(this, "dentalCheckDate");
    final ObjectProperty<YesNoUnknown> cariesFound = new SimpleObjectProperty<>(this, "cariesFound");
    final BooleanProperty dentalReferralMade = new SimpleBooleanProperty(this, "dentalReferralMade");
    final ObjectProperty<LocalDate> dentalReferralDate = new SimpleObjectProperty<>(this, "dentalReferralDate");
    final ObjectProperty<LocalDate> dentalFollowUpDate = new SimpleObjectProperty<>(this, "dentalFollowUpDate");
    final ObjectProperty<YesNoUnknown> interpreterUsed = new SimpleObjectProperty<>(this, "interpreterUsed");
    final StringProperty interpreterLanguage = new SimpleStringProperty(this, "interpreterLanguage", "");
    final StringProperty countryOfOrigin = new SimpleStringProperty(this, "countryOfOrigin", "");
    final ObjectProperty<LocalDate> arrivedInUk = new SimpleObjectProperty<>(this, "arrivedInUk");
    final ObjectProperty<YesNoUnknown> nationalTransferScheme = new SimpleObjectProperty<>(this, "nationalTransferScheme");
    final ObjectProperty<YesNoUnknown> ageDisputed = new SimpleObjectProperty<>(this, "ageDisputed");
    final ObjectProperty<YesNoUnknown> immunisationCatchUpPlan = new SimpleObjectProperty<>(this, "immunisationCatchUpPlan");
    final ObjectProperty<YesNoUnknown> emotionalHealthScreened = new SimpleObjectProperty<>(this, "emotionalHealthScreened");
    final ObjectProperty<YesNoUnknown> mentalHealthReferral = new SimpleObjectProperty<>(this, "mentalHealthReferral");
    final ObjectProperty<YesNoUnknown> fgmRiskConsidered = new SimpleObjectProperty<>(this, "fgmRiskConsidered");
    final Map<ScreeningItem, ScreeningRow> screening = new EnumMap<>(ScreeningItem.class);

    private final Set<String> unreadable = new HashSet<>();
    private final Runnable checkSoon;
    private ChildRecord record;
    private HealthAssessment original;
    private boolean filling;
    private long checks;

    /**
     * @param saved told the child's id after each save (to bring the record and the list up to date)
     */
    public AssessmentFormViewModel(TaskRunner runner, ChildrenService service, String logFolder, LongConsumer saved) {
        this.runner = runner;
        this.service = service;
        this.logFolder = logFolder;
        this.saved = saved;
        for (ScreeningItem item : ScreeningItem.values()) {
            screening.put(item, new ScreeningRow(item));
        }
        this.checkSoon = runner.debounced(250, this::checkNow);
        List<Observable> all = new ArrayList<>(List.of(type, requestReceived, appointments, outcome, outcomeDate,
                notRequiredReason, practitionerName, practitionerRole, provider, outOfArea, qualityCheck, qualityCheckDate,
                healthPlanSent, immunisations, sdqScore, delayReason, notes, dentistRegistered, dentalPractice,
                dentalCheckDate, cariesFound, dentalReferralMade, dentalReferralDate, dentalFollowUpDate, interpreterUsed,
                interpreterLanguage, countryOfOrigin, arrivedInUk, nationalTransferScheme, ageDisputed,
                immunisationCatchUpPlan, emotionalHealthScreened, mentalHealthReferral, fgmRiskConsidered));
        for (ScreeningRow row : screening.values()) {
            all.add(row.offeredOn);
            all.add(row.outcome);
        }
        for (Observable o : all) {
            o.addListener(x -> edited());
        }
        type.addListener(x -> showDue());
    }

    /**
     * Opens the form on a child's record: an existing assessment by id, or a new one of {@code newType}.
     */
    public void open(ChildRecord childRecord, Long assessmentId, AssessmentType newType) {
        this.record = childRecord;
        HealthAssessment a = assessmentId == null ? null : childRecord.facts().record().assessments().stream()
                .filter(x -> assessmentId.equals(x.id())).findFirst().orElse(null);
        if (a == null) {
            a = new HealthAssessment(null, childRecord.facts().child().id(), newType, null, null, null, null, null,
                    newType == AssessmentType.IHA ? PractitionerRole.DOCTOR : null, null, false, null, null, null, null, null,
                    null, null, DentalFindings.NONE, List.of(), null, RecordSource.MANUAL, 0);
        }
        uascChild.set(childRecord.summary().uasc() || childRecord.facts().child().uascOn(service.today()));
        fill(a);
        message.set("");
    }

    private void fill(HealthAssessment a) {
        filling = true;
        original = a;
        stored.set(a.id() != null);
        type.set(a.type());
        requestReceived.set(a.requestReceived());
        appointments.clear();
        for (Appointment ap : a.appointments()) {
            AppointmentRow row = new AppointmentRow();
            row.id = ap.id();
            row.date.set(ap.date());
            row.place.set(ap.place() == null ? "" : ap.place());
            row.outcome.set(ap.outcome());
            watch(row);
            appointments.add(row);
        }
        outcome.set(a.outcome());
        outcomeDate.set(a.outcomeDate());
        notRequiredReason.set(text(a.notRequiredReason()));
        practitionerName.set(text(a.practitionerName()));
        practitionerRole.set(a.practitionerRole());
        provider.set(text(a.provider()));
        outOfArea.set(a.outOfArea());
        qualityCheck.set(a.qualityCheck());
        qualityCheckDate.set(a.qualityCheckDate());
        healthPlanSent.set(a.healthPlanSent());
        immunisations.set(a.immunisationsUpToDate());
        sdqScore.set(a.sdqScore() == null ? "" : String.valueOf(a.sdqScore()));
        delayReason.set(a.delayReason());
        notes.set(text(a.notes()));
        DentalFindings d = a.dental();
        dentistRegistered.set(d.registeredWithDentist());
        dentalPractice.set(text(d.practice()));
        dentalCheckDate.set(d.lastCheckDate());
        cariesFound.set(d.cariesFound() == null ? null : d.cariesFound() ? YesNoUnknown.YES : YesNoUnknown.NO);
        dentalReferralMade.set(Boolean.TRUE.equals(d.referralMade()));
        dentalReferralDate.set(d.referralDate());
        dentalFollowUpDate.set(d.followUpDate());
        UascReview u = a.uascReview();
        interpreterUsed.set(yn(u == null ? null : u.interpreterUsed()));
        interpreterLanguage.set(u == null ? "" : text(u.interpreterLanguage()));
        countryOfOrigin.set(u == null ? "" : text(u.countryOfOrigin()));
        arrivedInUk.set(u == null ? null : u.arrivedInUk());
        nationalTransferScheme.set(yn(u == null ? null : u.nationalTransferScheme()));
        ageDisputed.set(yn(u == null ? null : u.ageDisputed()));
        immunisationCatchUpPlan.set(yn(u == null ? null : u.immunisationCatchUpPlan()));
        emotionalHealthScreened.set(yn(u == null ? null : u.emotionalHealthScreened()));
        mentalHealthReferral.set(yn(u == null ? null : u.mentalHealthReferral()));
        fgmRiskConsidered.set(yn(u == null ? null : u.fgmRiskConsidered()));
        for (ScreeningRow row : screening.values()) {
            row.offeredOn.set(null);
            row.outcome.set(ScreeningOutcome.PENDING);
        }
        if (u != null) {
            for (UascScreening s : u.screening()) {
                screening.get(s.item()).offeredOn.set(s.offeredOn());
                screening.get(s.item()).outcome.set(s.outcome());
            }
        }
        unreadable.clear();
        filling = false;
        dirty.set(false);
        problems.clear();
        title.set(Messages.format(a.id() == null ? "assessment.title.new" : "assessment.title.edit", Labels.of(a.type()),
                record.summary().displayName()));
        showDue();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static YesNoUnknown yn(Boolean b) {
        return b == null ? null : b ? YesNoUnknown.YES : YesNoUnknown.NO;
    }

    private static Boolean bool(YesNoUnknown y) {
        return y == null || y == YesNoUnknown.UNKNOWN ? null : y == YesNoUnknown.YES;
    }

    /** The due date is worked out, never typed: the duty this assessment fulfils, or the open one of its type. */
    private void showDue() {
        if (record == null) {
            return;
        }
        Duty duty = null;
        if (original != null && original.id() != null) {
            duty = record.facts().duties().stream().filter(d -> d.fulfilledBy() != null
                    && original.id().equals(d.fulfilledBy().id())).findFirst().orElse(null);
        }
        if (duty == null) {
            duty = record.facts().duties().stream().filter(d -> d.open() && d.type() == type.get()).findFirst().orElse(null);
        }
        due.set(duty == null ? Messages.format("assessment.due.none", Labels.of(type.get()))
                : Messages.format("assessment.due", Labels.of(duty.type()), Tables.date(duty.dueDate())));
    }

    private void edited() {
        if (filling) {
            return;
        }
        dirty.set(true);
        message.set("");
        checkSoon.run();
    }

    /** A date field could not be read as a date (true), or reads again (false). */
    public void unreadableDate(String field, boolean bad) {
        if (bad ? unreadable.add(field) : unreadable.remove(field)) {
            edited();
        }
    }

    /** Problems found in the form itself, before the rules are asked: unreadable dates, half-given pairs. */
    private Map<String, String> formProblems() {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        for (String field : unreadable) {
            found.put(field, Messages.get("form.dateUnreadable"));
        }
        if (outcome.get() != null && outcomeDate.get() == null) {
            found.putIfAbsent("outcomeDate", Messages.get("assessment.outcomeDate.missing"));
        }
        if (outcome.get() == null && outcomeDate.get() != null) {
            found.putIfAbsent("outcome", Messages.get("assessment.outcome.missing"));
        }
        String sdq = sdqScore.get() == null ? "" : sdqScore.get().strip();
        if (!sdq.isEmpty() && !sdq.matches("\\d{1,3}")) {
            found.putIfAbsent("sdqScore", Messages.get("assessment.sdq.notNumber"));
        }
        for (int i = 0; i < appointments.size(); i++) {
            if (appointments.get(i).date.get() == null) {
                found.putIfAbsent("appointment." + i + ".date", Messages.format("assessment.appointment.noDate", i + 1));
            }
        }
        return found;
    }

    /** The assessment as typed (fields the form cannot read are left out; {@link #formProblems} names them). */
    HealthAssessment typed() {
        boolean paired = (outcome.get() == null) == (outcomeDate.get() == null);
        String sdq = sdqScore.get() == null ? "" : sdqScore.get().strip();
        Integer sdqValue = sdq.matches("\\d{1,3}") ? Integer.valueOf(sdq) : null;
        List<Appointment> aps = new ArrayList<>();
        for (AppointmentRow r : appointments) {
            if (r.date.get() != null) {
                aps.add(new Appointment(r.id, r.date.get(), blank(r.place.get()), r.outcome.get() == null
                        ? AppointmentOutcome.BOOKED : r.outcome.get(), null));
            }
        }
        DentalFindings dental = new DentalFindings(dentistRegistered.get(), blank(dentalPractice.get()),
                dentalCheckDate.get(), bool(cariesFound.get()), dentalReferralMade.get() ? Boolean.TRUE : null,
                dentalReferralDate.get(), dentalFollowUpDate.get());
        UascReview uasc = null;
        if (uascChild.get() && type.get() == AssessmentType.IHA) {
            List<UascScreening> items = new ArrayList<>();
            for (ScreeningRow r : screening.values()) {
                items.add(new UascScreening(r.item, r.offeredOn.get(), r.outcome.get() == null ? ScreeningOutcome.PENDING
                        : r.outcome.get()));
            }
            uasc = new UascReview(bool(interpreterUsed.get()), blank(interpreterLanguage.get()),
                    blank(countryOfOrigin.get()), arrivedInUk.get(), bool(nationalTransferScheme.get()),
                    bool(ageDisputed.get()), bool(immunisationCatchUpPlan.get()), bool(emotionalHealthScreened.get()),
                    bool(mentalHealthReferral.get()), bool(fgmRiskConsidered.get()), items);
        }
        HealthAssessment o = original;
        return new HealthAssessment(o.id(), o.childId(), type.get(), requestReceived.get(),
                paired ? outcome.get() : null, paired ? outcomeDate.get() : null, blank(notRequiredReason.get()),
                blank(practitionerName.get()), practitionerRole.get(), blank(provider.get()), outOfArea.get(),
                qualityCheck.get(), qualityCheckDate.get(), healthPlanSent.get(), immunisations.get(), sdqValue,
                delayReason.get(), blank(notes.get()), dental, aps, uasc, o.source(), o.version());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Runs the checks now (the form runs them a moment after the last change). */
    public void checkNow() {
        if (original == null) {
            return;
        }
        long mine = ++checks;
        Map<String, String> local = formProblems();
        HealthAssessment typed = typed();
        runner.task(progress -> service.check(typed)).onSuccess(found -> {
            if (mine == checks) {
                showProblems(local, found);
            }
        }).onFailure(error -> LOG.warn("An assessment could not be checked", error)).start();
    }

    private void showProblems(Map<String, String> local, List<FieldProblem> found) {
        problems.clear();
        problems.putAll(local);
        for (FieldProblem p : found) {
            problems.putIfAbsent(p.field(), p.message());
        }
    }

    /** Saves in the background after the same checks; then says what is due next. */
    public void save() {
        if (original == null || saving.get()) {
            return;
        }
        Map<String, String> local = formProblems();
        if (!local.isEmpty()) {
            showProblems(local, List.of());
            message.set(Messages.get("assessment.notSaved"));
            return;
        }
        saving.set(true);
        HealthAssessment typed = typed();
        checks++; // a check still running must not overwrite what the save finds
        runner.task(progress -> service.save(typed)).onSuccess(result -> {
            saving.set(false);
            var child = result.child();
            message.set(child.nextDuty() == null ? Messages.get("assessment.saved.nothingDue")
                    : Messages.format("assessment.saved", Labels.of(child.nextDuty()), Tables.date(child.nextDue()),
                            Labels.of(child.state())));
            filling = true;
            original = result.assessment();
            stored.set(true);
            filling = false;
            dirty.set(false);
            problems.clear();
            title.set(Messages.format("assessment.title.edit", Labels.of(original.type()), record.summary().displayName()));
            saved.accept(original.childId());
        }).onFailure(error -> {
            saving.set(false);
            if (error instanceof FieldProblem.Refused refused) {
                showProblems(local, refused.problems());
                message.set(Messages.get("assessment.notSaved"));
            } else if (error instanceof lactracker.domain.UserFacingException) {
                // Refused in plain words (changed at another desk since it was read): the form keeps what was typed.
                LOG.info("An assessment's save was refused ({})", error.getClass().getSimpleName());
                message.set(error.getMessage());
            } else {
                LOG.error("An assessment could not be saved", error);
                message.set(Messages.forError(error, logFolder));
            }
        }).start();
    }

    /** True for an assessment already saved (one that can be deleted). */
    public javafx.beans.property.ReadOnlyBooleanProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }

    /** The assessment as saved, in words for a question ("the IHA of 6 Feb 2017"). */
    public String described() {
        HealthAssessment a = original;
        if (a == null || a.id() == null) {
            return Messages.format("assessment.what.new", a == null ? "" : Labels.of(a.type()));
        }
        return a.outcomeDate() != null ? Messages.format("assessment.what", Labels.of(a.type()), Tables.date(a.outcomeDate()))
                : Messages.format("assessment.what.open", Labels.of(a.type()), Tables.date(a.requestReceived()));
    }

    /**
     * Deletes the saved assessment in the background (one transaction, audited); then the child's
     * record, list and alerts are read again and {@code done} is told. A refusal (an invoice or an
     * escalation rests on it) is said in the form, and nothing is deleted.
     */
    public void delete(Runnable done) {
        HealthAssessment a = original;
        if (a == null || a.id() == null || saving.get()) {
            return;
        }
        saving.set(true);
        runner.task(progress -> service.deleteAssessment(a.id())).onSuccess(child -> {
            saving.set(false);
            dirty.set(false);
            message.set(Messages.get("assessment.deleted"));
            saved.accept(a.childId());
            done.run();
        }).onFailure(error -> {
            saving.set(false);
            if (error instanceof lactracker.domain.UserFacingException) {
                message.set(error.getMessage());
            } else {
                LOG.error("An assessment could not be deleted", error);
                message.set(Messages.forError(error, logFolder));
            }
        }).start();
    }

    /** Adds an empty appointment line. */
    public void addAppointment() {
        AppointmentRow row = new AppointmentRow();
        watch(row);
        appointments.add(row);
    }

    /**
     * An appointment the child attended completes the assessment on that day, unless the outcome was
     * given already: the nurse records the attempt once, at the appointment, and the form carries it
     * to the outcome. A missed one (did not attend, refused) leaves the assessment open for its next
     * appointment, on the same record.
     */
    private void watch(AppointmentRow row) {
        Runnable carry = () -> {
            if (!filling && row.outcome.get() == AppointmentOutcome.ATTENDED && row.date.get() != null
                    && outcome.get() == null && outcomeDate.get() == null) {
                outcome.set(Outcome.COMPLETED);
                outcomeDate.set(row.date.get());
            }
        };
        row.outcome.addListener(x -> carry.run());
        row.date.addListener(x -> carry.run());
    }

    /** Removes an appointment line. */
    public void removeAppointment(AppointmentRow row) {
        appointments.remove(row);
    }

    /** Puts the form back as it was opened (or last saved). */
    public void revert() {
        if (original != null) {
            fill(original);
        }
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "IHA due 6 Feb 2017": shown, never typed. */
    public ReadOnlyStringProperty dueProperty() {
        return due.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True when the child is UASC: the IHA then carries the UASC section. */
    public ReadOnlyBooleanProperty uascChildProperty() {
        return uascChild.getReadOnlyProperty();
    }
}
