package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LinesTest {
    private final Lines<String> lines = new Lines<>();
    private TableView<String> table;

    @Start
    void start(Stage stage) {
        lines.setAll(numbered("old", 1000));
        table = new TableView<>();
        lines.showIn(table);
        TableColumn<String, String> column = Tables.column("children.column.name", s -> s, 200);
        table.getColumns().add(column);
        table.setFixedCellSize(26);
        stage.setScene(new Scene(table, 300, 400));
        stage.show();
    }

    @Test
    void aNewListOfLinesKeepsEachOfTheTablesRowsAndShowsTheNewLines(FxRobot robot) {
        Set<TableRow<?>> before = rows(robot);
        java.util.concurrent.atomic.AtomicInteger emptied = new java.util.concurrent.atomic.AtomicInteger();
        before.forEach(r -> r.indexProperty().addListener((o, was, now) -> {
            if (now.intValue() < 0) {
                emptied.incrementAndGet();
            }
        }));

        robot.interact(() -> lines.show(numbered("new", 500)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines).hasSize(500).startsWith("new 0").endsWith("new 499");
        assertThat(shown(robot)).startsWith("new 0", "new 1", "new 2");
        robot.interact(() -> lines.show(numbered("again", 500)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).startsWith("again 0", "again 1", "again 2");

        // The same rows carry the new lines, each moved straight to its new line: none was emptied and
        // filled again (a whole new list does that to every row, and restyles each).
        assertThat(rows(robot)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(emptied).hasValue(0);
    }

    @Test
    void aNewListLeavesNoLineChosenAsAWholeNewListDoes(FxRobot robot) {
        robot.interact(() -> table.getSelectionModel().select(5));
        robot.interact(() -> lines.show(numbered("new", 600)));
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
        robot.interact(() -> table.getSelectionModel().select(2));
        robot.interact(() -> lines.setAll(numbered("again", 600)));
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
    }

    @Test
    void aShorterListLeavesNoOldLineShowing(FxRobot robot) {
        robot.interact(() -> lines.show(numbered("new", 3)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines).containsExactly("new 0", "new 1", "new 2");
        assertThat(shown(robot)).containsExactly("new 0", "new 1", "new 2");
    }

    @Test
    void aListOfOneOrNoneIsReplacedWhole(FxRobot robot) {
        robot.interact(() -> lines.show(List.of()));
        assertThat(lines).isEmpty();
        robot.interact(() -> lines.show(List.of("only")));
        robot.interact(() -> lines.show(numbered("more", 2)));
        assertThat(lines).containsExactly("more 0", "more 1");
    }

    private static List<String> numbered(String word, int n) {
        return IntStream.range(0, n).mapToObj(i -> word + " " + i).toList();
    }

    private Set<TableRow<?>> rows(FxRobot robot) {
        Set<TableRow<?>> rows = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        robot.lookup(".table-row-cell").queryAll().forEach(n -> {
            if (n.isVisible() && ((TableRow<?>) n).getItem() != null) {
                rows.add((TableRow<?>) n);
            }
        });
        return rows;
    }

    private List<String> shown(FxRobot robot) {
        return robot.lookup(".table-row-cell").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .map(n -> (TableRow<?>) n).filter(r -> r.getItem() != null)
                .sorted(java.util.Comparator.comparingInt(TableRow::getIndex)).map(r -> (String) r.getItem()).toList();
    }
}
