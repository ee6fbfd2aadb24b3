package lactracker.ui;

import static lactracker.ui.Tables.column;
import static lactracker.ui.Tables.date;

import java.util.function.LongConsumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lactracker.domain.AuditSubject;

/**
 * The children behind a chosen figure, beside the figures (the Audit and Health needs screens): LA id, the
 * date that decided it and whether it is counted; Enter or a double click opens the child.
 */
public final class Behind {
    private Behind() {
    }

    /**
     * @param id       the table's id
     * @param titleKey the heading while no figure is chosen
     * @param ofKey    the heading of a chosen figure, given the count of children behind it
     */
    public static VBox panel(ObservableList<AuditSubject> subjects, ObservableValue<?> selected, String id,
            String titleKey, String ofKey, LongConsumer openChild) {
        TableView<AuditSubject> behind = new TableView<>(subjects);
        behind.setId(id);
        behind.setFixedCellSize(24);
        behind.setPlaceholder(new Label(Messages.get("audit.subjects.none")));
        behind.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        behind.getColumns().add(column("audit.subjects.laId", AuditSubject::laChildId, 80));
        behind.getColumns().add(date("audit.subjects.date", AuditSubject::date, 95));
        behind.getColumns().add(column("audit.subjects.counted", s -> Labels.yesNo(s.counted()), 70));
        behind.setOnKeyPressed(e -> {
            AuditSubject s = behind.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && s != null) {
                openChild.accept(s.childId());
                e.consume();
            }
        });
        behind.setRowFactory(t -> {
            TableRow<AuditSubject> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openChild.accept(row.getItem().childId());
                }
            });
            return row;
        });
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                selected.getValue() == null ? Messages.get(titleKey) : Messages.format(ofKey, subjects.size()),
                selected, subjects));
        VBox right = new VBox(6, title, behind);
        VBox.setVgrow(behind, Priority.ALWAYS);
        right.setPrefWidth(280);
        right.setMinWidth(240);
        return right;
    }
}
