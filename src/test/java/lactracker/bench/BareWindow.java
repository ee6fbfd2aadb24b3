package lactracker.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of docs/bench/startup.sh: the least a JavaFX window can be (one label), started as the
 * application starts (a plain main class on the same jar's class path), printing how long after its
 * process started it was shown, as the application logs it.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        lactracker.Launcher.quietClassPathWarning();
        Application.launch(Window.class, args);
    }

    /** The window itself; apart from the main class, as the application's, so JavaFX may run from the class path. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("A bare window")), 1280, 800));
            stage.setOnShown(e -> System.out.println("Window shown " + lactracker.ui.MainApp.sinceProcessStart()
                    + " ms after the process started"));
            stage.show();
        }
    }
}
