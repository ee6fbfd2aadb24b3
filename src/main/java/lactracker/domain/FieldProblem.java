package lactracker.domain;

import java.util.List;
import java.util.Objects;

/**
 * What is wrong with one field of a form, in plain English, for the screen to show beside that field.
 *
 * @param field the form's name for the field (such as "outcomeDate", or "appointment.2.date")
 */
public record FieldProblem(String field, String message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** Refuses a save that still has problems: nothing is written. */
    public static final class Refused extends UserFacingException {
        private final List<FieldProblem> problems;

        public Refused(List<FieldProblem> problems) {
            super(problems.isEmpty() ? Words.get("refused.nothingSaved")
                    : Words.format("refused.nothingSavedBecause", problems.get(0).message()));
            this.problems = List.copyOf(problems);
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }
}
