package lactracker.ui;

import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableCell;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A table cell drawn as one plain text node, for lists of 100,000 lines where a new search gives every
 * visible cell a new line at once. JavaFX's own cell restyles a styled text node inside each cell and
 * works out where to cut a long text at every change; here the text takes the cell's colour and font
 * directly and is cut at the cell's edge.
 */
public class LightCell<S, T> extends TableCell<S, T> {
    private final Function<? super T, String> format;

    public LightCell(Function<? super T, String> format) {
        this.format = format;
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
