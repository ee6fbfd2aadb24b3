package lactracker.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import lactracker.domain.DutyState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A list prints whole, page by page, each page marked and numbered, with dates and choices in words. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PrintoutTest {
    record Child(String name, LocalDate due, DutyState state) {
    }

    @Start
    void start(Stage stage) {
        // the toolkit only: printouts are laid out without a window
    }

    @Test
    void aLongListPrintsWholeOnNumberedMarkedPages() throws Exception {
        TableView<Child> table = new TableView<>();
        TableColumn<Child, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().name()));
        TableColumn<Child, LocalDate> due = new TableColumn<>("Due");
        due.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().due()));
        TableColumn<Child, DutyState> state = new TableColumn<>("State");
        state.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().state()));
        table.getColumns().addAll(List.of(name, due, state));
        table.getItems().setAll(IntStream.range(0, 100).mapToObj(i -> new Child("Invented " + i, LocalDate.of(2017, 2, 6),
                i % 2 == 0 ? DutyState.OVERDUE : DutyState.DUE_SOON)).toList());

        Printout printout = Printout.of(table, "Children", "Looked after");
        assertThat(printout.headers()).containsExactly("Name", "Due", "State");
        assertThat(printout.lines()).hasSize(100);
        assertThat(printout.lines().get(0)).containsExactly("Invented 0", "6 Feb 2017", "Overdue");
        assertThat(printout.lines().get(1).get(2)).isEqualTo("Due soon");

        double height = 500; // points of an A4 landscape page within its margins
        int per = Printout.linesPerPage(height);
        List<Node> pages = WaitForAsyncUtils.asyncFx(() -> printout.pages(770, height, "lead")).get();
        assertThat(pages).hasSize((100 + per - 1) / per);
        for (int p = 0; p < pages.size(); p++) {
            List<String> texts = texts(pages.get(p));
            assertThat(texts.get(0)).isEqualTo("OFFICIAL-SENSITIVE: PERSONAL");
            assertThat(texts).contains("Children", "Printed by lead, page " + (p + 1) + " of " + pages.size());
        }
        assertThat(texts(pages.get(pages.size() - 1))).contains("Invented 99");
    }

    private static List<String> texts(Node page) {
        List<String> texts = new ArrayList<>();
        page.lookupAll(".label").forEach(n -> texts.add(((Label) n).getText()));
        return texts;
    }
}
