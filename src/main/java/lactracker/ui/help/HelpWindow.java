package lactracker.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import lactracker.ui.Messages;

/** Help: the user guide in a window of its own (F1), and the sheet of keyboard shortcuts. */
public final class HelpWindow {
    /** Where the build puts the guide and its pictures in the jar. */
    static final String FOLDER = "/lactracker/help/";
    private static Stage open;

    private HelpWindow() {
    }

    /** The shipped guide's text. */
    public static String guideText() {
        try (InputStream in = HelpWindow.class.getResourceAsStream(FOLDER + "user-guide.md")) {
            if (in == null) {
                throw new IllegalStateException("the user guide is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the user guide could not be read", e);
        }
    }

    /** Shows the guide beside the main window; a second F1 brings the same window to the front. */
    public static void showGuide(Window owner) {
        if (open != null && open.isShowing()) {
            open.toFront();
            open.requestFocus();
            return;
        }
        VBox page = new VBox(10);
        page.setPadding(new Insets(20, 28, 28, 28));
        page.setId("help-guide");
        page.getStyleClass().add("help-guide");
        for (Guide.Block b : Guide.read(guideText())) {
            page.getChildren().add(node(b));
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("help.guide.title"));
        Scene scene = new Scene(scroll, 860, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        open = stage;
        stage.show();
    }

    private static Node node(Guide.Block b) {
        if (b instanceof Guide.Heading h) {
            Label l = text(h.text());
            l.getStyleClass().add(h.level() == 1 ? "screen-title" : "section-title");
            return l;
        }
        if (b instanceof Guide.Item i) {
            Label mark = new Label(i.mark());
            mark.setMinWidth(22);
            Label l = text(i.text());
            HBox line = new HBox(4, mark, l);
            return line;
        }
        if (b instanceof Guide.Code c) {
            Label l = new Label(c.text());
            l.getStyleClass().add("guide-code");
            l.setMinHeight(Label.USE_PREF_SIZE);
            return l;
        }
        if (b instanceof Guide.Picture p) {
            var url = HelpWindow.class.getResource(FOLDER + p.path());
            if (url == null) {
                return text(p.caption());
            }
            ImageView image = new ImageView(new Image(url.toExternalForm(), 780, 0, true, true, true));
            image.setPreserveRatio(true);
            Label caption = text(p.caption());
            caption.getStyleClass().add("hint");
            return new VBox(4, image, caption);
        }
        return text(((Guide.Paragraph) b).text());
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /** A key and what it does, for the shortcut sheet. */
    record Shortcut(String keys, String does) {
    }

    private static Shortcut shortcut(String keys, String does) {
        return new Shortcut(Messages.get(keys), Messages.get(does));
    }

    static List<Shortcut> shortcuts() {
        return List.of(
                shortcut("help.keys.f1", "help.key.f1"),
                shortcut("help.keys.screens", "help.key.screens"),
                shortcut("help.keys.find", "help.key.find"),
                shortcut("help.keys.open", "help.key.open"),
                shortcut("help.keys.save", "help.key.save"),
                shortcut("help.keys.back", "help.key.back"),
                shortcut("help.keys.tabs", "help.key.tabs"),
                shortcut("help.keys.escalations", "help.key.escalations"),
                shortcut("help.keys.mnemonic", "help.key.mnemonic"),
                shortcut("help.keys.exit", "help.key.exit"));
    }

    /** Help > Keyboard shortcuts: every key the window answers, in one sheet. */
    public static void showShortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut s : shortcuts()) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("section-title");
            grid.addRow(row++, keys, new Label(s.does()));
        }
        Alert sheet = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            sheet.initOwner(owner);
        }
        sheet.setTitle(Messages.get("help.shortcuts.title"));
        sheet.setHeaderText(Messages.get("help.shortcuts.title"));
        sheet.getDialogPane().setContent(grid);
        sheet.getDialogPane().setId("help-shortcuts");
        sheet.show();
    }
}
