package lactracker.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import lactracker.app.DocumentService;
import lactracker.domain.UserFacingException;
import lactracker.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A document made in the background for a screen (issue 24): busy while it is made, then a message saying where. */
public final class DocumentTask {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentTask.class);

    /** The making of one document, which writes it and says where it went. */
    @FunctionalInterface
    public interface Work {
        DocumentService.Made make() throws Exception;
    }

    private DocumentTask() {
    }

    /**
     * Runs {@code work} unless {@code making} already is; {@code message} then holds {@code doneKey}'s words
     * (the file as {0}, its pages as {1}), or why it was not made: a template's field and line, a child with
     * no such step, in the refusal's own words.
     */
    public static void start(TaskRunner runner, BooleanProperty making, StringProperty message, String doneKey,
            String logFolder, Work work) {
        start(runner, making, message, doneKey, logFolder, work, () -> { });
    }

    /** As {@link #start(TaskRunner, BooleanProperty, StringProperty, String, String, Work)}, then {@code made} once it is written. */
    public static void start(TaskRunner runner, BooleanProperty making, StringProperty message, String doneKey,
            String logFolder, Work work, Runnable afterMade) {
        if (making.get()) {
            return;
        }
        making.set(true);
        runner.task(progress -> work.make()).onSuccess(made -> {
            making.set(false);
            message.set(Messages.format(doneKey, made.file().toAbsolutePath(), made.pages()));
            afterMade.run();
        }).onFailure(error -> {
            making.set(false);
            if (error instanceof UserFacingException) {
                message.set(error.getMessage());
            } else {
                LOG.error("A document could not be made", error);
                message.set(Messages.forError(error, logFolder));
            }
        }).start();
    }
}
