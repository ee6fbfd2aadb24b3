package lactracker.ui;

import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A table cell drawn as one plain text node, for lists of 100,000 lines where a new search gives every
 * visible cell a new line at once. JavaFX's own cell restyles a styled text node inside each cell and
 * works out where to cut a long text at every change; here the text takes the cell's colour and font
 * directly and is cut at the cell's edge. A light skin has none of JavaFX's cell behaviour, so the cell
 * chooses its line on a press itself, as JavaFX's own cell does.
 */
public class LightCell<S, T> extends TableCell<S, T> {
    private final Function<? super T, String> format;

    public LightCell(Function<? super T, String> format) {
        this.format = format;
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    }

    private void pressed(MouseEvent e) {
        TableView<S> table = getTableView();
        boolean keepsChoice = e.getButton() == MouseButton.SECONDARY && isSelected(); // a context menu on the choice
        if (table == null || isEmpty() || getIndex() < 0 || keepsChoice
                || e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.SECONDARY) {
            return;
        }
        if (table.isFocusTraversable()) {
            table.requestFocus();
        }
        var selection = table.getSelectionModel();
        int index = getIndex();
        boolean many = selection.getSelectionMode() == SelectionMode.MULTIPLE;
        if (many && e.isShortcutDown()) {
            if (selection.isSelected(index)) {
                selection.clearSelection(index);
            } else {
                selection.select(index);
            }
        } else if (many && e.isShiftDown() && table.getFocusModel().getFocusedIndex() >= 0) {
            int from = table.getFocusModel().getFocusedIndex();
            selection.clearSelection();
            selection.selectRange(Math.min(from, index), Math.max(from, index) + 1);
        } else {
            selection.clearAndSelect(index);
        }
        table.getFocusModel().focus(index);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : format.apply(item));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LightSkin(this);
    }

    private static final class LightSkin extends SkinBase<TableCell<?, ?>> {
        private final Text text = new Text();
        private final Rectangle clip = new Rectangle();

        LightSkin(TableCell<?, ?> cell) {
            super(cell);
            consumeMouseEvents(false); // a skin eats every mouse event by default: the row's double-click never came
            text.textProperty().bind(cell.textProperty());
            text.fillProperty().bind(cell.textFillProperty());
            text.fontProperty().bind(cell.fontProperty());
            text.setTextOrigin(VPos.CENTER);
            text.setManaged(false);
            text.setClip(clip);
            getChildren().add(text);
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            double width = text.getLayoutBounds().getWidth();
            HPos align = getSkinnable().getAlignment() == null ? HPos.LEFT : getSkinnable().getAlignment().getHpos();
            double left = align == HPos.RIGHT ? x + w - width : align == HPos.CENTER ? x + (w - width) / 2 : x;
            text.setLayoutX(Math.max(x, left));
            text.setLayoutY(y + h / 2);
            clip.setX(x - text.getLayoutX());
            clip.setY(-h);
            clip.setWidth(Math.max(0, w));
            clip.setHeight(2 * h);
        }

        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            // The row lays its cells out at their preferred widths: a cell is as wide as its column.
            var column = getSkinnable().getTableColumn();
            return column == null ? left + text.getLayoutBounds().getWidth() + right : snapSizeX(column.getWidth());
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            return top + text.getLayoutBounds().getHeight() + bottom;
        }
    }
}
