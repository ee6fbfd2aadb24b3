package lactracker.ui.escalations;

import static lactracker.ui.Tables.column;
import static lactracker.ui.Tables.date;
import static lactracker.ui.Tables.number;

import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lactracker.app.EscalationsService.EscalationLine;
import lactracker.domain.EscalationStep;
import lactracker.domain.TeamMember;
import lactracker.ui.Forms;
import lactracker.ui.Labels;
import lactracker.ui.Messages;
import lactracker.ui.escalations.EscalationsViewModel.Action;

/**
 * Out-of-county assessments and their escalation ladders. The list above; below it the chosen one's
 * steps and the form for the next change (a step, the response, closing). Alt+T, Alt+R and Alt+L start
 * a change, Ctrl+S or the Save button saves it, Esc drops it.
 */
public final class EscalationsView {
    private final VBox root;
    private final TableView<EscalationLine> table = new TableView<>();
    private final EscalationsViewModel model;

    public EscalationsView(EscalationsViewModel model, LongConsumer openChild) {
        this.model = model;
        Label title = new Label(Messages.get("screen.escalations.title"));
        title.getStyleClass().add("screen-title");
        title.setId("escalations-title");
        Label summary = new Label();
        summary.setId("escalations-summary");
        summary.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(Messages.get("escalations.loading")).otherwise(model.summaryProperty()));
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.loadingProperty().or(model.savingProperty()));
        working.managedProperty().bind(working.visibleProperty());
        ComboBox<TeamMember> nurse = Forms.choice(model.nurseProperty(), model.nurses(), TeamMember::name,
                Messages.get("alerts.allNurses"));
        nurse.setId("escalations-nurse");
        nurse.setPrefWidth(180);
        nurse.setMinWidth(Region.USE_PREF_SIZE);
        Label nurseLabel = new Label(Messages.get("escalations.nurse"));
        nurseLabel.setMnemonicParsing(true);
        nurseLabel.setLabelFor(nurse);
        nurseLabel.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox showClosed = new CheckBox(Messages.get("escalations.showClosed"));
        showClosed.setId("escalations-show-closed");
        showClosed.selectedProperty().bindBidirectional(model.showClosedProperty());
        showClosed.setMinWidth(Region.USE_PREF_SIZE);
        HBox said = new HBox(10, working, summary);
        said.setAlignment(Pos.CENTER_LEFT);
        HBox filters = new HBox(10, nurseLabel, nurse, showClosed);
        filters.setAlignment(Pos.CENTER_LEFT);
        // The filters go under the summary when the window is narrow (150% on a laptop), not out of it.
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(16, 8, said, filters);
        top.setAlignment(Pos.CENTER_LEFT);

        table.setItems(model.rows());
        table.setId("escalations-table");
        table.setFixedCellSize(26);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("escalations.none")));
        // The widths add up to the table's width at 1366x768, so dates and statuses are shown whole.
        table.getColumns().add(column("escalations.column.child", EscalationLine::childName, 130));
        table.getColumns().add(column("escalations.column.laId", EscalationLine::laChildId, 72));
        table.getColumns().add(column("escalations.column.type", l -> Labels.of(l.type()), 48));
        table.getColumns().add(date("escalations.column.due", EscalationLine::dueDate, 100));
        table.getColumns().add(number("escalations.column.days", l -> l.daysOutstanding(model.day()), 80));
        table.getColumns().add(column("escalations.column.host", EscalationLine::hostArea, 100));
        table.getColumns().add(column("escalations.column.provider", EscalationLine::hostProvider, 110));
        table.getColumns().add(column("escalations.column.level", l -> l.level() == 0
                ? Messages.get("escalations.level.none") : Messages.format("escalations.level", l.level()), 85));
        table.getColumns().add(date("escalations.column.responseDue", EscalationLine::nextResponseDue, 112));
        TableColumn<EscalationLine, String> status = column("escalations.column.status", this::status, 190);
        status.setCellFactory(c -> lactracker.ui.Tables.flagged(
                line -> line.stepOverdue(model.day()) || line.notChasedInTime()));
        table.getColumns().add(status);
        lactracker.ui.Tables.keepColumnsWhole(table);
        lactracker.ui.Tables.linesOfChildren(table, model.selectedProperty(), EscalationLine::childId, openChild,
                model::hasUnsavedChanges, Messages.get("unsaved.escalation"));
        VBox.setVgrow(table, Priority.ALWAYS);

        TableView<EscalationStep> steps = new TableView<>(model.steps());
        steps.setId("escalations-steps");
        steps.setPlaceholder(new Label(Messages.get("escalations.steps.none")));
        steps.setFixedCellSize(24);
        // Beside the form the steps have about 580 px at 1366x768: the dates and level take what they need,
        // the free text the rest, whole when the pointer rests on it; nothing scrolls sideways.
        var level = number("escalations.steps.level", EscalationStep::level, 50);
        level.setMinWidth(45);
        steps.getColumns().add(level);
        steps.getColumns().add(date("escalations.steps.date", EscalationStep::stepDate, 92));
        steps.getColumns().add(lactracker.ui.Tables.text("escalations.steps.contact", EscalationStep::contact, 64));
        steps.getColumns().add(lactracker.ui.Tables.text("escalations.steps.asked", EscalationStep::asked, 64));
        steps.getColumns().add(date("escalations.steps.responseDue", EscalationStep::responseDue, 112));
        steps.getColumns().add(date("escalations.steps.responseDate", EscalationStep::responseDate, 86));
        steps.getColumns().add(lactracker.ui.Tables.text("escalations.steps.response", EscalationStep::response, 86));
        steps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lactracker.ui.Tables.keepColumnsWhole(steps);
        steps.setPrefHeight(170);
        steps.setPrefWidth(300);
        HBox.setHgrow(steps, Priority.ALWAYS);

        Button step = new Button(Messages.get("escalations.step"));
        step.setId("escalations-add-step");
        step.setOnAction(e -> model.start(Action.STEP));
        Button respond = new Button(Messages.get("escalations.respond"));
        respond.setId("escalations-respond");
        respond.setOnAction(e -> model.start(Action.RESPONSE));
        Button close = new Button(Messages.get("escalations.close"));
        close.setId("escalations-close");
        close.setOnAction(e -> model.start(Action.CLOSE));
        Button open = new Button(Messages.get("escalations.openChild"));
        open.setId("escalations-open-child");
        open.setOnAction(e -> {
            if (model.selectedProperty().get() != null) {
                openChild.accept(model.selectedProperty().get().childId());
            }
        });
        Button reopen = new Button(Messages.get("escalations.reopen"));
        reopen.setId("escalations-reopen");
        reopen.setOnAction(e -> model.reopen());
        for (Button b : new Button[] {step, respond, close, open, reopen}) {
            b.disableProperty().bind(model.selectedProperty().isNull());
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Reopen in place of the changes only a line still open takes.
        var closedLine = Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null
                && model.selectedProperty().get().closed(), model.selectedProperty());
        for (Button b : new Button[] {step, respond, close}) {
            b.visibleProperty().bind(closedLine.not());
            b.managedProperty().bind(b.visibleProperty());
        }
        reopen.visibleProperty().bind(closedLine);
        reopen.managedProperty().bind(reopen.visibleProperty());
        Button deleteStep = new Button(Messages.get("escalations.deleteStep"));
        deleteStep.setId("escalations-delete-step");
        deleteStep.setMinWidth(Region.USE_PREF_SIZE);
        deleteStep.disableProperty().bind(steps.getSelectionModel().selectedItemProperty().isNull()
                .or(model.savingProperty()));
        deleteStep.setOnAction(e -> {
            EscalationStep chosen = steps.getSelectionModel().getSelectedItem();
            if (chosen != null && lactracker.ui.Dialogs.confirmDelete(deleteStep.getScene().getWindow(),
                    Messages.format("escalations.step.what", chosen.level(), lactracker.ui.Tables.date(chosen.stepDate())))) {
                model.deleteStep(chosen);
            }
        });
        Button letter = new Button(Messages.get("escalations.letter"));
        letter.setId("escalations-letter");
        letter.setMinWidth(Region.USE_PREF_SIZE);
        letter.setTooltip(new javafx.scene.control.Tooltip(Messages.get("escalations.letter.tip")));
        letter.disableProperty().bind(Bindings.createBooleanBinding(() -> model.letterStep(null) == null,
                model.selectedProperty()).or(model.makingLetterProperty()));
        letter.setOnAction(e -> {
            EscalationStep chosen = model.letterStep(steps.getSelectionModel().getSelectedItem());
            if (chosen == null) {
                return;
            }
            java.nio.file.Path file = lactracker.ui.SaveDialog.ask(letter.getScene().getWindow(), "escalations.letter.title",
                    "child.document.pdf", "pdf", model.letterName(chosen));
            if (file != null) {
                model.makeLetter(chosen, file);
            }
        });
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, step, respond, close, reopen, open,
                deleteStep);
        if (model.offersLetters()) {
            actions.getChildren().add(letter);
        }

        VBox form = form();
        Label message = new Label();
        message.setId("escalations-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label letterMade = new Label();
        letterMade.setId("escalations-letter-made");
        letterMade.setWrapText(true);
        letterMade.getStyleClass().add("hint");
        letterMade.textProperty().bind(model.letterProperty());
        letterMade.managedProperty().bind(letterMade.textProperty().isNotEmpty());
        steps.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> model.chooseStep(s));
        VBox side = new VBox(8, actions, form, message, letterMade);
        side.setPrefWidth(460);
        side.setMinWidth(460);
        HBox below = new HBox(12, steps, side);

        root = new VBox(12, title, top, table, below);
        root.setId("escalations");
        root.setPadding(new Insets(24));
        root.getProperties().put(EscalationsViewModel.class, model);
        root.getProperties().put(lactracker.ui.print.Printout.KEY, (java.util.function.Supplier<lactracker.ui.print.Printout>)
                () -> lactracker.ui.print.Printout.of(table, Messages.get("print.escalations"), summary.getText()));
        root.getProperties().put(Forms.FIRST, table);
        Forms.saveShortcut(root, model::save);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.actionProperty().get() != Action.NONE) {
                model.cancel();
                table.requestFocus();
                e.consume();
            }
        });
        model.actionProperty().addListener((o, a, now) -> {
            if (now != Action.NONE) {
                javafx.application.Platform.runLater(() -> first(now).requestFocus());
            } else if (form.isFocusWithin()) {
                table.requestFocus();
            }
        });
    }

    private Node levelField;
    private DatePicker dateField;

    private Node first(Action action) {
        return action == Action.STEP ? levelField : dateField;
    }

    private VBox form() {
        var p = model.problems();
        GridPane grid = Forms.grid();
        var isStep = model.actionProperty().isEqualTo(Action.STEP);
        var opening = isStep.and(Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null
                && model.selectedProperty().get().escalation() == null, model.selectedProperty()));
        ComboBox<Integer> level = Forms.choice(model.level, FXCollections.observableArrayList(1, 2, 3, 4),
                l -> Messages.get(switch (l) {
                    case 1 -> "escalations.level.1";
                    case 2 -> "escalations.level.2";
                    case 3 -> "escalations.level.3";
                    default -> "escalations.level.4";
                }), null);
        levelField = level;
        int row = 0;
        Forms.row(grid, row++, "escalations.field.level", level, "level", p).showWhen(isStep);
        dateField = Forms.datePicker(model::unreadableDate);
        dateField.valueProperty().bindBidirectional(model.date);
        Forms.row(grid, row++, "escalations.field.date", dateField, "stepDate", p);
        Label due = new Label();
        due.setId("escalations-response-due");
        due.textProperty().bind(model.responseDueProperty());
        Forms.row(grid, row++, "escalations.field.responseDue", due, null, p).showWhen(isStep);
        Forms.row(grid, row++, "escalations.field.contact", Forms.text(model.contact), "contact", p).showWhen(isStep);
        Forms.row(grid, row++, "escalations.field.hostArea", Forms.text(model.hostArea), "hostArea", p).showWhen(opening);
        Forms.row(grid, row++, "escalations.field.hostProvider", Forms.text(model.hostProvider), "hostProvider", p)
                .showWhen(opening);
        var text = Forms.text(model.text);
        var textRow = Forms.row(grid, row++, "escalations.field.asked", text, "asked", p);
        textRow.label().textProperty().bind(Bindings.createStringBinding(() -> Messages.get(switch (model.actionProperty().get()) {
            case RESPONSE -> "escalations.field.response";
            case CLOSE -> "escalations.field.note";
            default -> "escalations.field.asked";
        }), model.actionProperty()));
        Button save = new Button(Messages.get("escalations.save"));
        save.setId("escalations-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save());
        Button cancel = new Button(Messages.get("escalations.cancel"));
        cancel.setId("escalations-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox buttons = new HBox(8, save, cancel);
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(switch (model.actionProperty().get()) {
            case RESPONSE -> "escalations.form.response";
            case CLOSE -> "escalations.form.close";
            default -> "escalations.form.step";
        }), model.actionProperty()));
        VBox form = new VBox(8, heading, grid, buttons);
        form.setId("escalations-form");
        var active = model.actionProperty().isNotEqualTo(Action.NONE);
        form.visibleProperty().bind(active);
        form.managedProperty().bind(active);
        return form;
    }

    private String status(EscalationLine line) {
        if (line.closed()) {
            return Messages.format("escalations.status.closed", lactracker.ui.Tables.date(line.escalation().closedOn()));
        }
        if (line.escalation() == null) {
            return Messages.get("escalations.status.notChased");
        }
        if (line.done()) {
            return Messages.get("escalations.status.done");
        }
        if (line.stepOverdue(model.day())) {
            return Messages.get("escalations.status.stepOverdue");
        }
        return line.nextResponseDue() == null ? Messages.get("escalations.status.answered")
                : Messages.get("escalations.status.awaiting");
    }

    public EscalationsViewModel model() {
        return model;
    }

    public Node root() {
        return root;
    }
}
