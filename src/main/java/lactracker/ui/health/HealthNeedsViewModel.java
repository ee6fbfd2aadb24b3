package lactracker.ui.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lactracker.app.AuditService;
import lactracker.domain.AuditMeasure;
import lactracker.domain.AuditRow;
import lactracker.domain.AuditSubject;
import lactracker.domain.HealthNeeds;
import lactracker.domain.Named;
import lactracker.domain.Placement;
import lactracker.domain.ScreeningItem;
import lactracker.domain.ScreeningOutcome;
import lactracker.domain.SdqBand;
import lactracker.ui.Messages;
import lactracker.ui.Tables;
import lactracker.ui.task.BackgroundTask;
import lactracker.ui.task.Latest;
import lactracker.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Health needs screen's state (issue 24): the day (today at first), the children it is about (every
 * nurse's or one's, anywhere or placed in or out of county), the health-needs rows worked out in the
 * background for that day, the children behind the chosen row, and the charts' figures. A change of nurse
 * or placement counts the day's rows again for those children without reading the caseload again.
 */
public final class HealthNeedsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(HealthNeedsViewModel.class);

    /** Whose children: every nurse's, one nurse's, or those with no nurse allocated. */
    public record NurseChoice(Long nurseId, String name, boolean none) {
        boolean takes(HealthNeeds.Member m) {
            return none ? m.nurseId() == null : nurseId == null || nurseId.equals(m.nurseId());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Whose commissioner: every one, one commissioner's children, or those with none known on the day. */
    public record CommissionerChoice(String code, String name, boolean none) {
        boolean takes(HealthNeeds.Member m) {
            return none ? m.commissioner() == null : code == null || code.equals(m.commissioner());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Where the children are placed on the day. */
    public enum Where {
        ANYWHERE("health.where.anywhere", null),
        IN_COUNTY("health.where.in", Placement.IN_COUNTY),
        OUT_OF_COUNTY("health.where.out", Placement.OUT_OF_COUNTY);

        private final String key;
        private final Placement placement;

        Where(String key, Placement placement) {
            this.key = key;
            this.placement = placement;
        }

        boolean takes(HealthNeeds.Member m) {
            return placement == null || placement == m.placement();
        }

        public String words() {
            return Messages.get(key);
        }
    }

    /** One bar or slice of a chart: its words and its count or percent. */
    public record Bar(String label, Number value) {
    }

    /** One screening item's outcomes counted, for the stacked chart: the count of each outcome, and none recorded. */
    public record Screening(String item, Map<String, Long> outcomes) {
    }

    private final TaskRunner runner;
    private final AuditService service;
    private final String logFolder;
    public final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    public final ObjectProperty<NurseChoice> nurse = new SimpleObjectProperty<>(this, "nurse");
    public final ObjectProperty<Where> where = new SimpleObjectProperty<>(this, "where", Where.ANYWHERE);
    public final ObjectProperty<CommissionerChoice> commissioner = new SimpleObjectProperty<>(this, "commissioner");
    private final ObservableList<NurseChoice> nurses = FXCollections.observableArrayList();
    private final ObservableList<CommissionerChoice> commissioners = FXCollections.observableArrayList();
    private final ObservableList<AuditRow> lines = FXCollections.observableArrayList();
    private final ObservableList<AuditSubject> subjects = FXCollections.observableArrayList();
    private final ObjectProperty<AuditRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Bar> sdq = FXCollections.observableArrayList();
    private final ObservableList<Bar> upToDate = FXCollections.observableArrayList();
    private final ObservableList<Screening> screening = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final Latest latest = new Latest();
    private BackgroundTask<?> computing;
    private AuditService.HealthNeedsDay worked;
    private boolean unreadable;

    public HealthNeedsViewModel(TaskRunner runner, AuditService service, String logFolder) {
        this.runner = runner;
        this.service = service;
        this.logFolder = logFolder;
        day.set(service.today());
        NurseChoice all = new NurseChoice(null, Messages.get("health.nurse.all"), false);
        nurses.add(all);
        nurse.set(all);
        CommissionerChoice any = new CommissionerChoice(null, Messages.get("health.commissioner.all"), false);
        commissioners.add(any);
        commissioner.set(any);
        nurse.addListener((o, a, n) -> regroupUnlessRestoring());
        commissioner.addListener((o, a, c) -> regroupUnlessRestoring());
        where.addListener((o, a, w) -> regroup());
        selected.addListener((o, a, row) -> subjects.setAll(row == null ? List.of() : row.subjects()));
    }

    /** The day field holds text that is not a date: nothing is worked out until it reads. */
    public void unreadableDate(boolean bad) {
        unreadable = bad;
        message.set(bad ? Messages.get("health.problem.unreadable") : "");
    }

    /** Works the day's figures out in the background, then counts them for the children chosen. */
    public void compute() {
        if (unreadable || day.get() == null) {
            message.set(Messages.get("health.problem.unreadable"));
            return;
        }
        LocalDate on = day.get();
        NurseChoice who = nurse.get();
        Where place = where.get();
        CommissionerChoice whose = commissioner.get();
        var mine = latest.next();
        working.set(true);
        message.set(Messages.get("health.working"));
        long started = System.nanoTime();
        BackgroundTask<Shown> task = runner.task(progress -> {
            AuditService.HealthNeedsDay result = service.healthNeeds(on, progress::isCancelled);
            return new Shown(result, show(result, who, place, whose));
        }).whileNewest(mine);
        computing = task;
        task.onCancelled(() -> {
            working.set(false);
            message.set(Messages.get("health.stopped"));
        }).onSuccess(shown -> {
            LOG.info("Health needs worked out in {} ms", (System.nanoTime() - started) / 1_000_000);
            worked = shown.day();
            nurses.setAll(nurseChoices(worked));
            commissioners.setAll(commissionerChoices(worked));
            NurseChoice kept = nurses.stream().filter(n -> n.equals(who)).findFirst().orElse(nurses.get(0));
            CommissionerChoice keptWhose = commissioners.stream().filter(c -> c.equals(whose)).findFirst()
                    .orElse(commissioners.get(0));
            message.set("");
            working.set(false);
            if (kept.equals(who) && who.equals(nurse.get()) && place == where.get() && keptWhose.equals(whose)
                    && whose.equals(commissioner.get())) {
                put(shown.figures());
            } else {
                // The choice changed meanwhile, or the nurse left the team (then every nurse's children), or
                // the commissioner is no longer in the table: counted once, for the choice as it now stands.
                restoring = true;
                nurse.set(kept);
                commissioner.set(keptWhose);
                restoring = false;
                regroup();
            }
        }).onFailure(error -> {
            working.set(false);
            LOG.error("The health needs could not be worked out", error);
            message.set(Messages.forError(error, logFolder));
        }).start();
    }

    /** Stops working the figures out; what was shown before stays. */
    public void stop() {
        if (computing != null && working.get()) {
            computing.cancel();
        }
    }

    /** The day's figures worked out, with those of the children chosen. */
    private record Shown(AuditService.HealthNeedsDay day, Figures figures) {
    }

    /** What the screen shows for the children chosen. */
    private record Figures(LocalDate day, List<AuditRow> rows, long lookedAfter, long careLeavers) {
    }

    private boolean restoring;

    private void regroupUnlessRestoring() {
        if (!restoring) {
            regroup();
        }
    }

    /** Counts the day's rows again for the nurse and placement now chosen (in the background: a national day is large). */
    private void regroup() {
        AuditService.HealthNeedsDay current = worked;
        if (current == null || working.get()) {
            return;
        }
        NurseChoice who = nurse.get();
        Where place = where.get();
        CommissionerChoice whose = commissioner.get();
        var mine = latest.next();
        runner.task(progress -> show(current, who, place, whose)).whileNewest(mine)
                .onSuccess(this::put)
                .onFailure(error -> {
                    LOG.error("The health needs could not be counted again", error);
                    message.set(Messages.forError(error, logFolder));
                }).start();
    }

    private static Figures show(AuditService.HealthNeedsDay day, NurseChoice who, Where place, CommissionerChoice whose) {
        Predicate<HealthNeeds.Member> keep = m -> (who == null || who.takes(m)) && (place == null || place.takes(m))
                && (whose == null || whose.takes(m));
        long lookedAfter = 0;
        long careLeavers = 0;
        for (HealthNeeds.Member m : HealthNeeds.members(day.sheet())) {
            if (keep.test(m)) {
                if (m.careLeaver()) {
                    careLeavers++;
                } else {
                    lookedAfter++;
                }
            }
        }
        boolean everyone = (who == null || who.nurseId() == null && !who.none()) && (place == null || place == Where.ANYWHERE)
                && (whose == null || whose.code() == null && !whose.none());
        List<AuditRow> rows = everyone ? HealthNeeds.rows(day.sheet()) : HealthNeeds.of(day.sheet(), keep);
        return new Figures(day.sheet().period().to(), rows, lookedAfter, careLeavers);
    }

    private void put(Figures f) {
        String chosen = selected.get() == null ? null : selected.get().id();
        lines.setAll(f.rows());
        selected.set(f.rows().stream().filter(r -> r.id().equals(chosen)).findFirst().orElse(null));
        heading.set(Messages.format("health.heading", Tables.date(f.day()), f.lookedAfter(), f.careLeavers()));
        Map<AuditMeasure, AuditRow> byId = new java.util.EnumMap<>(AuditMeasure.class);
        f.rows().forEach(r -> byId.put(AuditMeasure.byId(r.id()), r));
        List<Bar> bands = new ArrayList<>();
        for (SdqBand band : SdqBand.values()) {
            bands.add(new Bar(Messages.get(band.key()), byId.get(HealthNeeds.sdqRow(band)).numerator()));
        }
        bands.add(new Bar(Messages.get("health.sdq.none"), byId.get(HealthNeeds.sdqRow(null)).numerator()));
        sdq.setAll(bands);
        upToDate.setAll(List.of(
                new Bar(Messages.get("health.chart.immunisations"), percent(byId.get(AuditMeasure.NEEDS_IMMUNISATIONS_UP_TO_DATE))),
                new Bar(Messages.get("health.chart.dental"), percent(byId.get(AuditMeasure.NEEDS_DENTAL_CHECK_UP_TO_DATE))),
                new Bar(Messages.get("health.chart.passport"), percent(byId.get(AuditMeasure.NEEDS_HEALTH_PASSPORT))),
                new Bar(Messages.get("health.chart.careLeaverSummary"),
                        percent(byId.get(AuditMeasure.NEEDS_CARE_LEAVER_SUMMARY_GIVEN)))));
        List<Screening> items = new ArrayList<>();
        for (ScreeningItem item : ScreeningItem.values()) {
            Map<String, Long> outcomes = new LinkedHashMap<>();
            for (ScreeningOutcome o : ScreeningOutcome.values()) {
                outcomes.put(Messages.get(Named.key(o)), byId.get(HealthNeeds.screeningRow(item, o)).numerator());
            }
            outcomes.put(Messages.get("health.notRecorded"), byId.get(HealthNeeds.screeningRow(item, null)).numerator());
            items.add(new Screening(Messages.get(Named.key(item)), outcomes));
        }
        screening.setAll(items);
    }

    private static Number percent(AuditRow r) {
        return r.percent() == null ? 0 : r.percent();
    }

    private List<NurseChoice> nurseChoices(AuditService.HealthNeedsDay d) {
        List<NurseChoice> choices = new ArrayList<>();
        choices.add(nurses.get(0));
        d.nurses().entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .forEach(e -> choices.add(new NurseChoice(e.getKey(), e.getValue(), false)));
        choices.add(new NurseChoice(null, Messages.get("health.nurse.none"), true));
        return choices;
    }

    /** Every commissioner, those of the day's children, and "not known" when some have none. */
    private List<CommissionerChoice> commissionerChoices(AuditService.HealthNeedsDay d) {
        java.util.TreeSet<String> codes = new java.util.TreeSet<>();
        boolean unknown = false;
        for (HealthNeeds.Member m : HealthNeeds.members(d.sheet())) {
            if (m.commissioner() == null) {
                unknown = true;
            } else {
                codes.add(m.commissioner());
            }
        }
        List<CommissionerChoice> choices = new ArrayList<>();
        choices.add(commissioners.get(0));
        codes.forEach(c -> choices.add(new CommissionerChoice(c, c, false)));
        if (unknown && !codes.isEmpty()) {
            choices.add(new CommissionerChoice(null, Messages.get("health.commissioner.none"), true));
        }
        return choices;
    }

    public ObservableList<CommissionerChoice> commissioners() {
        return commissioners;
    }

    public ObservableList<NurseChoice> nurses() {
        return nurses;
    }

    public ObservableList<AuditRow> lines() {
        return lines;
    }

    /** The children behind the chosen row, each marked with whether it is counted. */
    public ObservableList<AuditSubject> subjects() {
        return subjects;
    }

    public ObjectProperty<AuditRow> selectedProperty() {
        return selected;
    }

    /** Children aged 4-16 in each SDQ band, and with none recorded. */
    public ObservableList<Bar> sdq() {
        return sdq;
    }

    /** Percent up to date: immunisations, dental check, passport; care leavers' summaries. */
    public ObservableList<Bar> upToDate() {
        return upToDate;
    }

    /** UASC children by each screening item's outcome. */
    public ObservableList<Screening> screening() {
        return screening;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
