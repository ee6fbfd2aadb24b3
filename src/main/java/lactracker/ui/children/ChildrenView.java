package lactracker.ui.children;

import static lactracker.ui.Tables.column;
import static lactracker.ui.Tables.date;
import static lactracker.ui.Tables.number;

import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lactracker.app.ChildrenService;
import lactracker.domain.AgeBand;
import lactracker.domain.ChildSummary;
import lactracker.domain.DutyState;
import lactracker.domain.Placement;
import lactracker.ui.Forms;
import lactracker.ui.Messages;
import lactracker.ui.children.ChildrenViewModel.Row;

/**
 * The Children screen's list: search, filters, and the table of children with their next duty. Built
 * for the keyboard: type to search, Down into the table, Enter to open the child.
 */
public final class ChildrenView {
    private final ChildrenViewModel model;
    private final VBox root;
    private final TextField search = new TextField();
    private final TableView<Row> table;

    /**
     * @param open   told the child's id when a child is opened (Enter or double-click)
     * @param addNew told when the nurse asks to add a child by hand
     */
    public ChildrenView(ChildrenViewModel model, LongConsumer open, Runnable addNew) {
        this.model = model;
        Label title = new Label(Messages.get("screen.children.title"));
        title.getStyleClass().add("screen-title");
        title.setId("children-title");

        Label searchLabel = new Label(Messages.get("children.search"));
        searchLabel.setLabelFor(search);
        searchLabel.setMnemonicParsing(true);
        search.setId("children-search");
        search.setPromptText(Messages.get("children.search.prompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(28);
        search.setMaxWidth(460);
        HBox.setHgrow(search, Priority.SOMETIMES);
        Button add = new Button(Messages.get("children.add"));
        add.setId("children-add");
        add.setOnAction(e -> addNew.run());
        Button clear = new Button(Messages.get("children.clear"));
        clear.setId("children-clear");
        clear.setOnAction(e -> model.clearFilters());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("children-loading");
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(model.loadingProperty());
        Label count = new Label();
        count.setId("children-count");
        count.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(Messages.get("children.loading")).otherwise(model.countProperty()));
        count.setMinWidth(Region.USE_PREF_SIZE);
        searchLabel.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, searchLabel, search, clear, spacer, loading, count, add);
        top.setAlignment(Pos.CENTER_LEFT);

        FlowPane filters = new FlowPane(14, 8,
                filter("children.filter.show", "children-show", Forms.choice(model.showProperty(),
                        javafx.collections.FXCollections.observableArrayList(ChildrenViewModel.Show.values()),
                        ChildrenView::showText, null)),
                filter("children.filter.nurse", "children-nurse", nurseCombo()),
                filter("children.filter.state", "children-state", Forms.choice(model.stateProperty(),
                        javafx.collections.FXCollections.observableArrayList(DutyState.values()),
                        lactracker.ui.Labels::of, Messages.get("children.filter.any"))),
                filter("children.filter.placement", "children-placement", Forms.choice(model.placementProperty(),
                        javafx.collections.FXCollections.observableArrayList(Placement.values()),
                        lactracker.ui.Labels::of, Messages.get("children.filter.any"))),
                filter("children.filter.uasc", "children-uasc", Forms.choice(model.uascProperty(),
                        javafx.collections.FXCollections.observableArrayList(true, false),
                        lactracker.ui.Labels::yesNo, Messages.get("children.filter.any"))),
                filter("children.filter.age", "children-age", Forms.choice(model.ageBandProperty(),
                        javafx.collections.FXCollections.observableArrayList(AgeBand.values()),
                        AgeBand::label, Messages.get("children.filter.any"))),
                filter("children.filter.legal", "children-legal", Forms.choice(model.legalStatusProperty(),
                        model.legalStatuses(), code -> code + " " + ChildrenService.label("LS", code),
                        Messages.get("children.filter.any"))),
                Forms.asAtDay(model.asAtProperty(), "children-as-at", "children.asAt"));

        table = lactracker.ui.LightRowsSkin.table(); // rows restyled only when their look changes
        model.rows().showIn(table);
        table.setId("children-table");
        table.setFixedCellSize(26); // light rows of one height: smooth scrolling through 100,000 children
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(Messages.get("children.loading")).otherwise(Messages.get("children.none")));
        table.setPlaceholder(placeholder);
        // The columns a nurse scans first (who, and what is due when) come first; all fit at 1366x768.
        TableColumn<Row, java.time.LocalDate> due = sorted(date("children.column.due", r -> r.summary().nextDue(), 100),
                ChildrenViewModel.BY_DUE_DATE);
        TableColumn<Row, DutyState> state = sorted(column("children.column.state", r -> r.summary().state(), 82),
                Comparator.comparing((Row r) -> r.summary().state()));
        state.setCellFactory(c -> new StateCell());
        table.getColumns().add(sorted(column("children.column.name", Row::name, 140),
                Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER)));
        table.getColumns().add(sorted(column("children.column.laId", r -> r.summary().laChildId(), 80),
                Comparator.comparing((Row r) -> r.summary().laChildId())));
        table.getColumns().add(sorted(column("children.column.nhs", Row::nhsNumber, 108),
                Comparator.comparing(Row::nhsNumber)));
        TableColumn<Row, Integer> age = sorted(number("children.column.age", r -> r.summary().age(), 48),
                Comparator.comparingInt((Row r) -> r.summary().age()));
        age.setMinWidth(40);
        table.getColumns().add(sorted(date("children.column.born", r -> r.summary().dateOfBirth(), 96),
                Comparator.comparing((Row r) -> r.summary().dateOfBirth())));
        table.getColumns().add(age);
        table.getColumns().add(sorted(column("children.column.next", Row::nextDuty, 50),
                Comparator.comparing(Row::nextDuty)));
        table.getColumns().add(due);
        table.getColumns().add(state);
        table.getColumns().add(sorted(column("children.column.nurse", Row::nurse, 135),
                Comparator.comparing(Row::nurse)));
        table.getColumns().add(sorted(column("children.column.location", Row::location, 100),
                Comparator.comparing(Row::location)));
        table.getColumns().add(sorted(column("children.column.uasc", r -> r.summary().uasc() ? lactracker.ui.Labels.yesNo(true) : "", 55),
                Comparator.comparing((Row r) -> r.summary().uasc())));
        table.getColumns().add(sorted(column("children.column.legal", Row::legalStatus, 180),
                Comparator.comparing(Row::legalStatus)));
        table.getColumns().add(sorted(column("children.column.placement", Row::placement, 220),
                Comparator.comparing(Row::placement)));
        table.getColumns().add(sorted(date("children.column.dental", r -> r.summary().lastDentalCheck(), 120),
                Comparator.comparing((Row r) -> r.summary().lastDentalCheck(), Comparator.nullsFirst(Comparator.naturalOrder()))));
        // Every visible cell changes at each new search: light cells halved the window's time for it.
        for (TableColumn<Row, ?> c : table.getColumns()) {
            if (c != state) {
                lightCells(c);
            }
        }
        // Sorting 100,000 rows is done by the model off the UI thread; the table only shows the result.
        // The table asks for a sort each time its items change; only a change of the sorted columns
        // is passed on, or each new list would ask for another.
        String[] lastOrder = {null};
        table.setSortPolicy(t -> {
            StringBuilder key = new StringBuilder();
            Comparator<Row> order = null;
            for (TableColumn<Row, ?> c : t.getSortOrder()) {
                @SuppressWarnings("unchecked")
                Comparator<Row> byColumn = (Comparator<Row>) c.getUserData();
                if (byColumn != null) {
                    key.append(c.getText()).append(c.getSortType()).append('|');
                    byColumn = c.getSortType() == TableColumn.SortType.DESCENDING ? byColumn.reversed() : byColumn;
                    order = order == null ? byColumn : order.thenComparing(byColumn);
                }
            }
            if (!key.toString().equals(lastOrder[0])) {
                lastOrder[0] = key.toString();
                model.orderProperty().set(order == null ? ChildrenViewModel.BY_DUE_DATE
                        : order.thenComparing(ChildrenViewModel.BY_DUE_DATE));
            }
            return true;
        });
        table.getSortOrder().add(due);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem().summary().childId());
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<Row>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().summary().childId());
                }
            });
            return row;
        });
        // From the search box, Down goes into the list and Enter opens the only child found.
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                table.getFocusModel().focus(0);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && table.getItems().size() == 1) {
                open.accept(table.getItems().get(0).summary().childId());
                e.consume();
            }
        });

        Label failure = new Label();
        failure.setId("children-failure");
        failure.getStyleClass().add("error-text");
        failure.setWrapText(true);
        failure.textProperty().bind(model.failureProperty());
        failure.managedProperty().bind(model.failureProperty().isNotEmpty());

        root = new VBox(12, title, top, filters, failure, table);
        root.setId("children");
        root.setPadding(new Insets(24));
        root.getProperties().put(ChildrenViewModel.class, model);
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (root.isVisible() && root.getScene() != null) {
                        search.requestFocus();
                        search.selectAll();
                    }
                });
            }
        });
    }

    private static String showText(ChildrenViewModel.Show show) {
        return Messages.get(switch (show) {
            case LOOKED_AFTER -> "children.show.lookedAfter";
            case CARE_LEAVERS -> "children.show.careLeavers";
            case LEFT -> "children.show.left";
            case ALL -> "children.show.all";
        });
    }

    private static <T> TableColumn<Row, T> sorted(TableColumn<Row, T> column, Comparator<Row> order) {
        column.setUserData(order);
        return column;
    }

    private static Node filter(String key, String id, ComboBox<?> box) {
        Label label = new Label(Messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(box);
        label.setMinWidth(Region.USE_PREF_SIZE);
        box.setId(id);
        HBox pair = new HBox(6, label, box);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private ComboBox<ChildrenViewModel.NurseChoice> nurseCombo() {
        ComboBox<ChildrenViewModel.NurseChoice> box = new ComboBox<>(model.nurses());
        box.valueProperty().bindBidirectional(model.nurseProperty());
        return box;
    }

    /** The red/amber/green of the next duty, in words as well as colour. */
    private static final class StateCell extends lactracker.ui.LightCell<Row, DutyState> {
        StateCell() {
            super(lactracker.ui.Labels::of);
        }

        @Override
        protected void updateItem(DutyState item, boolean empty) {
            super.updateItem(item, empty);
            lactracker.ui.Tables.tone(this, empty || item == null ? null : lactracker.ui.Tables.Tone.of(item));
        }
    }

    /** A column drawn with light cells: dates as the screens write them. */
    private static <T> void lightCells(TableColumn<Row, T> c) {
        c.setCellFactory(col -> new lactracker.ui.LightCell<>(v -> v instanceof java.time.LocalDate d
                ? lactracker.ui.Tables.date(d) : String.valueOf(v)));
    }

    /** The list as shown, filtered and sorted, for File > Print; the filters in words above it. */
    public lactracker.ui.print.Printout printout() {
        List<String> shown = new java.util.ArrayList<>();
        shown.add(showText(model.showProperty().get() == null ? ChildrenViewModel.Show.ALL : model.showProperty().get()));
        if (model.nurseProperty().get() != null && model.nurseProperty().get().id() != null) {
            shown.add(Messages.get("children.filter.nurse").replace("_", "") + " " + model.nurseProperty().get().name());
        }
        if (model.stateProperty().get() != null) {
            shown.add(lactracker.ui.Labels.of(model.stateProperty().get()));
        }
        if (model.placementProperty().get() != null) {
            shown.add(lactracker.ui.Labels.of(model.placementProperty().get()));
        }
        if (model.searchProperty().get() != null && !model.searchProperty().get().isBlank()) {
            shown.add("\"" + model.searchProperty().get().strip() + "\"");
        }
        shown.add(model.countProperty().get());
        return lactracker.ui.print.Printout.of(table, Messages.get("print.children"), String.join(" · ", shown));
    }

    /** Puts the keyboard in the search box, ready to type. */
    public void focusSearch() {
        search.requestFocus();
    }

    /** Selects a child's row if shown (after coming back from their record), keeping the place in the list. */
    public void select(long childId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            ChildSummary s = table.getItems().get(i).summary();
            if (s.childId() == childId) {
                table.getSelectionModel().select(i);
                table.scrollTo(Math.max(0, i - 3));
                table.requestFocus();
                return;
            }
        }
    }

    public Node root() {
        return root;
    }
}
