package lactracker.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of what a test drove, for people to look at, in target/screenshots (Monocle renders them headless). */
public final class Screenshots {
    private Screenshots() {
    }

    public static void save(FxRobot robot, Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var image = robot.capture(node).getImage();
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                folder.resolve(name).toFile());
    }
}
