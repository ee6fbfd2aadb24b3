package lactracker.ui.trail;

import static lactracker.ui.Tables.column;

import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import lactracker.app.AuditTrailService.Line;
import lactracker.domain.TrailKind;
import lactracker.ui.Forms;
import lactracker.ui.Messages;
import lactracker.ui.Tables;

/**
 * The audit trail: filter by person, child, kind and days (Enter shows), the entries in words newest
 * first, Enter or a double-click on one about a child opens that child's changes, and Export CSV.
 */
public final class TrailView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK);
    private final VBox root;

    public TrailView(TrailViewModel model, LongConsumer openChild) {
        Label title = new Label(Messages.get("screen.trail.title"));
        title.getStyleClass().add("screen-title");
        title.setId("trail-title");

        ComboBox<String> person = new ComboBox<>(model.people());
        person.setId("trail-person");
        person.setEditable(true); // anyone in the trail, not only today's team (an operating-system account, a script)
        person.setPrefWidth(130);
        person.getEditor().textProperty().bindBidirectional(model.person);
        TextField child = new TextField();
        child.setId("trail-child");
        child.setPrefColumnCount(8);
        child.textProperty().bindBidirectional(model.child);
        ComboBox<TrailKind> kind = Forms.choice(model.kind, javafx.collections.FXCollections.observableArrayList(
                TrailKind.values()), TrailKind::label, Messages.get("trail.kind.any"));
        kind.setId("trail-kind");
        DatePicker from = Forms.datePicker(model.from, "trail-from", model::unreadableDate, 125);
        DatePicker to = Forms.datePicker(model.to, "trail-to", model::unreadableDate, 125);
        Button show = new Button(Messages.get("trail.show"));
        show.setId("trail-show");
        show.setDefaultButton(true);
        show.disableProperty().bind(model.workingProperty());
        show.setOnAction(e -> {
            Forms.commitTypedDates(show.getParent());
            model.show();
        });
        Button clear = new Button(Messages.get("trail.clear"));
        clear.setId("trail-clear");
        clear.setOnAction(e -> model.clear());
        FlowPane filter = new FlowPane(8, 8, Forms.labelFor("trail.person", person), person,
                Forms.labelFor("trail.child", child), child, Forms.labelFor("trail.kind", kind), kind,
                Forms.labelFor("trail.from", from), from, Forms.labelFor("trail.to", to), to, show, clear);
        filter.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.workingProperty());
        working.managedProperty().bind(model.workingProperty());
        Label heading = new Label();
        heading.setId("trail-heading");
        heading.textProperty().bind(model.headingProperty());
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("trail-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button export = new Button(Messages.get("trail.export"));
        export.setId("trail-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(model.workingProperty().or(javafx.beans.binding.Bindings.isEmpty(model.lines())));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("trail.export.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("trail.export.csv"), "*.csv"));
            chooser.setInitialFileName(model.suggestedName(java.time.LocalDate.now()));
            File file = chooser.showSaveDialog(export.getScene().getWindow());
            if (file != null) {
                model.export(file.toPath());
            }
        });
        HBox status = new HBox(10, working, heading, message, export);
        status.setAlignment(Pos.CENTER_LEFT);

        TableView<Line> table = new TableView<>(model.lines());
        table.setId("trail-table");
        table.setFixedCellSize(24);
        table.setPlaceholder(new Label(Messages.get("trail.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("trail.column.when", l -> WHEN.format(l.when()), 150));
        table.getColumns().add(column("trail.column.who", Line::who, 100));
        table.getColumns().add(column("trail.column.kind", l -> l.kind().label(), 115));
        table.getColumns().add(column("trail.column.what", Line::what, 190));
        table.getColumns().add(column("trail.column.child", Line::laChildId, 80));
        table.getColumns().add(column("trail.column.details", Line::details, 400));
        Tables.keepColumnsWhole(table);
        // Details can be long: the whole of them shows when the pointer rests on the line.
        table.setRowFactory(t -> {
            TableRow<Line> row = new TableRow<>() {
                @Override
                protected void updateItem(Line line, boolean empty) {
                    super.updateItem(line, empty);
                    setTooltip(empty || line == null || line.details().isEmpty() ? null
                            : new javafx.scene.control.Tooltip(line.details()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem().childId() != null) {
                    openChild.accept(row.getItem().childId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Line line = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && line != null && line.childId() != null) {
                openChild.accept(line.childId());
                e.consume();
            }
        });
        Tables.landOnALine(table);
        VBox.setVgrow(table, Priority.ALWAYS);

        root = new VBox(12, title, filter, status, table);
        root.setId("trail");
        root.setPadding(new Insets(24));
        root.getProperties().put(lactracker.ui.print.Printout.KEY, (java.util.function.Supplier<lactracker.ui.print.Printout>)
                () -> lactracker.ui.print.Printout.of(table, Messages.get("screen.trail.title"), model.headingProperty().get()));
        root.getProperties().put(Forms.FIRST, person);
    }



    public Node root() {
        return root;
    }
}
