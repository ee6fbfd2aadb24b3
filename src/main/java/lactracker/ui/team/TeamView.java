package lactracker.ui.team;

import static lactracker.ui.Tables.column;
import static lactracker.ui.Tables.date;
import static lactracker.ui.Tables.number;

import java.io.File;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import lactracker.app.TeamService;
import lactracker.domain.AgeBand;
import lactracker.domain.ChildSummary;
import lactracker.domain.Placement;
import lactracker.domain.TeamFigures;
import lactracker.domain.TeamMember;
import lactracker.ui.Forms;
import lactracker.ui.Labels;
import lactracker.ui.Messages;
import lactracker.ui.Tables;

/**
 * The team lead's overview: this quarter's compliance so far beside last quarter's, four charts (each can
 * be saved as a PNG), and each nurse's caseload with her children, who can be moved to another nurse.
 */
public final class TeamView {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    private final ScrollPane root;
    private final TeamViewModel model;
    private final HBox tiles = new HBox(12);
    private final Label period = new Label();
    private final LineChart<String, Number> lookedAfter = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> ages = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> onTime = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
    private final PieChart placements = new PieChart();
    private Node firstFocus;

    public TeamView(TeamViewModel model) {
        this.model = model;
        Label title = new Label(Messages.get("screen.team.title"));
        title.getStyleClass().add("screen-title");
        title.setId("team-title");
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.loadingProperty());
        Label message = new Label();
        message.setId("team-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox status = new HBox(10, working, period, message);
        status.setAlignment(Pos.CENTER_LEFT);
        period.setId("team-period");

        for (Chart c : new Chart[] {lookedAfter, ages, onTime, placements}) {
            c.setAnimated(false);
            c.setPrefSize(520, 280);
            c.setMinHeight(260);
        }
        lookedAfter.setLegendVisible(false);
        ages.setLegendVisible(false);
        lookedAfter.setTitle(Messages.get("team.chart.lookedAfter"));
        ages.setTitle(Messages.get("team.chart.ages"));
        onTime.setTitle(Messages.get("team.chart.onTime"));
        placements.setTitle(Messages.get("team.chart.placements"));
        onTime.getYAxis().setLabel("%");
        GridPane charts = new GridPane();
        charts.setHgap(16);
        charts.setVgap(16);
        charts.add(chart(lookedAfter, "team-chart-looked-after", "looked-after"), 0, 0);
        charts.add(chart(ages, "team-chart-ages", "age-bands"), 1, 0);
        charts.add(chart(onTime, "team-chart-on-time", "on-time"), 0, 1);
        charts.add(chart(placements, "team-chart-placements", "in-and-out-of-county"), 1, 1);

        VBox content = new VBox(14, title, status, tiles, Forms.sectionTitle("team.section.charts"), charts,
                Forms.sectionTitle("team.section.caseload"), caseload());
        content.setPadding(new Insets(24));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("team");
        root.getProperties().put(TeamViewModel.class, model);
        root.getProperties().put(TeamView.class, this);
        root.getProperties().put(Forms.FIRST, firstFocus);
        model.overviewProperty().addListener((o, a, overview) -> show(overview));
    }

    private final String[] lastSaved = {null};

