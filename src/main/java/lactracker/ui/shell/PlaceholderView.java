package lactracker.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import lactracker.ui.Messages;

/** A screen still to be built: its title and a sentence on what it will hold. */
final class PlaceholderView {
    private final VBox root;

    PlaceholderView(Screen screen) {
        Label title = new Label(Messages.get(screen.titleKey()));
        title.getStyleClass().add("screen-title");
        title.setId(screen.id() + "-title");
        Label text = new Label(Messages.get(screen.textKey()));
        text.setWrapText(true);
        text.setMaxWidth(640);
        Label notYet = new Label(Messages.get("screen.notYetAvailable"));
        notYet.getStyleClass().add("muted");
        root = new VBox(12, title, text, notYet);
        root.setPadding(new Insets(24));
        root.setId(screen.id());
        root.setFocusTraversable(false);
    }

    Node root() {
        return root;
    }
}
