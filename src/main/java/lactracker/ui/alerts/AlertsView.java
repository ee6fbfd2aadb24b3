package lactracker.ui.alerts;

import static lactracker.ui.Tables.column;
import static lactracker.ui.Tables.date;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lactracker.app.AlertsService.AlertLine;
import lactracker.domain.AlertKind;
import lactracker.domain.Severity;
import lactracker.domain.TeamMember;
import lactracker.ui.LightRowsSkin;
import lactracker.ui.Messages;
import lactracker.ui.Tables;

/**
 * The home screen: today's alerts, most urgent first, with a count for each kind (choosing one shows
 * only those) and a nurse filter. Enter or a double-click opens the child the alert is about.
 */
public final class AlertsView {
    private final VBox root;
    private final TableView<AlertLine> table = LightRowsSkin.table(); // rows restyled only when their look changes

    private final AlertsViewModel model;

    /** Told the child and the kind of alert chosen, so the child's record opens where the alert points. */
    public interface OpenChild {
        void open(long childId, lactracker.domain.AlertKind about);
    }

    public AlertsView(AlertsViewModel model, OpenChild openChild) {
        this.model = model;
        Label title = new Label(Messages.get("screen.alerts.title"));
        title.getStyleClass().add("screen-title");
        title.setId("alerts-title");
        Label summary = new Label();
        summary.setId("alerts-summary");
        summary.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(Messages.get("alerts.loading")).otherwise(model.summaryProperty()));
        summary.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.loadingProperty());
        working.managedProperty().bind(model.loadingProperty());
        Label warning = new Label();
        warning.getStyleClass().add("error-text");
        warning.textProperty().bind(model.warningProperty());
        warning.managedProperty().bind(model.warningProperty().isNotEmpty());
        warning.setWrapText(true);

        ComboBox<TeamMember> nurse = lactracker.ui.Forms.choice(model.nurseProperty(), model.nurses(), TeamMember::name,
                Messages.get("alerts.allNurses"));
        nurse.setId("alerts-nurse");
        Label nurseLabel = new Label(Messages.get("alerts.nurse"));
        nurseLabel.setMnemonicParsing(true);
        nurseLabel.setLabelFor(nurse);
        nurseLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button all = new Button(Messages.get("alerts.allKinds"));
        all.setId("alerts-all-kinds");
        all.setMinWidth(Region.USE_PREF_SIZE);
        all.setOnAction(e -> model.kindProperty().set(null));
        HBox said = new HBox(10, working, summary);
        said.setAlignment(Pos.CENTER_LEFT);
        HBox filters = new HBox(10, nurseLabel, nurse,
                lactracker.ui.Forms.asAtDay(model.asAtProperty(), "alerts-as-at", "alerts.asAt"), all);
        filters.setAlignment(Pos.CENTER_LEFT);
        // The filters go under the summary when the window is narrow (150% on a laptop), not out of it.
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(24, 8, said, filters);
        top.setAlignment(Pos.CENTER_LEFT);

        ListView<AlertsViewModel.Group> groups = new ListView<>(model.groups());
        groups.setId("alerts-groups");
        // Wide enough for the longest kind with a national count: "UASC review incomplete  (40,000)".
        groups.setPrefWidth(275);
        groups.setMinWidth(265);
        groups.setFixedCellSize(28);
        groups.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AlertsViewModel.Group g, boolean empty) {
                super.updateItem(g, empty);
                if (empty || g == null) {
                    setText(null);
                    Tables.tone(this, null);
                } else {
                    setText(g.kind().label() + "  (" + String.format(java.util.Locale.UK, "%,d", g.count()) + ")");
                    Tables.tone(this, g.count() == 0 ? Tables.Tone.MUTED : Tables.Tone.of(g.kind().severity()));
                }
            }
        });
        groups.getSelectionModel().selectedItemProperty().addListener((o, a, g) -> {
            if (g != null) {
                model.kindProperty().set(g.kind());
            }
        });
        model.kindProperty().addListener((o, a, k) -> {
            if (k == null) {
                groups.getSelectionModel().clearSelection();
            }
        });
        // Each filtering brings new counts, a new list of kinds: the kind being shown stays chosen in it.
        model.groups().addListener((javafx.collections.ListChangeListener<AlertsViewModel.Group>) c -> {
            AlertKind k = model.kindProperty().get();
            if (k != null) {
                model.groups().stream().filter(g -> g.kind() == k).findFirst()
                        .ifPresent(g -> groups.getSelectionModel().select(g));
            }
        });

        model.rows().showIn(table);
        table.setId("alerts-table");
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label(Messages.get("alerts.none")));
        TableColumn<AlertLine, Severity> severity = column("alerts.column.severity", l -> l.alert().severity(), 80);
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Severity s, boolean empty) {
                super.updateItem(s, empty);
                Tables.tone(this, empty || s == null ? null : Tables.Tone.of(s));
                if (empty || s == null) {
                    setText(null);
                } else {
                    setText(Messages.get(switch (s) {
                        case RED -> "alerts.severity.red";
                        case AMBER -> "alerts.severity.amber";
                        case INFO -> "alerts.severity.info";
                    }));
                }
            }
        });
        table.getColumns().add(severity);
        // The details take what the other columns leave, so nothing needs scrolling sideways at 1366x768;
        // a detail too long to show whole is shown whole when the pointer rests on it.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        severity.setPrefWidth(78);
        table.getColumns().add(column("alerts.column.kind", l -> l.alert().kind().label(), 140));
        table.getColumns().add(column("alerts.column.child", AlertLine::childName, 120));
        table.getColumns().add(column("alerts.column.laId", l -> l.alert().laChildId(), 72));
        table.getColumns().add(date("alerts.column.due", l -> l.alert().dueDate(), 100));
        TableColumn<AlertLine, String> detail = Tables.text("alerts.column.detail",
                l -> detail(l.alert()), 250);
        table.getColumns().add(detail);
        Tables.keepColumnsWhole(table);
        table.setOnKeyPressed(e -> {
            AlertLine line = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && line != null) {
                openChild.open(line.alert().childId(), line.alert().kind());
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<AlertLine>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openChild.open(row.getItem().alert().childId(), row.getItem().alert().kind());
                }
            });
            return row;
        });
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox body = new HBox(12, groups, table);
        VBox.setVgrow(body, Priority.ALWAYS);

        root = new VBox(12, title, top, warning, body);
        root.setId("alerts");
        root.setPadding(new Insets(24));
        root.getProperties().put(AlertsViewModel.class, model);
        root.getProperties().put(lactracker.ui.print.Printout.KEY, (java.util.function.Supplier<lactracker.ui.print.Printout>)
                () -> lactracker.ui.print.Printout.of(table, Messages.get("print.alerts"), model.summaryProperty().get()));
    }

    public AlertsViewModel model() {
        return model;
    }

    public Node root() {
        return root;
    }

    /** The alert's sentence as the screen words it, from its kind and figures, dates as the rest of the screen writes them. */
    static String detail(lactracker.domain.Alert a) {
        var f = a.figures();
        String due = a.dueDate() == null ? "" : lactracker.ui.Tables.date(a.dueDate());
        String date = f.date() == null ? "" : lactracker.ui.Tables.date(f.date());
        int n = f.number() == null ? 0 : f.number();
        return switch (a.kind()) {
            case IHA_REQUEST_LATE -> Messages.format("alerts.detail.requestLate", due);
            case IHA_OVERDUE, RHA_OVERDUE -> Messages.format("alerts.detail.overdue", f.label(), due, n);
            case IHA_DUE_SOON, RHA_DUE_SOON -> n == 0 ? Messages.format("alerts.detail.dueToday", f.label(), due)
                    : Messages.format("alerts.detail.dueSoon", f.label(), due, n);
            case ESCALATION_STEP_DUE -> Messages.format("alerts.detail.escalation", f.label(), n, date);
            case UASC_REVIEW_INCOMPLETE -> Messages.format("alerts.detail.uasc", date);
            case DENTAL_CHECK_OVERDUE -> f.date() == null ? Messages.get("alerts.detail.noDental")
                    : Messages.format("alerts.detail.dental", date);
            case CARIES_NOT_FOLLOWED_UP -> Messages.format("alerts.detail.caries", date);
            case TURNING_18 -> Messages.format("alerts.detail.turning18", date);
            case PAYMENT_UNVERIFIED -> Messages.format("alerts.detail.payment", date,
                    f.amount() == null ? "" : lactracker.ui.Tables.money(f.amount()));
        };
    }
}
