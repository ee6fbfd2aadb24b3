package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.paint.Paint;
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
class LightRowsSkinTest {
    private record Line(String name, Tables.Tone tone) {
    }

    private final Lines<Line> lines = new Lines<>();
    private final AtomicInteger namesRestyled = new AtomicInteger();
    private TableView<Line> table;
    // CSS asks each of a node's styleable properties whether it may set it, each time it restyles the node.
    private final CssMetaData<javafx.scene.Node, Number> counter = new CssMetaData<>("-lac-test-count",
            javafx.css.StyleConverter.getSizeConverter()) {
        @Override
        public boolean isSettable(javafx.scene.Node node) {
            namesRestyled.incrementAndGet();
            return false;
        }

        @Override
        public javafx.css.StyleableProperty<Number> getStyleableProperty(javafx.scene.Node node) {
            return null;
        }
    };

    @Start
    void start(Stage stage) {
        lines.setAll(numbered("old", 1000, Tables.Tone.GREEN));
        table = LightRowsSkin.table();
        lines.showIn(table);

        table.setFixedCellSize(26);
        TableColumn<Line, String> name = Tables.column("children.column.name", Line::name, 120);
        name.setCellFactory(c -> new LightCell<>(s -> s) {
            @Override
            public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
                List<CssMetaData<? extends Styleable, ?>> all = new java.util.ArrayList<>(super.getControlCssMetaData());
                all.add(counter);
                return all;
            }
        });
        TableColumn<Line, Tables.Tone> tone = Tables.column("children.column.state", Line::tone, 100);
        tone.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Tables.Tone t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name());
                Tables.tone(this, empty ? null : t);
            }
        });
        table.getColumns().add(name);
        table.getColumns().add(tone);
        Scene scene = new Scene(table, 300, 400);
        scene.getStylesheets().add(MainApp.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aNewListRestylesNoRowWhoseLookIsTheSame(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        namesRestyled.set(0);

        robot.interact(() -> lines.show(numbered("new", 1000, Tables.Tone.GREEN)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(((Line) row(robot, 0).getItem()).name()).isEqualTo("new 0");
        // JavaFX's own flow restyles every row that takes a new line, and all its cells with it (16 here);
        // only the first line's look can change, the keyboard's focus being moved to it by the new list.
        assertThat(namesRestyled.get()).isLessThanOrEqualTo(1);
    }

    @Test
    void aCellWhoseColourChangesIsRestyledInTheSameLayout(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Paint green = toneCell(robot, 0).getTextFill();
        List<Line> next = new java.util.ArrayList<>(numbered("new", 1000, Tables.Tone.GREEN));
        next.set(0, new Line("new 0", Tables.Tone.RED));

        Paint[] shown = new Paint[2];
        robot.interact(() -> {
            lines.show(next);
            table.applyCss(); // a pulse styles, then lays out: the new lines reach the rows in the layout
            table.layout();
            TableCell<?, ?> red = toneCell(robot, 0);
            shown[0] = red.getTextFill();
            red.applyCss(); // a full restyle, as JavaFX's own flow would have made
            shown[1] = red.getTextFill();
        });

        assertThat(shown[0]).isNotEqualTo(green).isEqualTo(shown[1]);
        assertThat(toneCell(robot, 1).getTextFill()).isEqualTo(green);
    }

    @Test
    void aChosenLineLosesTheChosenColoursWhenANewListTakesItsPlace(FxRobot robot) {
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Paint chosen = toneCell(robot, 0).getTextFill();
        Paint green = toneCell(robot, 1).getTextFill();
        assertThat(chosen).isNotEqualTo(green);

        Paint[] shown = new Paint[1];
        robot.interact(() -> {
            lines.show(numbered("new", 1000, Tables.Tone.GREEN));
            table.applyCss();
            table.layout();
            shown[0] = toneCell(robot, 0).getTextFill();
        });

        assertThat(shown[0]).isEqualTo(green);
    }

    private static List<Line> numbered(String word, int n, Tables.Tone tone) {
        return IntStream.range(0, n).mapToObj(i -> new Line(word + " " + i, tone)).toList();
    }

    private static TableRow<?> row(FxRobot robot, int index) {
        return robot.lookup(".table-row-cell").queryAll().stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.isVisible() && r.getIndex() == index).findFirst().orElseThrow();
    }

    private static TableCell<?, ?> toneCell(FxRobot robot, int index) {
        return (TableCell<?, ?>) row(robot, index).getChildrenUnmodifiable().get(1);
    }
}
