package lactracker.ui.child;

import static lactracker.ui.Tables.column;
import static lactracker.ui.Tables.date;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lactracker.app.ChildRecord;
import lactracker.app.ChildrenService;
import lactracker.domain.AssessmentType;
import lactracker.domain.Child;
import lactracker.domain.ChildSummary;
import lactracker.domain.Escalation;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Payment;
import lactracker.domain.Sex;
import lactracker.domain.TeamMember;
import lactracker.domain.UascReviews;
import lactracker.ui.Forms;
import lactracker.ui.Labels;
import lactracker.ui.Messages;
import lactracker.ui.Tables;

/**
 * A child's record: who they are (the team's fields editable, the extract's shown with their source),
 * their care, duties, assessments, dental history, UASC review, escalations, payments and every change.
 */
public final class ChildRecordView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final ChildRecordViewModel model;
    private final VBox root;
    private final Label name = new Label();
    private final Label facts = new Label();
    private final Label nextDuty = new Label();
    private final VBox extractFields = new VBox(4);
    private final TableView<ChildRecord.EpisodeLine> care = new TableView<>();
    private final TableView<ChildRecord.DutyLine> duties = new TableView<>();
    private final TableView<HealthAssessment> assessments = new TableView<>();
    private final TableView<HealthAssessment> dental = new TableView<>();
    private final VBox uasc = new VBox(8);
    private final TableView<Escalation> escalations = new TableView<>();
    private final TableView<Payment> payments = new TableView<>();
    private final TableView<lactracker.domain.AuditEntry> changes = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final Tab uascTab = new Tab();
    private final Button logAssessment = new Button(Messages.get("child.log"));
    private final Button backButton = new Button();
    private final TextField laChildId = new TextField();
    private final ComboBox<Sex> sex = new ComboBox<>(FXCollections.observableArrayList(Sex.values()));
    private final DatePicker dateOfBirth;
    private boolean focusWhenShown;

    /**
     * @param back       told when the nurse goes back to the list (after the unsaved-changes guard)
     * @param assessment told to open an assessment: an existing one, or a new one of a type for the child
     */
    public ChildRecordView(ChildRecordViewModel model, Runnable back, Consumer<AssessmentRequest> assessment) {
        this.model = model;
        this.dateOfBirth = Forms.datePicker(bad -> model.unreadableDate("dateOfBirth", bad));
        backButton.setText(Messages.get("child.back"));
        backButton.setId("child-back");
        backButton.setCancelButton(true); // Esc goes back to the list
        backButton.setOnAction(e -> back.run());
        name.getStyleClass().add("screen-title");
        name.setId("child-name");
        facts.setId("child-facts");
        facts.getStyleClass().add("record-header");
        nextDuty.setId("child-next-duty");
        nextDuty.setWrapText(true);
        logAssessment.setId("child-log-assessment");
        logAssessment.setOnAction(e -> {
            ChildRecord r = model.recordProperty().get();
            if (r != null) {
                AssessmentType type = r.summary().nextDuty() == null ? AssessmentType.RHA : r.summary().nextDuty();
                // An assessment of that type already requested and not yet finished is the one to carry on
                // (its next appointment, its outcome), not a second record typed from scratch.
                Long inProgress = r.facts().record().assessments().stream()
                        .filter(a -> a.type() == type && a.outcome() == null && a.id() != null)
                        .reduce((a, b) -> b).map(HealthAssessment::id).orElse(null);
                assessment.accept(new AssessmentRequest(r.facts().child().id(), inProgress, type));
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox next = new HBox(12, nextDuty, spacer, logAssessment);
        next.setAlignment(Pos.CENTER_LEFT);
        next.getStyleClass().add("next-duty");
        next.visibleProperty().bind(model.newChildProperty().not());
        next.managedProperty().bind(next.visibleProperty());
        javafx.scene.control.MenuItem summary = new javafx.scene.control.MenuItem(Messages.get("child.document.summary"));
        summary.setId("child-summary");
        summary.setOnAction(e -> chooseFile("child.document.summaryTitle", model.careLeaverSummaryName(),
                model::makeCareLeaverSummary));
        javafx.scene.control.MenuItem ihaRequest = new javafx.scene.control.MenuItem(Messages.get("child.document.iha"));
        ihaRequest.setId("child-iha-request");
        ihaRequest.setOnAction(e -> chooseFile("child.document.ihaTitle", model.ihaRequestName(), model::makeIhaRequest));
        javafx.scene.control.MenuButton documents = new javafx.scene.control.MenuButton(Messages.get("child.documents"),
                null, ihaRequest, summary);
        documents.setId("child-documents");
        documents.setTooltip(new javafx.scene.control.Tooltip(Messages.get("child.documents.tip")));
        documents.disableProperty().bind(model.makingDocumentProperty());
        documents.visibleProperty().bind(model.newChildProperty().not());
        documents.managedProperty().bind(documents.visibleProperty());
        Region headerSpacer = new Region();
        HBox.setHgrow(headerSpacer, Priority.ALWAYS);
        HBox header = model.offersDocuments() ? new HBox(16, backButton, name, headerSpacer, documents)
                : new HBox(16, backButton, name);
        header.setAlignment(Pos.CENTER_LEFT);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("child-tabs");
        tabs.getTabs().add(tab("child.tab.details", "tab-details", details()));
        tabs.getTabs().add(tab("child.tab.care", "tab-care", careTable()));
        tabs.getTabs().add(tab("child.tab.duties", "tab-duties", dutiesTable()));
        tabs.getTabs().add(tab("child.tab.assessments", "tab-assessments", assessmentsPane(assessment)));
        tabs.getTabs().add(tab("child.tab.dental", "tab-dental", dentalTable()));
        uascTab.setText(Messages.get("child.tab.uasc"));
        uascTab.setId("tab-uasc");
        uascTab.setContent(new ScrollPane(uasc));
        tabs.getTabs().add(uascTab);
        tabs.getTabs().add(tab("child.tab.escalations", "tab-escalations", escalationsPane()));
        tabs.getTabs().add(tab("child.tab.changes", "tab-changes", changesTable()));
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Label message = new Label();
        message.setId("child-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.managedProperty().bind(model.messageProperty().isNotEmpty());

        root = new VBox(12, header, facts, next, message, tabs);
        root.setPadding(new Insets(16, 24, 16, 24));
        root.setId("child-record");
        root.getProperties().put(ChildRecordViewModel.class, model);
        // Ctrl+Page Down / Page Up move between the tabs from anywhere in the record.
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP)) {
                var selection = tabs.getSelectionModel();
                int n = tabs.getTabs().size();
                int i = selection.getSelectedIndex();
                do {
                    i = (i + (e.getCode() == KeyCode.PAGE_DOWN ? 1 : n - 1)) % n;
                } while (tabs.getTabs().get(i).isDisable());
                selection.select(i);
                e.consume();
            }
        });
        model.recordProperty().addListener((o, a, r) -> show(r));
        show(model.recordProperty().get());
    }

    /** What to open in the assessment form: an assessment by id, or (id null) a new one of a type. */
    public record AssessmentRequest(long childId, Long assessmentId, AssessmentType type) {
    }

    private static Tab tab(String key, String id, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setId(id);
        return t;
    }

    private Node details() {
        GridPane team = grid();
        int row = 0;
        var p = model.problems();
        TextField given = Forms.text(model.givenName);
        TextField family = Forms.text(model.familyName);
        TextField nhs = Forms.text(model.nhsNumber);
        nhs.setPromptText("999 999 9999");
        TextField gp = Forms.text(model.gpPractice);
        TextField gpCode = Forms.text(model.gpPracticeCode);
        TextField dentist = Forms.text(model.dentistPractice);
        ComboBox<TeamMember> nurse = new ComboBox<>(model.nurses());
        nurse.valueProperty().bindBidirectional(model.nurse);
        nurse.setCellFactory(l -> memberCell());
        nurse.setButtonCell(memberCell());
        nurse.setPromptText(Messages.get("children.filter.unallocated")); // shown while no nurse is chosen
        CheckBox uascFlag = new CheckBox(Messages.get("child.field.uascFlag"));
        uascFlag.selectedProperty().bindBidirectional(model.uascFlagged);
        DatePicker passport = Forms.datePicker(bad -> model.unreadableDate("healthPassportIssued", bad));
        passport.valueProperty().bindBidirectional(model.healthPassportIssued);
        DatePicker summaryGiven = Forms.datePicker(bad -> model.unreadableDate("careLeaverSummaryGiven", bad));
        summaryGiven.valueProperty().bindBidirectional(model.careLeaverSummaryGiven);
        TextArea notes = new TextArea();
        notes.textProperty().bindBidirectional(model.notes);
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        laChildId.textProperty().bindBidirectional(model.laChildId);
        sex.valueProperty().bindBidirectional(model.sex);
        sex.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Sex s) {
                return s == null ? "" : Messages.get(s == Sex.MALE ? "sex.male" : "sex.female");
            }

            @Override
            public Sex fromString(String s) {
                return null;
            }
        });
        dateOfBirth.valueProperty().bindBidirectional(model.dateOfBirth);

        Forms.row(team, row++, "child.field.laChildId", laChildId, "laChildId", p);
        Forms.row(team, row++, "child.field.sex", sex, "sex", p);
        Forms.row(team, row++, "child.field.dateOfBirth", dateOfBirth, "dateOfBirth", p);
        Forms.row(team, row++, "child.field.givenName", given, "givenName", p);
        Forms.row(team, row++, "child.field.familyName", family, "familyName", p);
        Forms.row(team, row++, "child.field.nhsNumber", nhs, "nhsNumber", p);
        Forms.row(team, row++, "child.field.gp", gp, "gpPractice", p);
        Forms.row(team, row++, "child.field.gpCode", gpCode, "gpPracticeCode", p);
        Forms.row(team, row++, "child.field.dentist", dentist, "dentistPractice", p);
        Forms.row(team, row++, "child.field.nurse", nurse, "nurse", p);
        Forms.row(team, row++, "child.field.uasc", uascFlag, "uascFlagged", p);
        Forms.row(team, row++, "child.field.passport", passport, "healthPassportIssued", p);
        Forms.row(team, row++, "child.field.summaryGiven", summaryGiven, "careLeaverSummaryGiven", p);
        Forms.row(team, row++, "child.field.notes", notes, "notes", p);

        Button save = new Button(Messages.get("child.save"));
        save.setId("child-save");
        save.setDefaultButton(false);
        save.disableProperty().bind(model.dirtyProperty().not().or(model.savingProperty()));
        save.setOnAction(e -> model.save());
        Button revert = new Button(Messages.get("child.revert"));
        revert.setId("child-revert");
        revert.disableProperty().bind(model.dirtyProperty().not());
        revert.setOnAction(e -> model.revert());
        HBox actions = new HBox(10, save, revert);
        actions.setPadding(new Insets(8, 12, 4, 12));

        Label extractTitle = new Label(Messages.get("child.extract.title"));
        extractTitle.getStyleClass().add("section-title");
        VBox extract = new VBox(8, extractTitle, extractFields);
        extract.visibleProperty().bind(model.newChildProperty().not());
        extract.managedProperty().bind(extract.visibleProperty());
        // The extract's own fields are the team's to type only for a child added by hand.
        for (Node own : List.of(laChildId, sex, dateOfBirth)) {
            own.disableProperty().bind(model.addedByHandProperty().not());
        }
        extract.setPadding(new Insets(0, 0, 0, 24));
        // Side by side when there is room; the extract's fields go below the team's at 150% on a laptop.
        javafx.scene.layout.FlowPane both = new javafx.scene.layout.FlowPane(24, 16, team, extract);
        both.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(both);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        // Save stays in sight below the fields, however small the screen.
        javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(scroll);
        pane.setBottom(actions);
        // Ctrl+S saves from anywhere in the form.
        Forms.saveShortcut(pane, model::save);
        return pane;
    }

    private static ListCell<TeamMember> memberCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TeamMember item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? Messages.get("children.filter.unallocated") : item.name());
            }
        };
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(200, 320, 480);
        fields.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }


    private Node careTable() {
        care.setId("child-care");
        care.getColumns().add(date("child.care.start", l -> l.episode().startDate(), 100));
        care.getColumns().add(date("child.care.end", l -> l.episode().endDate(), 100));
        care.getColumns().add(column("child.care.legal", l -> code("LS", l.episode().legalStatus()), 220));
        care.getColumns().add(column("child.care.placement", l -> code("PLACE", l.episode().placementType()), 260));
        care.getColumns().add(column("child.care.location", l -> Labels.of(l.placement()), 110));
        care.getColumns().add(column("child.care.reason", l -> code("RNE", l.episode().reasonNewEpisode()), 200));
        care.getColumns().add(column("child.care.ended", l -> l.episode().reasonCeased() == null ? ""
                : code("REC", l.episode().reasonCeased()), 220));
        care.setPlaceholder(new Label(Messages.get("child.care.none")));
        return care;
    }

    private static String code(String list, String code) {
        return code == null ? "" : ChildrenService.label(list, code);
    }

    private Node dutiesTable() {
        duties.setId("child-duties");
        duties.getColumns().add(column("child.duty.type", l -> Labels.of(l.duty().type()), 60));
        duties.getColumns().add(date("child.duty.period", l -> l.duty().period().start(), 110));
        duties.getColumns().add(date("child.duty.due", l -> l.duty().dueDate(), 100));
        duties.getColumns().add(date("child.duty.done", l -> l.duty().completedOn(), 100));
        duties.getColumns().add(column("child.duty.onTime", l -> l.duty().done() ? Labels.yesNo(l.duty().onTime()) : "", 70));
        var where = column("child.duty.state", ChildRecordView::dutyText, 380);
        where.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                ChildRecord.DutyLine line = empty || getTableRow() == null ? null : getTableRow().getItem();
                Tables.tone(this, line != null && line.duty().open() ? Tables.Tone.of(line.state()) : null);
            }
        });
        duties.getColumns().add(where);
        duties.setPlaceholder(new Label(Messages.get("child.duty.none")));
        return duties;
    }

    private static String dutyText(ChildRecord.DutyLine l) {
        if (!l.duty().required()) {
            return Messages.get(switch (l.duty().notRequired()) {
                case ASSESSED_BEFORE_PERIOD -> "duty.notRequired.before";
                case PERIOD_ENDED_BEFORE_DUE -> "duty.notRequired.ended";
                case CLINICIAN_DECISION -> "duty.notRequired.clinician";
                case NOT_LOOKED_AFTER_ON_DUE_DATE -> "duty.notRequired.notLookedAfter";
            });
        }
        if (l.duty().done()) {
            return Messages.get(l.duty().onTime() ? "duty.doneOnTime" : "duty.doneLate");
        }
        String attempts = l.duty().attempts().isEmpty() ? "" : " " + Messages.format("duty.attempts", l.duty().attempts().size());
        return Labels.of(l.state()) + attempts;
    }

    private Node assessmentsPane(Consumer<AssessmentRequest> open) {
        assessments.setId("child-assessments");
        assessments.getColumns().add(column("child.assessment.type", a -> Labels.of(a.type()), 60));
        assessments.getColumns().add(date("child.assessment.requested", HealthAssessment::requestReceived, 110));
        assessments.getColumns().add(column("child.assessment.outcome", a -> a.outcome() == null
                ? Messages.get("child.assessment.inProgress") : Labels.of(a.outcome()), 130));
        assessments.getColumns().add(date("child.assessment.date", HealthAssessment::outcomeDate, 100));
        assessments.getColumns().add(column("child.assessment.practitioner", a -> a.practitionerName() == null ? ""
                : a.practitionerName(), 170));
        assessments.getColumns().add(column("child.assessment.provider", a -> a.provider() == null ? "" : a.provider()
                + (a.outOfArea() ? " " + Messages.get("child.assessment.outOfArea") : ""), 230));
        assessments.setPlaceholder(new Label(Messages.get("child.assessment.none")));
        Runnable openSelected = () -> {
            HealthAssessment a = assessments.getSelectionModel().getSelectedItem();
            if (a != null) {
                open.accept(new AssessmentRequest(a.childId(), a.id(), a.type()));
            }
        };
        assessments.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
                e.consume();
            }
        });
        assessments.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<HealthAssessment>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openSelected.run();
                }
            });
            return row;
        });
        Button newIha = new Button(Messages.get("child.assessment.newIha"));
        newIha.setId("child-new-iha");
        Button newRha = new Button(Messages.get("child.assessment.newRha"));
        newRha.setId("child-new-rha");
        Button openButton = new Button(Messages.get("child.assessment.open"));
        openButton.setId("child-open-assessment");
        openButton.disableProperty().bind(assessments.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> openSelected.run());
        newIha.setOnAction(e -> childId().ifPresent(id -> open.accept(new AssessmentRequest(id, null, AssessmentType.IHA))));
        newRha.setOnAction(e -> childId().ifPresent(id -> open.accept(new AssessmentRequest(id, null, AssessmentType.RHA))));
        HBox buttons = new HBox(10, newIha, newRha, openButton);
        VBox box = new VBox(8, buttons, assessments);
        box.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(assessments, Priority.ALWAYS);
        return box;
    }

    private java.util.Optional<Long> childId() {
        ChildRecord r = model.recordProperty().get();
        return r == null ? java.util.Optional.empty() : java.util.Optional.of(r.facts().child().id());
    }

    private Node dentalTable() {
        dental.setId("child-dental");
        dental.getColumns().add(column("child.assessment.type", a -> Labels.of(a.type()), 60));
        dental.getColumns().add(date("child.assessment.date", HealthAssessment::outcomeDate, 100));
        dental.getColumns().add(column("child.dental.registered", a -> a.dental().registeredWithDentist() == null ? ""
                : Labels.of(a.dental().registeredWithDentist()), 90));
        dental.getColumns().add(column("child.dental.practice", a -> a.dental().practice() == null ? "" : a.dental().practice(), 170));
        dental.getColumns().add(date("child.dental.check", a -> a.dental().lastCheckDate(), 110));
        dental.getColumns().add(column("child.dental.caries", a -> a.dental().cariesFound() == null
                ? Messages.get("child.dental.notRecorded") : Labels.yesNo(a.dental().cariesFound()), 100));
        dental.getColumns().add(date("child.dental.referral", a -> a.dental().referralDate(), 100));
        dental.getColumns().add(date("child.dental.followUp", a -> a.dental().followUpDate(), 140));
        dental.setPlaceholder(new Label(Messages.get("child.dental.none")));
        return dental;
    }

    private Node escalationsPane() {
        escalations.setId("child-escalations");
        escalations.getColumns().add(column("child.escalation.type", e -> Labels.of(e.type()), 60));
        escalations.getColumns().add(date("child.escalation.due", Escalation::dutyDueDate, 100));
        escalations.getColumns().add(column("child.escalation.host", e -> e.hostArea() + " / " + e.hostProvider(), 240));
        escalations.getColumns().add(date("child.escalation.opened", Escalation::openedOn, 100));
        escalations.getColumns().add(column("child.escalation.level", e -> e.steps().isEmpty() ? ""
                : String.valueOf(e.steps().get(e.steps().size() - 1).level()), 60));
        escalations.getColumns().add(date("child.escalation.closed", Escalation::closedOn, 100));
        escalations.setPlaceholder(new Label(Messages.get("child.escalation.none")));
        escalations.setPrefHeight(160);
        payments.setId("child-payments");
        payments.getColumns().add(date("child.payment.invoice", Payment::invoiceReceived, 110));
        payments.getColumns().add(column("child.payment.amount", p -> "£" + p.amount().toPlainString(), 90));
        payments.getColumns().add(column("child.payment.verified", p -> Labels.yesNo(p.commissionerVerified()), 90));
        payments.getColumns().add(date("child.payment.paid", Payment::paidOn, 100));
        payments.setPlaceholder(new Label(Messages.get("child.payment.none")));
        payments.setPrefHeight(140);
        Label e = new Label(Messages.get("child.escalation.title"));
        e.getStyleClass().add("section-title");
        Label p = new Label(Messages.get("child.payment.title"));
        p.getStyleClass().add("section-title");
        Button toEscalations = new Button(Messages.get("child.escalation.open"));
        toEscalations.setId("child-open-escalations");
        toEscalations.setOnAction(x -> openOn(openEscalations));
        Button toPayments = new Button(Messages.get("child.payment.open"));
        toPayments.setId("child-open-payments");
        toPayments.setOnAction(x -> openOn(openPayments));
        VBox box = new VBox(8, e, escalations, toEscalations, p, payments, toPayments);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private java.util.function.LongConsumer openEscalations = id -> { };
    private java.util.function.LongConsumer openPayments = id -> { };

    /** Where "Show on the Escalations screen" goes, with the child's id. */
    public void setOnOpenEscalations(java.util.function.LongConsumer open) {
        openEscalations = open;
    }

    /** Where "Show on the Payments screen" goes, with the child's id. */
    public void setOnOpenPayments(java.util.function.LongConsumer open) {
        openPayments = open;
    }

    private void openOn(java.util.function.LongConsumer open) {
        ChildRecord r = model.recordProperty().get();
        if (r != null) {
            open.accept(r.summary().childId());
        }
    }

    private Node changesTable() {
        changes.setId("child-changes");
        changes.getColumns().add(column("child.change.when", a -> WHEN.format(a.changedAt().atZone(ZoneId.systemDefault())), 140));
        changes.getColumns().add(column("child.change.who", lactracker.domain.AuditEntry::username, 110));
        changes.getColumns().add(column("child.change.what", lactracker.app.ChangeWords::what, 180));
        // The team's names by id, made once per reading of the team rather than once per cell drawn.
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        model.nurses().addListener((javafx.collections.ListChangeListener<TeamMember>) c -> {
            names.clear();
            model.nurses().forEach(m -> names.put(m.id(), m.name()));
        });
        changes.getColumns().add(Tables.text("child.change.values", a -> lactracker.app.ChangeWords.values(a, names), 620));
        changes.setPlaceholder(new Label(Messages.get("child.change.none")));
        return changes;
    }

    private void show(ChildRecord r) {
        logAssessment.setDisable(r == null);
        for (Tab t : tabs.getTabs()) {
            t.setDisable(r == null && !t.getId().equals("tab-details"));
        }
        if (r == null) {
            name.setText(Messages.get("child.new"));
            facts.setText(Messages.get("child.new.text"));
            nextDuty.setText("");
            extractFields.getChildren().clear();
            return;
        }
        Child c = r.facts().child();
        ChildSummary s = r.summary();
        name.setText(s.displayName());
        List<String> parts = new ArrayList<>();
        parts.add(Messages.format("child.header.la", c.laChildId()));
        if (c.nhsNumber() != null) {
            parts.add(Messages.format("child.header.nhs", lactracker.domain.NhsNumber.format(c.nhsNumber())));
        }
        parts.add(Messages.format("child.header.born", Tables.date(c.dateOfBirth()), s.age()));
        parts.add(Labels.of(s.careStatus()));
        if (s.placement() != null) {
            parts.add(Labels.of(s.placement()));
        }
        if (s.uasc()) {
            parts.add(Messages.get("child.header.uasc"));
        }
        facts.setText(String.join("  ·  ", parts));
        nextDuty.setText(s.nextDuty() == null ? Messages.get("child.next.none")
                : Messages.format("child.next", Labels.of(s.nextDuty()), Tables.date(s.nextDue()), Labels.of(s.state())));
        nextDuty.getStyleClass().removeIf(x -> x.startsWith("state-"));
        nextDuty.getStyleClass().add("state-" + s.state().name());

        extractFields.getChildren().setAll(
                extract("child.extract.la", c.laChildId()),
                extract("child.extract.sex", Messages.get(c.sex() == Sex.MALE ? "sex.male" : "sex.female")),
                extract("child.extract.born", Tables.date(c.dateOfBirth())),
                extract("child.extract.ethnicity", c.ethnicity() == null ? "" : code("ETHNIC", c.ethnicity())),
                extract("child.extract.upn", c.upn() == null ? "" : c.upn()),
                extract("child.extract.uasc", c.uascIn903() ? Labels.yesNo(true)
                        + (c.uascCeasedOn() == null ? "" : " " + Messages.format("child.extract.uascUntil", Tables.date(c.uascCeasedOn())))
                        : Labels.yesNo(false)),
                extract("child.extract.source", Messages.get(switch (c.source()) {
                    case EXTRACT -> "child.source.extract";
                    case IMPORT -> "child.source.import";
                    case MANUAL -> "child.source.manual";
                })));

        care.getItems().setAll(r.episodes());
        duties.getItems().setAll(r.duties());
        List<HealthAssessment> all = r.facts().record().assessments();
        assessments.getItems().setAll(all);
        dental.getItems().setAll(all.stream().filter(a -> !a.dental().equals(lactracker.domain.DentalFindings.NONE)).toList());
        escalations.getItems().setAll(r.facts().record().escalations());
        payments.getItems().setAll(r.facts().record().payments());
        List<lactracker.domain.AuditEntry> newestFirst = new ArrayList<>(r.auditTrail());
        java.util.Collections.reverse(newestFirst);
        changes.getItems().setAll(newestFirst);
        uascTab.setDisable(!c.uascIn903() && !c.uascFlagged());
        uasc.getChildren().setAll(uascReviews(all));
        if (focusWhenShown) {
            focusWhenShown = false;
            logAssessment.requestFocus();
        }
    }

    private static List<Node> uascReviews(List<HealthAssessment> all) {
        List<Node> nodes = new ArrayList<>();
        for (HealthAssessment a : all) {
            if (a.uascReview() == null) {
                continue;
            }
            Label title = new Label(Messages.format("child.uasc.review", Labels.of(a.type()),
                    a.outcomeDate() == null ? Messages.get("child.assessment.inProgress") : Tables.date(a.outcomeDate()),
                    Messages.get(UascReviews.complete(a.uascReview()) ? "child.uasc.complete" : "child.uasc.incomplete")));
            title.getStyleClass().add("section-title");
            nodes.add(title);
            for (var s : a.uascReview().screening()) {
                nodes.add(new Label("  " + s.item() + ": " + s.outcome() + (s.offeredOn() == null ? ""
                        : " (" + Tables.date(s.offeredOn()) + ")")));
            }
        }
        if (nodes.isEmpty()) {
            nodes.add(new Label(Messages.get("child.uasc.none")));
        }
        VBox box = new VBox(4);
        box.getChildren().addAll(nodes);
        box.setPadding(new Insets(12));
        return List.of(box);
    }

    private static Node extract(String key, String value) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(150);
        Label v = new Label(value);
        v.getStyleClass().add("read-only-value");
        v.setMinWidth(Region.USE_PREF_SIZE);
        return new HBox(8, label, v);
    }

    /** The child's duties, with who they are above them, for File > Print. */
    /** Where a document goes, chosen by the nurse (offered under {@code name}); then made in the background. */
    private void chooseFile(String titleKey, String name, Consumer<java.nio.file.Path> make) {
        java.nio.file.Path chosen = lactracker.ui.SaveDialog.ask(root().getScene() == null ? null : root().getScene().getWindow(),
                titleKey, "child.document.pdf", "pdf", name);
        if (chosen != null) {
            make.accept(chosen);
        }
    }

    public lactracker.ui.print.Printout printout() {
        return lactracker.ui.print.Printout.of(duties, Messages.format("print.child", name.getText()), facts.getText());
    }

    /** Names where Back goes: {@code screenTitle}, or the list of children for null. */
    public void setBackTo(String screenTitle) {
        backButton.setText(screenTitle == null ? Messages.get("child.back") : Messages.format("child.backTo", screenTitle));
    }

    /** Shows the tab of this id (the details for null or an unknown id). */
    public void selectTab(String id) {
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getId().equals(id)).findFirst()
                .orElse(tabs.getTabs().get(0)));
    }

    /** The tab of a child's record that an alert of {@code kind} is about. */
    public static String tabAbout(lactracker.domain.AlertKind kind) {
        return switch (kind) {
            case IHA_REQUEST_LATE, IHA_DUE_SOON, IHA_OVERDUE, RHA_DUE_SOON, RHA_OVERDUE -> "tab-duties";
            case ESCALATION_STEP_DUE, PAYMENT_UNVERIFIED -> "tab-escalations";
            case UASC_REVIEW_INCOMPLETE -> "tab-uasc";
            case DENTAL_CHECK_OVERDUE, CARIES_NOT_FOLLOWED_UP -> "tab-dental";
            case TURNING_18 -> "tab-details";
        };
    }

    public Node root() {
        return root;
    }

    /** Puts the keyboard on the first field the nurse is likely to want. */
    public void focusFirst() {
        if (model.recordProperty().get() == null && !model.loadingProperty().get()) {
            laChildId.requestFocus();
        } else if (model.loadingProperty().get()) {
            focusWhenShown = true; // the button is enabled once the record is read
        } else {
            logAssessment.requestFocus();
        }
    }
}
