package lactracker.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where a screen asks the person where to save a file: the desktop's own dialog. The dialog is the
 * operating system's, which a headless test cannot click, so the tests put an answer in its place
 * ({@link #answerWith}); the screens around it are driven as a person drives them.
 */
public final class SaveDialog {
    /** What the dialog is asked: its title, the kind of file, and the name offered. */
    public record Question(String title, String kind, String extension, String name) {
    }

    /** The answer: the file chosen, or null when the person cancelled. */
    @FunctionalInterface
    public interface Answer {
        Path ask(Window owner, Question question);
    }

    private static volatile Answer answer = SaveDialog::desktop;

    private SaveDialog() {
    }

    /** Asks where to save; null when cancelled. */
    public static Path ask(Window owner, String titleKey, String kindKey, String extension, String name) {
        return answer.ask(owner, new Question(Messages.get(titleKey), Messages.get(kindKey), extension, name));
    }

    /** For the tests: answers in place of the desktop's dialog (null: the desktop's again). */
    public static void answerWith(Answer replacement) {
        answer = replacement == null ? SaveDialog::desktop : replacement;
    }

    private static Path desktop(Window owner, Question q) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(q.title());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(q.kind(), "*." + q.extension()));
        chooser.setInitialFileName(q.name());
        File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }
}
