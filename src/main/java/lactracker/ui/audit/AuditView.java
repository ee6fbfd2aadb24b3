package lactracker.ui.audit;

import static lactracker.ui.Tables.column;
import static lactracker.ui.Tables.number;

import java.io.File;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import lactracker.domain.AuditPeriod;
import lactracker.ui.Forms;
import lactracker.ui.Messages;
import lactracker.ui.Tables;
import lactracker.ui.audit.AuditViewModel.Format;
import lactracker.ui.audit.AuditViewModel.Line;

/**
 * The quarterly audit: choose the period and the as-at date, Work out (Enter), read the summary rows with
 * last period's percentage, choose a row to see the children or assessments behind it (Enter opens the
 * child), and export the sheet as XLSX, CSV or JSON.
 */
public final class AuditView {
    private final VBox root;
    private final AuditViewModel model;

    public AuditView(AuditViewModel model, LongConsumer openChild) {
        this.model = model;
        Label title = new Label(Messages.get("screen.audit.title"));
        title.getStyleClass().add("screen-title");
        title.setId("audit-title");

        ComboBox<AuditPeriod> quarter = Forms.choice(model.quarter, model.quarters(), AuditPeriod::label, null);
        quarter.setId("audit-quarter");
        quarter.disableProperty().bind(model.ownDates);
        Label quarterLabel = Forms.labelFor("audit.quarter", quarter);
        CheckBox own = new CheckBox(Messages.get("audit.ownDates"));
        own.setId("audit-own-dates");
        own.selectedProperty().bindBidirectional(model.ownDates);
        DatePicker from = Forms.datePicker(model.from, "audit-from", model::unreadableDate, 130);
        DatePicker to = Forms.datePicker(model.to, "audit-to", model::unreadableDate, 130);
        from.disableProperty().bind(model.ownDates.not());
        to.disableProperty().bind(model.ownDates.not());
        DatePicker asAt = Forms.datePicker(model.asAt, "audit-as-at", model::unreadableDate, 130);
        Label fromLabel = Forms.labelFor("audit.from", from);
        Label toLabel = Forms.labelFor("audit.to", to);
        Label asAtLabel = Forms.labelFor("audit.asAt", asAt);
        Button work = new Button(Messages.get("audit.compute"));
        work.setId("audit-compute");
        work.setDefaultButton(true);
        work.disableProperty().bind(model.workingProperty());
        work.setOnAction(e -> model.compute());
        Button stop = new Button(Messages.get("audit.stop"));
        stop.setId("audit-stop");
        stop.visibleProperty().bind(model.workingProperty());
        stop.managedProperty().bind(model.workingProperty());
        stop.setCancelButton(true);
        stop.setOnAction(e -> model.stop());
        // One line at 1366x768; at 150% scaling it wraps rather than squeezing the dates and buttons.
        javafx.scene.layout.FlowPane period = new javafx.scene.layout.FlowPane(8, 8, quarterLabel, quarter, own, fromLabel,
                from, toLabel, to, asAtLabel, asAt, work, stop);
        period.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.workingProperty());
        working.managedProperty().bind(model.workingProperty());
        Label heading = new Label();
        heading.setId("audit-heading");
        heading.textProperty().bind(model.headingProperty());
        Label message = new Label();
        message.setId("audit-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        Button xlsx = exportButton(Format.XLSX, "audit.export.xlsx", "audit-export-xlsx");
        Button csv = exportButton(Format.CSV, "audit.export.csv", "audit-export-csv");
        Button json = exportButton(Format.JSON, "audit.export.json", "audit-export-json");
        HBox status = new HBox(10, working, heading, message, xlsx, csv, json);
        status.setAlignment(Pos.CENTER_LEFT);

        TableView<Line> rows = new TableView<>(model.lines());
        rows.setId("audit-rows");
        rows.setFixedCellSize(24);
        rows.setPlaceholder(new Label(Messages.get("audit.none")));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.getColumns().add(column("audit.column.label", l -> l.row().label(), 340));
        rows.getColumns().add(number("audit.column.numerator", l -> l.row().numerator(), 95));
        rows.getColumns().add(number("audit.column.denominator", l -> l.row().denominator(), 110));
        rows.getColumns().add(number("audit.column.percent", l -> Tables.percent(l.row().percent()), 75));
        rows.getColumns().add(number("audit.column.last", l -> Tables.percent(l.lastPercent()), 100));
        Tables.keepColumnsWhole(rows);
        // The row ids scripts use are in the exports; here a figure's id shows when the pointer rests on it.
        rows.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setTooltip(empty || line == null ? null : new javafx.scene.control.Tooltip(line.row().id()));
            }
        });
        rows.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> model.selectedProperty().set(l));
        Tables.landOnALine(rows);
        HBox.setHgrow(rows, Priority.ALWAYS);

        VBox right = lactracker.ui.Behind.panel(model.subjects(), model.selectedProperty(), "audit-subjects", "audit.subjects.title", "audit.subjects.of", openChild);
        HBox body = new HBox(12, rows, right);
        VBox.setVgrow(body, Priority.ALWAYS);

        root = new VBox(12, title, period, status, body);
        root.setId("audit");
        root.setPadding(new Insets(24));
        root.getProperties().put(AuditViewModel.class, model);
        root.getProperties().put(lactracker.ui.print.Printout.KEY, (java.util.function.Supplier<lactracker.ui.print.Printout>)
                () -> lactracker.ui.print.Printout.of(rows, Messages.get("print.audit"), model.headingProperty().get()));
        root.getProperties().put(Forms.FIRST, quarter);
    }

    private Button exportButton(Format format, String key, String id) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(model.readyProperty().not().or(model.workingProperty()));
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("audit.export.title"));
            chooser.setInitialFileName(model.suggestedName(format));
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                model.export(format, file.toPath());
            }
        });
        return b;
    }




    public AuditViewModel model() {
        return model;
    }

    public Node root() {
        return root;
    }
}
