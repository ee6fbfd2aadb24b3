package lactracker.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Form rows made the same way on every screen: a label that focuses its field (with a mnemonic), the
 * field, and under it the plain-English problem with that field, if any, shown as soon as it is known.
 */
public final class Forms {
    // Strict: 31/02/2026 is refused, not quietly made 28/02/2026.
    private static final List<DateTimeFormatter> TYPED = java.util.stream.Stream.of(
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d-M-uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK),
            DateTimeFormatter.ISO_LOCAL_DATE).map(f -> f.withResolverStyle(java.time.format.ResolverStyle.STRICT)).toList();
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);

    /**
     * A screen's root names, under this key, where the keyboard starts when the screen is opened: the
     * node, or a {@link Runnable} that puts it there (for a screen whose starting place depends on what
     * it shows).
     */
    public static final String FIRST = "lactracker.first";

    private Forms() {
    }

    /** A two-column form grid: labels as wide as they need, fields taking the rest. */
    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Label.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /**
     * Shows a refused save's problems at their fields, in place of those shown before; a field named twice
     * shows its first problem.
     */
    public static void showProblems(ObservableMap<String, String> shown, List<lactracker.domain.FieldProblem> refused) {
        shown.clear();
        refused.forEach(p -> shown.putIfAbsent(p.field(), p.message()));
    }

    /** A section's heading. */
    public static Label sectionTitle(String key) {
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add("section-title");
        return title;
    }

    /**
     * Adds a labelled field at {@code row} of a two-column grid, with its problem text under it.
     *
     * @param field    the name the checks use for this field, or null for a field with no checks
     * @param problems the form's problems by field name
     */
    public static Row row(GridPane grid, int row, String labelKey, Control control, String field,
            ObservableMap<String, String> problems) {
        Label label = new Label(Messages.get(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        Node cell = control;
        if (field != null) {
            control.setId(field);
            Label error = new Label();
            error.setId(field + "-problem");
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.setManaged(false);
            error.setVisible(false);
            MapChangeListener<String, String> show = change -> {
                String text = problems.get(field);
                error.setText(text == null ? "" : text);
                error.setVisible(text != null);
                error.setManaged(text != null);
                control.getStyleClass().remove("invalid");
                if (text != null) {
                    control.getStyleClass().add("invalid");
                }
            };
            problems.addListener(show);
            cell = new VBox(2, control, error);
        }
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        return new Row(label, cell);
    }

    /** A form row's label and field, to show or hide together. */
    public record Row(Label label, Node field) {
        /** Shows the row only while {@code condition} holds; a hidden row is skipped by Tab too. */
        public void showWhen(javafx.beans.value.ObservableBooleanValue condition) {
            for (Node n : new Node[] {label, field}) {
                n.visibleProperty().bind(condition);
                n.managedProperty().bind(condition);
            }
        }
    }

    /**
     * A date field that takes a date as nurses type it (6/2/2017, 06-02-2017, 6 Feb 2017) and shows it
     * as 06/02/2017. A date it cannot read is left as typed, and {@code unreadable} is told (true) so
     * the form can name the problem and refuse to save; told false once the field reads again.
     */
    public static DatePicker datePicker(java.util.function.Consumer<Boolean> unreadable) {
        DatePicker picker = new DatePicker();
        picker.setPromptText("dd/mm/yyyy");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    LocalDate date = parse(text);
                    unreadable.accept(false);
                    return date;
                } catch (DateTimeParseException e) {
                    unreadable.accept(true);
                    return picker.getValue();
                }
            }
        });
        picker.setPrefWidth(140);
        // Commit what was typed when the field is left by Tab, not only on Enter.
        picker.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                try {
                    picker.setValue(parse(picker.getEditor().getText()));
                    unreadable.accept(false);
                } catch (DateTimeParseException e) {
                    unreadable.accept(true);
                }
            }
        });
        return picker;
    }

    /** A date field (as {@link #datePicker(java.util.function.Consumer)}) bound both ways to {@code value}. */
    public static DatePicker datePicker(javafx.beans.property.ObjectProperty<LocalDate> value, String id,
            java.util.function.Consumer<Boolean> unreadable, double width) {
        DatePicker picker = datePicker(unreadable);
        picker.valueProperty().bindBidirectional(value);
        picker.setId(id);
        picker.setPrefWidth(width);
        return picker;
    }

    /** A field's label from {@code key}, its Alt+letter taking the keyboard to {@code field}, never cut short. */
    public static Label labelFor(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /**
     * Puts into each date field under {@code root} the date typed there and not yet entered, as leaving
     * the field would, so that a save by the keyboard saves what is shown.
     */
    public static void commitTypedDates(Node root) {
        for (Node n : root.lookupAll(".date-picker")) {
            if (n instanceof DatePicker picker && picker.isEditable() && !picker.isDisabled()) {
                String text = picker.getEditor().getText();
                if (!java.util.Objects.equals(text == null ? "" : text, picker.getConverter().toString(picker.getValue()))) {
                    picker.setValue(picker.getConverter().fromString(text));
                }
            }
        }
    }

    /** Ctrl+S anywhere under {@code root} saves what is shown, a date typed but not yet entered included. */
    public static void saveShortcut(Node root, Runnable save) {
        javafx.scene.input.KeyCombination ctrlS = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.S,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (ctrlS.match(e)) {
                commitTypedDates(root);
                save.run();
                e.consume();
            }
        });
    }

    /**
     * Puts the keyboard on {@code node} now and again after the next layout pass: a screen just made is
     * not all in the scene until then (a scroll pane's content joins it with the pane's skin), and a
     * request made before that is dropped.
     */
    public static void focusOnceShown(Node node, javafx.scene.Scene scene) {
        node.requestFocus();
        if (scene == null) {
            javafx.application.Platform.runLater(node::requestFocus);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            node.requestFocus();
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    /**
     * "As at day": a date field bound to {@code day} (empty for today) and a Today button that empties
     * it, for a screen worked out as at another day.
     *
     * @param id the field's id; the button's is {@code id + "-today"}
     */
    public static javafx.scene.layout.HBox asAtDay(javafx.beans.property.ObjectProperty<LocalDate> day, String id,
            String labelKey) {
        DatePicker field = datePicker(bad -> { });
        field.setId(id);
        field.setPromptText(Messages.get("alerts.asAt.today"));
        field.valueProperty().bindBidirectional(day);
        Label label = new Label(Messages.get(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        javafx.scene.control.Button today = new javafx.scene.control.Button(Messages.get("alerts.asAt.todayButton"));
        today.setId(id + "-today");
        today.setMinWidth(Label.USE_PREF_SIZE);
        today.disableProperty().bind(day.isNull());
        today.setOnAction(e -> day.set(null));
        javafx.scene.layout.HBox pair = new javafx.scene.layout.HBox(6, label, field, today);
        pair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return pair;
    }

    /** A text field bound both ways to {@code property}. */
    public static javafx.scene.control.TextField text(javafx.beans.property.StringProperty property) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** A typed date, or null for an empty field. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter f : TYPED) {
            try {
                return LocalDate.parse(text.strip(), f);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        throw new DateTimeParseException("not a date", text, 0);
    }

    /**
     * A choice box bound to {@code property}; with {@code anyText}, its first choice is "none" (null),
     * shown as that text. Its items follow {@code values} as they change.
     */
    public static <T> javafx.scene.control.ComboBox<T> choice(javafx.beans.property.ObjectProperty<T> property,
            javafx.collections.ObservableList<T> values, java.util.function.Function<T, String> text, String anyText) {
        javafx.collections.ObservableList<T> items = javafx.collections.FXCollections.observableArrayList();
        // Replaced in one step, keeping the chosen value: adding the "none" choice after the others once
        // let the box pick the first real value by itself, filtering the list without being asked.
        Runnable fill = () -> {
            T chosen = property.get();
            java.util.List<T> next = new java.util.ArrayList<>();
            if (anyText != null) {
                next.add(null);
            }
            next.addAll(values);
            items.setAll(next);
            property.set(next.contains(chosen) ? chosen : null);
        };
        fill.run();
        values.addListener((javafx.collections.ListChangeListener<T>) c -> fill.run());
        javafx.scene.control.ComboBox<T> box = new javafx.scene.control.ComboBox<>(items);
        javafx.util.StringConverter<T> converter = new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? anyText : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && anyText == null ? null : converter.toString(item));
            }
        });
        box.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }

}
