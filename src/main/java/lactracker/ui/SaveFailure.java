package lactracker.ui;

import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import lactracker.domain.FieldProblem;
import org.slf4j.Logger;

/**
 * What a form says when a save fails, written once: a refusal by the rules is shown at its fields (or, on a
 * form without them, in the problem's own words), anything else is logged and named in plain words.
 */
public final class SaveFailure {
    private SaveFailure() {
    }

    /**
     * @param done        run first, whatever the failure (the form stops saying "saving")
     * @param problems    the form's problems by field, or null for a form that shows the first problem's words
     * @param message     the form's message line
     * @param notSavedKey the "not saved" words shown beside problems at their fields
     * @param log         where an unexpected failure is logged, as {@code whatFailed}
     */
    public static Consumer<Throwable> shown(Runnable done, ObservableMap<String, String> problems, StringProperty message,
            String notSavedKey, Logger log, String whatFailed, String logFolder) {
        return error -> {
            done.run();
            if (error instanceof FieldProblem.Refused refused) {
                if (problems == null) {
                    message.set(refused.problems().get(0).message());
                } else {
                    Forms.showProblems(problems, refused.problems());
                    message.set(Messages.get(notSavedKey));
                }
            } else if (error instanceof lactracker.domain.UserFacingException) {
                // A refusal in plain words (the record changed at another desk): said to the person, not a fault.
                // Its words may name people, so the log has only its kind.
                log.info("{} ({})", whatFailed, error.getClass().getSimpleName());
                message.set(error.getMessage());
            } else {
                log.error(whatFailed, error);
                message.set(Messages.forError(error, logFolder));
            }
        };
    }
}
