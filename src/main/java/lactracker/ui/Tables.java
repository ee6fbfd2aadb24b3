package lactracker.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Table columns made the same way on every screen: light cells that read a field, headers from messages. */
public final class Tables {
    /** Dates as a nurse writes them, unambiguous in a table: "6 Feb 2017". */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    /** Used on the UI thread only: a NumberFormat is not safe to share between threads. */
    private static final java.text.NumberFormat MONEY = java.text.NumberFormat.getCurrencyInstance(Locale.UK);

    private Tables() {
    }

    public static <S, T> TableColumn<S, T> column(String key, Function<S, T> value, double width) {
        TableColumn<S, T> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(true);
        return c;
    }

    public static <S, T> TableColumn<S, T> number(String key, Function<S, T> value, double width) {
        TableColumn<S, T> c = column(key, value, width);
        c.getStyleClass().add("number");
        c.setMinWidth(70); // the header stays readable at 150%
        return c;
    }

    /** A column of free text: a cell cut short shows its whole text when the pointer rests on it. */
    public static <S> TableColumn<S, String> text(String key, Function<S, String> value, double width) {
        TableColumn<S, String> c = column(key, value, width);
        c.setCellFactory(col -> new TableCell<>() {
            private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                whole.setText(text);
                setTooltip(empty || text == null || text.isEmpty() ? null : whole);
            }
        });
        return c;
    }

    /** A date column: shown as {@link #DATE}, sorted as a date, blank when there is none. */
    public static <S> TableColumn<S, LocalDate> date(String key, Function<S, LocalDate> value, double width) {
        TableColumn<S, LocalDate> c = column(key, value, width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DATE.format(item));
            }
        });
        return c;
    }

    /** The colours a cell's text can take: the red/amber/green of a state, or muted. */
    public enum Tone {
        RED, AMBER, GREEN, MUTED;

        private final javafx.css.PseudoClass pseudoClass = javafx.css.PseudoClass.getPseudoClass(
                "tone-" + name().toLowerCase(Locale.ROOT));

        public static Tone of(lactracker.domain.DutyState state) {
            return switch (state) {
                case OVERDUE -> RED;
                case DUE_SOON -> AMBER;
                case ON_TRACK -> GREEN;
                case NONE -> MUTED;
            };
        }

        public static Tone of(lactracker.domain.Severity severity) {
            return switch (severity) {
                case RED -> RED;
                case AMBER -> AMBER;
                case INFO -> null;
            };
        }

        public boolean isOn(javafx.scene.Node node) {
            return node.getPseudoClassStates().contains(pseudoClass);
        }
    }

    /**
     * Colours a cell's text by {@code tone} (none for null). A pseudo-class, not a style class: a list
     * showing other lines changes it on every visible cell, and a style class change would make JavaFX
     * restyle each of those cells from scratch (the Children screen's 100,000 lines).
     */
    public static void tone(javafx.scene.Node cell, Tone tone) {
        for (Tone t : Tone.values()) {
            cell.pseudoClassStateChanged(t.pseudoClass, t == tone);
        }
    }

    /** A text cell shown in red, as a problem, when {@code problem} holds for its line. */
    public static <S> TableCell<S, String> flagged(java.util.function.Predicate<S> problem) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                S line = empty || getTableRow() == null ? null : getTableRow().getItem();
                tone(this, line != null && problem.test(line) ? Tone.RED : null);
            }
        };
    }

    /**
     * Asks for a table as wide as its columns, and keeps each column whole: a window too narrow for it
     * (150% scaling on a 1366x768 display) gives the table its own sideways scroll bar rather than
     * squeezing its columns to a few letters, and the buttons and fields around it stay in the window
     * (a table's least width once pushed the whole screen past the window's edge). Called once the
     * columns are in.
     */
    public static void keepColumnsWhole(javafx.scene.control.TableView<?> table) {
        double width = 0;
        for (TableColumn<?, ?> c : table.getColumns()) {
            width += c.getPrefWidth();
            c.setMinWidth(Math.max(c.getMinWidth(), Math.min(c.getPrefWidth(), 60)));
        }
        table.setPrefWidth(width + 16);
        table.setMinWidth(120);
        if (table.getColumnResizePolicy() != javafx.scene.control.TableView.UNCONSTRAINED_RESIZE_POLICY) {
            // A constrained table never scrolls sideways: it would squeeze the columns instead.
            table.setColumnResizePolicy(javafx.scene.control.TableView.UNCONSTRAINED_RESIZE_POLICY);
        }
    }

    /** An amount as shown on screen ("£1,060.00"), or "" for none. */
    public static String money(java.math.BigDecimal amount) {
        return amount == null ? "" : MONEY.format(amount);
    }

    /** An audit figure's percent as shown on screen ("66.7%"), or "" for none (a zero denominator). */
    public static String percent(java.math.BigDecimal percent) {
        return percent == null ? "" : percent.toPlainString() + "%";
    }

    /** A date as shown on screen, or "" for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * The keyboard arriving in the table lands on a line (the first, when none is chosen), so a shortcut
     * that acts on the chosen line works at once; also when the lines arrive after the keyboard did.
     */
    public static <S> void landOnALine(javafx.scene.control.TableView<S> table) {
        Runnable land = () -> {
            if (table.isFocused() && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
            }
        };
        table.focusedProperty().addListener((o, was, now) -> land.run());
        table.getItems().addListener((javafx.collections.ListChangeListener<S>) c -> land.run());
    }

    /**
     * A list whose chosen line is a view model's: choosing a line sets {@code chosen}, and setting
     * {@code chosen} chooses the line. The keyboard lands on a line ({@link #landOnALine}), and Enter on
     * a line opens its child. Choosing another line while {@code unsaved} holds asks first, naming
     * {@code what} holds the changes, and keeps the line (and what was typed) unless told to discard it.
     */
    public static <S> void linesOfChildren(javafx.scene.control.TableView<S> table,
            javafx.beans.property.ObjectProperty<S> chosen, java.util.function.ToLongFunction<S> childOf,
            java.util.function.LongConsumer openChild, java.util.function.BooleanSupplier unsaved, String what) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, line) -> {
            if (line == chosen.get() || line == null && unsaved.getAsBoolean()) {
                return; // (a list read again clears the table's choice for a moment: the form stays)
            }
            if (unsaved.getAsBoolean() && chosen.get() != null
                    && !Dialogs.confirmDiscard(table.getScene() == null ? null : table.getScene().getWindow(), what)) {
                S keep = chosen.get();
                javafx.application.Platform.runLater(() -> table.getSelectionModel().select(keep));
                return;
            }
            chosen.set(line);
        });
        chosen.addListener((o, a, line) -> {
            if (line != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(line);
            }
        });
        landOnALine(table);
        table.setOnKeyPressed(e -> {
            S line = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && line != null) {
                openChild.accept(childOf.applyAsLong(line));
                e.consume();
            }
        });
    }
}