    private Node chart(Chart chart, String id, String fileStem) {
        chart.setId(id);
        Button save = new Button(Messages.get("team.chart.save"));
        save.setId(id + "-save");
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("team.chart.saveTitle"));
            chooser.setInitialFileName(fileStem + ".png");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("team.chart.files"), "*.png"));
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                savePicture(chart, id, file.toPath());
            }
        });
        // Said beside the button that was pressed: the screen's own message line is scrolled out of sight.
        Label said = new Label();
        said.setId(id + "-message");
        said.setWrapText(true);
        said.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> id.equals(lastSaved[0]) ? model.messageProperty().get() : "", model.messageProperty()));
        HBox line = new HBox(10, said, save);
        line.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(4, chart, line);
        box.setAlignment(Pos.TOP_RIGHT);
        return box;
    }

    /** Saves the chart of {@code id} as a PNG file; the result is said beside that chart's Save button. */
    void savePicture(Chart chart, String id, java.nio.file.Path file) {
        lastSaved[0] = id;
        model.savePng(picture(chart), file);
    }

    /** The chart as it is drawn, on a white background, for a report. */
    static java.awt.image.BufferedImage picture(Chart chart) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(javafx.scene.paint.Color.WHITE);
        return SwingFXUtils.fromFXImage(chart.snapshot(p, null), null);
    }

    private void show(TeamService.Overview o) {
        if (o == null) {
            return;
        }
        period.setText(Messages.format("team.period", o.quarter(), Tables.date(o.day())));
        tiles.getChildren().clear();
        for (TeamService.Tile t : o.tiles()) {
            tiles.getChildren().add(tile(t));
        }
        XYChart.Series<String, Number> counts = new XYChart.Series<>();
        for (TeamFigures.MonthEnd m : o.monthEnds()) {
            counts.getData().add(new XYChart.Data<>(MONTH.format(m.date()), m.lookedAfter()));
        }
        lookedAfter.getData().setAll(java.util.List.of(counts));
        TeamFigures.MonthEnd last = o.monthEnds().get(o.monthEnds().size() - 1);
        XYChart.Series<String, Number> bands = new XYChart.Series<>();
        for (AgeBand b : AgeBand.values()) {
            bands.getData().add(new XYChart.Data<>(b.label(), last.ageBands().get(b)));
        }
        ages.getData().setAll(java.util.List.of(bands));
        ages.setTitle(Messages.format("team.chart.ages.on", Tables.date(last.date())));
        XYChart.Series<String, Number> iha = new XYChart.Series<>();
        iha.setName(Messages.get("team.chart.iha"));
        XYChart.Series<String, Number> rha = new XYChart.Series<>();
        rha.setName(Messages.get("team.chart.rha"));
        for (TeamService.QuarterOnTime q : o.onTime()) {
            iha.getData().add(new XYChart.Data<>(q.quarter(), q.iha() == null ? 0 : q.iha()));
            rha.getData().add(new XYChart.Data<>(q.quarter(), q.rha() == null ? 0 : q.rha()));
        }
        onTime.getData().setAll(java.util.List.of(iha, rha));
        placements.getData().clear();
        for (Placement p : Placement.values()) {
            int n = last.placements().get(p);
            placements.getData().add(new PieChart.Data(Messages.format(switch (p) {
                case IN_COUNTY -> "team.placement.in";
                case OUT_OF_COUNTY -> "team.placement.out";
                case UNKNOWN -> "team.placement.unknown";
            }, n), n));
        }
        placements.setTitle(Messages.format("team.chart.placements.on", Tables.date(last.date())));
    }

    private Node tile(TeamService.Tile t) {
        Label name = new Label(t.label());
        name.setWrapText(true);
        name.getStyleClass().add("tile-name");
        Label percent = new Label(t.percent() == null ? "–" : t.percent().stripTrailingZeros().toPlainString() + "%");
        percent.getStyleClass().add("tile-percent");
        Label fraction = new Label(Messages.format("team.tile.fraction", t.numerator(), t.denominator()));
        Label lastQuarter = new Label(Messages.format("team.tile.last", percent(t.lastQuarterPercent())));
        lastQuarter.getStyleClass().add("hint");
        VBox box = new VBox(4, name, percent, fraction, lastQuarter);
        box.getStyleClass().add("tile");
        box.setId("tile-" + t.id());
        box.setPrefWidth(240);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static String percent(BigDecimal p) {
        return p == null ? "–" : p.stripTrailingZeros().toPlainString() + "%";
    }

    private Node caseload() {
        TableView<TeamViewModel.Load> loads = new TableView<>(model.caseload());
        loads.setId("team-caseload");
        loads.setFixedCellSize(26);
        loads.setPrefHeight(220);
        loads.setPrefWidth(420);
        loads.setPlaceholder(new Label(Messages.get("team.caseload.none")));
        loads.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        loads.getColumns().add(column("team.caseload.nurse", TeamViewModel.Load::nurse, 160));
        loads.getColumns().add(number("team.caseload.children", l -> l.load().children(), 80));
        loads.getColumns().add(number("team.caseload.overdue", l -> l.load().overdue(), 80));
        loads.getColumns().add(number("team.caseload.dueSoon", l -> l.load().dueSoon(), 80));
        Tables.keepColumnsWhole(loads); // at 150% a nurse's name stays whole; the table scrolls instead
        loads.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> model.selectedLoadProperty().set(l));
        model.selectedLoadProperty().addListener((o, a, l) -> { // the line chosen again after the lines are read anew
            if (l != loads.getSelectionModel().getSelectedItem()) {
                loads.getSelectionModel().select(l);
            }
        });
        firstFocus = loads;
        Tables.landOnALine(loads);

        TableView<ChildSummary> children = new TableView<>(model.children());
        children.setId("team-children");
        children.setFixedCellSize(26);
        children.setPrefHeight(220);
        children.setPlaceholder(new Label(Messages.get("team.children.none")));
        children.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        children.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        children.getColumns().add(column("team.children.name", ChildSummary::displayName, 160));
        children.getColumns().add(column("team.children.laId", ChildSummary::laChildId, 80));
        children.getColumns().add(column("team.children.next", s -> s.nextDuty() == null ? "" : Labels.of(s.nextDuty()), 60));
        children.getColumns().add(date("team.children.due", ChildSummary::nextDue, 100));
        children.getColumns().add(column("team.children.state", s -> Labels.of(s.state()), 90));
        Tables.keepColumnsWhole(children);
        HBox.setHgrow(children, Priority.ALWAYS);

        ComboBox<TeamMember> to = Forms.choice(model.reassignToProperty(), model.nurses(), TeamMember::name, null);
        to.setId("team-reassign-to");
        to.setPrefWidth(200);
        to.setMinWidth(120);
        Label toLabel = new Label(Messages.get("team.reassign.to"));
        toLabel.setMnemonicParsing(true);
        toLabel.setLabelFor(to);
        toLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button move = new Button(Messages.get("team.reassign.move"));
        move.setId("team-reassign");
        move.setMinWidth(Region.USE_PREF_SIZE);
        move.disableProperty().bind(model.loadingProperty());
        move.setOnAction(e -> model.reassign(java.util.List.copyOf(children.getSelectionModel().getSelectedItems())));
        HBox moveLine = new HBox(8, toLabel, to, move);
        moveLine.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(8, children, moveLine);
        HBox.setHgrow(right, Priority.ALWAYS);
        return new HBox(16, loads, right);
    }

    public TeamViewModel model() {
        return model;
    }

    public Node root() {
        return root;
    }
}
