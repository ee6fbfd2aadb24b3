package lactracker.ui.imports;

import static lactracker.ui.Tables.column;
import static lactracker.ui.Tables.number;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import lactracker.ui.Messages;

/** The Import screen: choose or drop the 903 files, see what would change and what is rejected, confirm. */
public final class ImportView {
    private final ImportViewModel model;
    private final VBox root;
    private final javafx.scene.control.ScrollPane scroll;

    public ImportView(ImportViewModel model) {
        this.model = model;

        Label title = new Label(Messages.get("screen.import.title"));
        title.getStyleClass().add("screen-title");
        title.setId("import-title");
        Label intro = new Label(Messages.get("import.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap rather than cut the sentence short

        Button files = new Button(Messages.get("import.chooseFiles"));
        files.setId("import-choose-files");
        files.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("import.filesFilter"), "*.csv"));
            List<File> chosen = chooser.showOpenMultipleDialog(window());
            if (chosen != null) {
                model.choose(chosen.stream().map(File::toPath).toList());
            }
        });
        Button folder = new Button(Messages.get("import.chooseFolder"));
        folder.setId("import-choose-folder");
        folder.setOnAction(e -> {
            File chosen = new DirectoryChooser().showDialog(window());
            if (chosen != null) {
                model.choose(List.of(chosen.toPath()));
            }
        });
        Button assessmentsFile = new Button(Messages.get("import.chooseAssessments"));
        assessmentsFile.setId("import-choose-assessments");
        assessmentsFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("import.chooseAssessments.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("import.filesFilter"), "*.csv"));
            File chosen = chooser.showOpenDialog(window());
            if (chosen != null) {
                model.chooseAssessments(chosen.toPath());
            }
        });
        assessmentsFile.disableProperty().bind(model.busyProperty());
        Button confirm = new Button(Messages.get("import.confirm"));
        confirm.setId("import-confirm");
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(model.canConfirmProperty().not());
        confirm.setOnAction(e -> model.confirm());
        Button cancel = new Button(Messages.get("import.cancel"));
        cancel.setId("import-cancel");
        cancel.disableProperty().bind(model.busyProperty().not());
        cancel.setOnAction(e -> model.cancel());
        files.disableProperty().bind(model.busyProperty());
        folder.disableProperty().bind(model.busyProperty());
        HBox chooseFiles = new HBox(10, files, folder, assessmentsFile);
        chooseFiles.setAlignment(Pos.CENTER_LEFT);
        HBox decide = new HBox(10, confirm, cancel);
        decide.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(24, 8, chooseFiles, decide);
        actions.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator working = new ProgressIndicator();
        working.setId("import-progress");
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(model.busyProperty());
        Label message = new Label();
        message.setId("import-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox status = new HBox(8, working, message);
        status.setAlignment(Pos.CENTER_LEFT);

        TableView<ImportViewModel.SummaryRow> summary = new TableView<>(model.summary());
        summary.setPlaceholder(new javafx.scene.control.Label(Messages.get("import.summary.none")));
        summary.setId("import-summary");
        summary.getColumns().add(column("import.column.table", ImportViewModel.SummaryRow::table, 120));
        summary.getColumns().add(number("import.column.read", ImportViewModel.SummaryRow::read, 80));
        summary.getColumns().add(number("import.column.new", ImportViewModel.SummaryRow::created, 80));
        summary.getColumns().add(number("import.column.updated", ImportViewModel.SummaryRow::updated, 80));
        summary.getColumns().add(number("import.column.unchanged", ImportViewModel.SummaryRow::unchanged, 90));
        summary.getColumns().add(number("import.column.rejected", ImportViewModel.SummaryRow::rejected, 80));
        summary.setFixedCellSize(26);
        summary.setPrefHeight(26 * 5 + 30);
        summary.setMinHeight(26 * 5 + 30);
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableView<ImportViewModel.RejectionRow> rejected = new TableView<>(model.rejections());
        rejected.setPlaceholder(new javafx.scene.control.Label(Messages.get("import.rejected.none")));
        rejected.setId("import-rejections");
        rejected.getColumns().add(column("import.column.file", ImportViewModel.RejectionRow::file, 120));
        rejected.getColumns().add(number("import.column.line", ImportViewModel.RejectionRow::line, 60));
        rejected.getColumns().add(column("import.column.column", ImportViewModel.RejectionRow::column, 110));
        rejected.getColumns().add(column("import.column.kind", ImportViewModel.RejectionRow::kind, 150));
        rejected.getColumns().add(column("import.column.reason", ImportViewModel.RejectionRow::reason, 600));
        rejected.setFixedCellSize(26); // light, fixed-height rows: smooth with a million rejections
        rejected.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(rejected, Priority.ALWAYS);

        Button save = new Button(Messages.get("import.saveRejects"));
        save.setId("import-save-rejects");
        save.disableProperty().bind(model.hasRejectionsProperty().not());
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(Messages.get("import.rejectsFileName"));
            File file = chooser.showSaveDialog(window());
            if (file != null) {
                model.saveRejections(file.toPath());
            }
        });
        Label summaryLabel = new Label(Messages.get("import.summary"));
        summaryLabel.setLabelFor(summary);
        summaryLabel.getStyleClass().add("section-title");
        Label rejectedLabel = new Label(Messages.get("import.rejected"));
        rejectedLabel.setLabelFor(rejected);
        rejectedLabel.getStyleClass().add("section-title");
        HBox rejectedHeader = new HBox(12, rejectedLabel, save);
        rejectedHeader.setAlignment(Pos.CENTER_LEFT);

        // What to know before importing: tables left aside, an old extract, no home area set.
        VBox notes = new VBox(4);
        notes.setId("import-notes");
        notes.getStyleClass().add("import-notes");
        model.notes().addListener((javafx.collections.ListChangeListener<String>) c -> notes.getChildren().setAll(
                model.notes().stream().map(n -> {
                    Label l = new Label("• " + n);
                    l.setWrapText(true);
                    l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the whole note, over lines, not cut
                    return (javafx.scene.Node) l;
                }).toList()));
        notes.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.notes()));
        notes.visibleProperty().bind(notes.managedProperty());
        root = new VBox(12, title, intro, actions, status, notes, summaryLabel, summary, rejectedHeader, rejected);
        root.setId("import");
        root.setPadding(new Insets(24));
        root.getProperties().put(ImportViewModel.class, model);
        // Fits the window when there is room; scrolls on a small screen at 150% rather than pushing the
        // status bar out of sight.
        scroll = new javafx.scene.control.ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");

        // Files dropped on the screen are checked as if chosen.
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                model.choose(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    public Node root() {
        return scroll;
    }

    public ImportViewModel model() {
        return model;
    }

}
