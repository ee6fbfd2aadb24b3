package lactracker.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A table whose rows are restyled only when their look changes, for lists where a new search gives every
 * visible row a new line at once (100,000 children). JavaFX's {@link VirtualFlow} restyles each row that
 * takes a new line, with all its cells and their texts ({@code applyCss}, which forces the whole row
 * through CSS), so that a row of varying height is measured right: on the Children list that was about
 * 40% of a search's layout pass. In a table of rows of one fixed height a row's styles change only with
 * its pseudo-classes (chosen, odd or even, empty) and a cell's only with its own (its red, amber or
 * green), so this flow restyles the row when the row's pseudo-classes change, else only the cells whose
 * own changed, else nothing. A new row, without its skin yet, is styled as JavaFX does.
 */
public final class LightRowsSkin<S> extends TableViewSkin<S> {
    private LightRowsSkin(TableView<S> table) {
        super(table);
    }

    /**
     * A table that takes this skin as its own, when JavaFX first styles it: set on a table not yet in a
     * window, a skin left its rows scrolled far from the first line.
     */
    public static <S> TableView<S> table() {
        return new TableView<>() {
            @Override
            protected javafx.scene.control.Skin<?> createDefaultSkin() {
                return new LightRowsSkin<>(this);
            }
        };
    }

    @Override
    protected VirtualFlow<TableRow<S>> createVirtualFlow() {
        return new Flow<>();
    }

    private static final class Flow<S> extends VirtualFlow<TableRow<S>> {
        @Override
        protected void setCellIndex(TableRow<S> row, int index) {
            TableView<S> table = row.getTableView();
            if (row.getSkin() == null || row.getScene() == null || table == null || table.getFixedCellSize() <= 0) {
                super.setCellIndex(row, index);
                return;
            }
            List<Node> cells = List.copyOf(row.getChildrenUnmodifiable());
            Set<PseudoClass> rowLook = Set.copyOf(row.getPseudoClassStates());
            List<Set<PseudoClass>> cellLooks = new ArrayList<>(cells.size());
            for (Node cell : cells) {
                cellLooks.add(Set.copyOf(cell.getPseudoClassStates()));
            }
            row.updateIndex(index);
            if (!rowLook.equals(row.getPseudoClassStates()) || !cells.equals(row.getChildrenUnmodifiable())) {
                row.applyCss(); // the cells' colours can follow the row's (a chosen row's text is white)
                return;
            }
            for (int i = 0; i < cells.size(); i++) {
                if (!cellLooks.get(i).equals(cells.get(i).getPseudoClassStates())) {
                    cells.get(i).applyCss();
                }
            }
        }
    }
}
