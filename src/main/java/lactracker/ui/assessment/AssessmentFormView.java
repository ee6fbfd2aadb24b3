package lactracker.ui.assessment;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lactracker.domain.AppointmentOutcome;
import lactracker.domain.AssessmentType;
import lactracker.domain.DelayReason;
import lactracker.domain.Outcome;
import lactracker.domain.PractitionerRole;
import lactracker.domain.QualityCheck;
import lactracker.domain.ScreeningItem;
import lactracker.domain.ScreeningOutcome;
import lactracker.domain.YesNoUnknown;
import lactracker.ui.Forms;
import lactracker.ui.Labels;
import lactracker.ui.Messages;
import lactracker.ui.assessment.AssessmentFormViewModel.AppointmentRow;

/**
 * The assessment form, laid out in the order things happen (request, appointments, outcome, quality,
 * findings, dental, UASC) so Tab walks it top to bottom. Ctrl+S saves; Esc closes (asking first when
 * something is unsaved).
 */
public final class AssessmentFormView {
    private final AssessmentFormViewModel model;
    private final VBox root;
    private final VBox appointmentRows = new VBox(6);
    private final ComboBox<AssessmentType> type;

    public AssessmentFormView(AssessmentFormViewModel model, Runnable close) {
        this.model = model;
        var p = model.problems();
        Button closeButton = new Button(Messages.get("assessment.close"));
        closeButton.setId("assessment-close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.setId("assessment-title");
        title.textProperty().bind(model.titleProperty());
        HBox header = new HBox(16, closeButton, title);
        header.setAlignment(Pos.CENTER_LEFT);
        Label due = new Label();
        due.setId("assessment-due");
        due.textProperty().bind(model.dueProperty());
        due.getStyleClass().add("next-duty");
        due.setMaxWidth(Double.MAX_VALUE);

        GridPane request = grid();
        type = Forms.choice(model.type, FXCollections.observableArrayList(AssessmentType.values()), Labels::of, null);
        Forms.row(request, 0, "assessment.field.type", type, "type", p);
        Forms.row(request, 1, "assessment.field.request", date("requestReceived", model.requestReceived), "requestReceived", p);

        Button addAppointment = new Button(Messages.get("assessment.appointment.add"));
        addAppointment.setId("assessment-add-appointment");
        addAppointment.setOnAction(e -> {
            model.addAppointment();
            focusLastAppointment();
        });
        model.appointments.addListener((ListChangeListener<AppointmentRow>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                showAppointments();
            }
        });
        VBox appointments = new VBox(6, appointmentRows, addAppointment);

        GridPane outcomeGrid = grid();
        int row = 0;
        Forms.row(outcomeGrid, row++, "assessment.field.outcome", Forms.choice(model.outcome,
                FXCollections.observableArrayList(Outcome.values()), Labels::of, Messages.get("assessment.inProgress")),
                "outcome", p);
        Forms.row(outcomeGrid, row++, "assessment.field.outcomeDate", date("outcomeDate", model.outcomeDate), "outcomeDate", p);
        Forms.row(outcomeGrid, row++, "assessment.field.notRequired", Forms.text(model.notRequiredReason), "notRequiredReason", p)
                .showWhen(model.outcome.isEqualTo(Outcome.NOT_REQUIRED));
        Forms.row(outcomeGrid, row++, "assessment.field.practitioner", Forms.text(model.practitionerName), "practitionerName", p);
        Forms.row(outcomeGrid, row++, "assessment.field.role", Forms.choice(model.practitionerRole,
                FXCollections.observableArrayList(PractitionerRole.values()), Labels::of, "—"), "practitionerRole", p);
        Forms.row(outcomeGrid, row++, "assessment.field.provider", Forms.text(model.provider), "provider", p);
        CheckBox outOfArea = new CheckBox(Messages.get("assessment.field.outOfArea.text"));
        outOfArea.selectedProperty().bindBidirectional(model.outOfArea);
        Forms.row(outcomeGrid, row++, "assessment.field.outOfArea", outOfArea, "outOfArea", p);
        Forms.row(outcomeGrid, row++, "assessment.field.delay", Forms.choice(model.delayReason,
                FXCollections.observableArrayList(DelayReason.values()), Labels::of, "—"), "delayReason", p);

        GridPane quality = grid();
        row = 0;
        Forms.row(quality, row++, "assessment.field.quality", Forms.choice(model.qualityCheck,
                FXCollections.observableArrayList(QualityCheck.values()), Labels::of, "—"), "qualityCheck", p);
        Forms.row(quality, row++, "assessment.field.qualityDate", date("qualityCheckDate", model.qualityCheckDate),
                "qualityCheckDate", p);
        Forms.row(quality, row++, "assessment.field.plan", date("healthPlanSent", model.healthPlanSent), "healthPlanSent", p);
        Forms.row(quality, row++, "assessment.field.immunisations", yesNoUnknown(model.immunisations),
                "immunisationsUpToDate", p);
        TextField sdq = Forms.text(model.sdqScore);
        sdq.setPrefColumnCount(4);
        sdq.setMaxWidth(80);
        Forms.row(quality, row++, "assessment.field.sdq", sdq, "sdqScore", p);
        TextArea notes = new TextArea();
        notes.textProperty().bindBidirectional(model.notes);
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        Forms.row(quality, row++, "assessment.field.notes", notes, "notes", p);

        GridPane dental = grid();
        row = 0;
        Forms.row(dental, row++, "assessment.field.dentist", yesNoUnknown(model.dentistRegistered), "dentistRegistered", p);
        Forms.row(dental, row++, "assessment.field.dentalPractice", Forms.text(model.dentalPractice), "dentalPractice", p);
        Forms.row(dental, row++, "assessment.field.dentalCheck", date("dentalCheckDate", model.dentalCheckDate),
                "dentalCheckDate", p);
        Forms.row(dental, row++, "assessment.field.caries", Forms.choice(model.cariesFound,
                FXCollections.observableArrayList(YesNoUnknown.YES, YesNoUnknown.NO), Labels::of,
                Messages.get("child.dental.notRecorded")), "cariesFound", p);
        CheckBox referral = new CheckBox(Messages.get("assessment.field.referral.text"));
        referral.selectedProperty().bindBidirectional(model.dentalReferralMade);
        Forms.row(dental, row++, "assessment.field.referral", referral, "dentalReferralMade", p);
        Forms.row(dental, row++, "assessment.field.referralDate", date("dentalReferralDate", model.dentalReferralDate),
                "dentalReferralDate", p);
        Forms.row(dental, row++, "assessment.field.followUp", date("dentalFollowUpDate", model.dentalFollowUpDate),
                "dentalFollowUpDate", p);

        GridPane uasc = grid();
        row = 0;
        Forms.row(uasc, row++, "assessment.uasc.interpreter", yesNoUnknown(model.interpreterUsed), "interpreterUsed", p);
        Forms.row(uasc, row++, "assessment.uasc.language", Forms.text(model.interpreterLanguage), "interpreterLanguage", p);
        Forms.row(uasc, row++, "assessment.uasc.country", Forms.text(model.countryOfOrigin), "countryOfOrigin", p);
        Forms.row(uasc, row++, "assessment.uasc.arrived", date("arrivedInUk", model.arrivedInUk), "arrivedInUk", p);
        Forms.row(uasc, row++, "assessment.uasc.nts", yesNoUnknown(model.nationalTransferScheme), "nationalTransferScheme", p);
        Forms.row(uasc, row++, "assessment.uasc.ageDisputed", yesNoUnknown(model.ageDisputed), "ageDisputed", p);
        for (ScreeningItem item : ScreeningItem.values()) {
            var s = model.screening.get(item);
            String field = "screening." + item.name() + ".offeredOn";
            DatePicker offered = date(field, s.offeredOn);
            ComboBox<ScreeningOutcome> outcome = Forms.choice(s.outcome,
                    FXCollections.observableArrayList(ScreeningOutcome.values()), AssessmentFormView::screeningText, null);
            outcome.setId("screening." + item.name() + ".outcome");
            HBox pair = new HBox(8, outcome, new Label(Messages.get("assessment.uasc.offered")), offered);
            pair.setAlignment(Pos.CENTER_LEFT);
            Label label = new Label(screeningName(item));
            label.setLabelFor(outcome);
            uasc.add(label, 0, row);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.textProperty().bind(javafx.beans.binding.Bindings.valueAt(p, field));
            uasc.add(new VBox(2, pair, error), 1, row++);
        }
        Forms.row(uasc, row++, "assessment.uasc.catchUp", yesNoUnknown(model.immunisationCatchUpPlan),
                "immunisationCatchUpPlan", p);
        Forms.row(uasc, row++, "assessment.uasc.emotional", yesNoUnknown(model.emotionalHealthScreened),
                "emotionalHealthScreened", p);
        Forms.row(uasc, row++, "assessment.uasc.referral", yesNoUnknown(model.mentalHealthReferral), "mentalHealthReferral", p);
        Forms.row(uasc, row++, "assessment.uasc.fgm", yesNoUnknown(model.fgmRiskConsidered), "fgmRiskConsidered", p);
        VBox uascSection = section("assessment.section.uasc", uasc);
        var showUasc = model.uascChildProperty().and(model.type.isEqualTo(AssessmentType.IHA));
        uascSection.visibleProperty().bind(showUasc);
        uascSection.managedProperty().bind(showUasc);

        Button save = new Button(Messages.get("assessment.save"));
        save.setId("assessment-save");
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save());
        Button revert = new Button(Messages.get("child.revert"));
        revert.setId("assessment-revert");
        revert.disableProperty().bind(model.dirtyProperty().not());
        revert.setOnAction(e -> model.revert());
        Label message = new Label();
        message.setId("assessment-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button delete = new Button(Messages.get("assessment.delete"));
        delete.setId("assessment-delete");
        delete.visibleProperty().bind(model.storedProperty());
        delete.managedProperty().bind(delete.visibleProperty());
        delete.disableProperty().bind(model.savingProperty());
        delete.setOnAction(e -> {
            if (lactracker.ui.Dialogs.confirmDelete(delete.getScene() == null ? null : delete.getScene().getWindow(),
                    model.described())) {
                model.delete(close);
            }
        });
        HBox actions = new HBox(10, save, revert, delete, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox form = new VBox(16,
                section("assessment.section.request", request),
                section("assessment.section.appointments", appointments),
                section("assessment.section.outcome", outcomeGrid),
                section("assessment.section.quality", quality),
                section("assessment.section.dental", dental),
                uascSection);
        form.setPadding(new Insets(4, 12, 12, 0));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        root = new VBox(12, header, due, scroll, actions);
        root.setPadding(new Insets(16, 24, 16, 24));
        root.setId("assessment-form");
        root.getProperties().put(AssessmentFormViewModel.class, model);
        Forms.saveShortcut(root, model::save);
        showAppointments();
    }

    private static String screeningName(ScreeningItem item) {
        return Messages.get(lactracker.domain.Named.key(item));
    }

    private static String screeningText(ScreeningOutcome o) {
        return Messages.get(lactracker.domain.Named.key(o));
    }

    private void showAppointments() {
        appointmentRows.getChildren().clear();
        List<AppointmentRow> rows = List.copyOf(model.appointments);
        if (rows.isEmpty()) {
            Label none = new Label(Messages.get("assessment.appointment.none"));
            none.getStyleClass().add("muted");
            appointmentRows.getChildren().add(none);
        }
        for (int i = 0; i < rows.size(); i++) {
            AppointmentRow r = rows.get(i);
            String field = "appointment." + i + ".date";
            DatePicker date = date(field, r.date);
            TextField place = new TextField();
            place.setPromptText(Messages.get("assessment.appointment.place"));
            place.textProperty().bindBidirectional(r.place);
            place.setPrefColumnCount(18);
            ComboBox<AppointmentOutcome> outcome = Forms.choice(r.outcome,
                    FXCollections.observableArrayList(AppointmentOutcome.values()), Labels::of, null);
            outcome.setId("appointment." + i + ".outcome");
            Button remove = new Button(Messages.get("assessment.appointment.remove"));
            remove.setOnAction(e -> model.removeAppointment(r));
            Label number = new Label(Messages.format("assessment.appointment.number", i + 1));
            number.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(8, number, date, place, outcome, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.textProperty().bind(javafx.beans.binding.Bindings.valueAt(model.problems(), field));
            appointmentRows.getChildren().add(new VBox(2, line, error));
        }
    }

    private void focusLastAppointment() {
        if (!appointmentRows.getChildren().isEmpty()) {
            Node last = appointmentRows.getChildren().get(appointmentRows.getChildren().size() - 1);
            Node picker = last.lookup(".date-picker");
            if (picker != null) {
                picker.requestFocus();
            }
        }
    }

    private DatePicker date(String field, ObjectProperty<java.time.LocalDate> property) {
        DatePicker picker = Forms.datePicker(bad -> model.unreadableDate(field, bad));
        picker.valueProperty().bindBidirectional(property);
        picker.setId(field);
        return picker;
    }


    private static ComboBox<YesNoUnknown> yesNoUnknown(ObjectProperty<YesNoUnknown> property) {
        return Forms.choice(property, FXCollections.observableArrayList(YesNoUnknown.values()), Labels::of, "—");
    }

    private static VBox section(String key, Node content) {
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add("section-title");
        return new VBox(8, title, content);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(210);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(200, 340, 520);
        fields.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** Puts the keyboard on the first field. */
    public void focusFirst() {
        type.requestFocus();
    }

    public Node root() {
        return root;
    }

}
