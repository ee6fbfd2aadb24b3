package lactracker.ui.health;

import static lactracker.ui.Tables.column;
import static lactracker.ui.Tables.number;

import java.util.function.LongConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lactracker.domain.AuditRow;
import lactracker.ui.Forms;
import lactracker.ui.Messages;
import lactracker.ui.Tables;
import lactracker.ui.health.HealthNeedsViewModel.Where;

/**
 * Health needs (issue 24): choose the day, whose children and where placed, Work out (Enter); the figures
 * with the children behind the chosen one (Enter or a double click opens the child), and the charts.
 */
public final class HealthNeedsView {
    private final VBox root;
    private final HealthNeedsViewModel model;
    private final PieChart sdq = new PieChart();
    // Bars lie across, so each bar's words read level beside it at any width.
    private final BarChart<Number, String> upToDate = new BarChart<>(new NumberAxis(0, 100, 20), new CategoryAxis());
    private final StackedBarChart<Number, String> screening = new StackedBarChart<>(new NumberAxis(), new CategoryAxis());

    public HealthNeedsView(HealthNeedsViewModel model, LongConsumer openChild) {
        this.model = model;
        Label title = new Label(Messages.get("screen.health.title"));
        title.getStyleClass().add("screen-title");
        title.setId("health-title");

        DatePicker day = Forms.datePicker(model.day, "health-day", model::unreadableDate, 130);
        Label dayLabel = Forms.labelFor("health.day", day);
        ComboBox<HealthNeedsViewModel.NurseChoice> nurse = Forms.choice(model.nurse, model.nurses(),
                HealthNeedsViewModel.NurseChoice::name, null);
        nurse.setId("health-nurse");
        Label nurseLabel = Forms.labelFor("health.nurse", nurse);
        ComboBox<Where> where = Forms.choice(model.where, javafx.collections.FXCollections.observableArrayList(Where.values()),
                Where::words, null);
        where.setId("health-where");
        Label whereLabel = Forms.labelFor("health.where", where);
        ComboBox<HealthNeedsViewModel.CommissionerChoice> commissioner = Forms.choice(model.commissioner,
                model.commissioners(), HealthNeedsViewModel.CommissionerChoice::name, null);
        commissioner.setId("health-commissioner");
        Label commissionerLabel = Forms.labelFor("health.commissioner", commissioner);
        Button work = new Button(Messages.get("health.compute"));
        work.setId("health-compute");
        work.setDefaultButton(true);
        work.disableProperty().bind(model.workingProperty());
        work.setOnAction(e -> model.compute());
        Button stop = new Button(Messages.get("health.stop"));
        stop.setId("health-stop");
        stop.visibleProperty().bind(model.workingProperty());
        stop.managedProperty().bind(model.workingProperty());
        stop.setCancelButton(true);
        stop.setOnAction(e -> model.stop());
        // Each label wraps with its field: at 150% a field is never left at the end of a line without its name.
        FlowPane choose = new FlowPane(12, 8, pair(dayLabel, day), pair(nurseLabel, nurse), pair(whereLabel, where),
                pair(commissionerLabel, commissioner), pair(work, stop));
        choose.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.workingProperty());
        working.managedProperty().bind(model.workingProperty());
        Label heading = new Label();
        heading.setId("health-heading");
        heading.textProperty().bind(model.headingProperty());
        Label message = new Label();
        message.setId("health-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox status = new HBox(10, working, heading, message);
        status.setAlignment(Pos.CENTER_LEFT);

        TabPane tabs = new TabPane(new Tab(Messages.get("health.tab.figures"), figures(openChild)),
                new Tab(Messages.get("health.tab.charts"), charts()));
        tabs.setId("health-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().get(0).setId("health-tab-figures");
        tabs.getTabs().get(1).setId("health-tab-charts");
        VBox.setVgrow(tabs, Priority.ALWAYS);

        root = new VBox(12, title, choose, status, tabs);
        root.setId("health");
        root.setPadding(new Insets(24));
        root.getProperties().put(HealthNeedsViewModel.class, model);
        root.getProperties().put(Forms.FIRST, day);
        root.getProperties().put(lactracker.ui.print.Printout.KEY, (java.util.function.Supplier<lactracker.ui.print.Printout>)
                () -> lactracker.ui.print.Printout.of(rowsTable, Messages.get("print.health"), model.headingProperty().get()));
    }

    private static HBox pair(Node a, Node b) {
        HBox pair = new HBox(6, a, b);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private TableView<AuditRow> rowsTable;

    private Node figures(LongConsumer openChild) {
        TableView<AuditRow> rows = new TableView<>(model.lines());
        rowsTable = rows;
        rows.setId("health-rows");
        rows.setFixedCellSize(24);
        rows.setPlaceholder(new Label(Messages.get("health.none")));
        // The figures stay in sight at any width: a narrow window (150% on 1366x768) shortens the words,
        // which the row's tooltip gives whole.
        rows.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        rows.getColumns().add(column("health.column.label", AuditRow::label, 420));
        rows.getColumns().add(number("health.column.numerator", AuditRow::numerator, 80));
        rows.getColumns().add(number("health.column.denominator", AuditRow::denominator, 70));
        rows.getColumns().add(number("health.column.percent", r -> Tables.percent(r.percent()), 75));
        rows.getColumns().get(0).setMinWidth(160);
        rows.getColumns().get(0).prefWidthProperty().bind(javafx.beans.binding.Bindings.max(160,
                rows.widthProperty().subtract(80 + 70 + 75 + 20))); // what the figures and the scroll bar leave
        rows.setPrefWidth(700);
        rows.setMinWidth(120);
        rows.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AuditRow row, boolean empty) {
                super.updateItem(row, empty);
                // The words whole, and the id scripts use.
                setTooltip(empty || row == null ? null : new Tooltip(row.label() + "\n" + row.id()));
            }
        });
        rows.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> model.selectedProperty().set(r));
        Tables.landOnALine(rows);
        HBox.setHgrow(rows, Priority.ALWAYS);

        VBox right = lactracker.ui.Behind.panel(model.subjects(), model.selectedProperty(), "health-subjects", "health.subjects.title", "health.subjects.of", openChild);
        HBox body = new HBox(12, rows, right);
        body.setPadding(new Insets(8, 0, 0, 0));
        return body;
    }

    private Node charts() {
        for (Chart c : new Chart[] {sdq, upToDate, screening}) {
            c.setAnimated(false);
            c.setPrefSize(330, 360);
            c.setMinSize(300, 300);
        }
        sdq.setId("health-chart-sdq");
        sdq.setTitle(Messages.get("health.chart.sdq"));
        sdq.setLabelsVisible(false); // the legend names the slices; labels crowd at 1366x768
        upToDate.setId("health-chart-up-to-date");
        upToDate.setTitle(Messages.get("health.chart.upToDate"));
        upToDate.setLegendVisible(false);
        upToDate.getXAxis().setLabel("%");
        screening.setId("health-chart-screening");
        screening.setTitle(Messages.get("health.chart.screening"));
        model.sdq().addListener((ListChangeListener<HealthNeedsViewModel.Bar>) c -> {
            sdq.getData().setAll(model.sdq().stream()
                    .map(b -> new PieChart.Data(b.label() + " (" + b.value() + ")", b.value().doubleValue())).toList());
        });
        model.upToDate().addListener((ListChangeListener<HealthNeedsViewModel.Bar>) c -> {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            model.upToDate().forEach(b -> series.getData().add(new XYChart.Data<>(b.value(), b.label())));
            upToDate.getData().setAll(java.util.List.of(series));
        });
        model.screening().addListener((ListChangeListener<HealthNeedsViewModel.Screening>) c -> {
            java.util.Map<String, XYChart.Series<Number, String>> byOutcome = new java.util.LinkedHashMap<>();
            for (HealthNeedsViewModel.Screening item : model.screening()) {
                item.outcomes().forEach((outcome, n) -> byOutcome.computeIfAbsent(outcome, k -> {
                    XYChart.Series<Number, String> s = new XYChart.Series<>();
                    s.setName(k);
                    return s;
                }).getData().add(new XYChart.Data<>(n, item.item())));
            }
            screening.getData().setAll(byOutcome.values());
        });
        // Side by side where they fit; a narrower window (150% scaling) puts them one under another, scrolled.
        FlowPane charts = new FlowPane(16, 16, sdq, upToDate, screening);
        charts.setPadding(new Insets(8, 0, 0, 0));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(charts);
        scroll.setId("health-charts");
        scroll.setFitToWidth(true);
        charts.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(20));
        return scroll;
    }


    public HealthNeedsViewModel model() {
        return model;
    }

    public Node root() {
        return root;
    }
}
