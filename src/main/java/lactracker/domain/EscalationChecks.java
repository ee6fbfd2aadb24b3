package lactracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks on each change to an escalation (rules.md section 4): a step up the ladder, the host area's
 * response, closing it. Each problem is named at its field in plain English.
 */
public final class EscalationChecks {
    private EscalationChecks() {
    }

    /**
     * A step up the ladder.
     *
     * @param current  the escalation the step joins, or null when the step opens one
     * @param hostArea the host area, asked for only when the step opens an escalation
     */
    public static List<FieldProblem> step(Escalation current, int level, LocalDate stepDate, String contact,
            String asked, String hostArea, String hostProvider, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        EscalationStep last = current == null || current.steps().isEmpty() ? null
                : current.steps().get(current.steps().size() - 1);
        if (current != null && current.closedOn() != null) {
            p.add(new FieldProblem("stepDate", "This escalation was closed on " + Dates.written(current.closedOn()) + ": it takes no more steps."));
        }
        if (level < 1 || level > 4) {
            p.add(new FieldProblem("level", "The ladder has levels 1 to 4."));
        } else if (last != null && level < last.level()) {
            p.add(new FieldProblem("level", "A step cannot go down the ladder: the last step was level " + last.level() + "."));
        }
        if (stepDate == null) {
            p.add(new FieldProblem("stepDate", "Enter the date of the step."));
        } else if (stepDate.isAfter(today)) {
            p.add(new FieldProblem("stepDate", "The step's date cannot be in the future."));
        } else if (last != null && stepDate.isBefore(last.stepDate())) {
            p.add(new FieldProblem("stepDate", "The step cannot be before the last step, on " + Dates.written(last.stepDate()) + "."));
        } else if (current != null && stepDate.isBefore(current.openedOn())) {
            p.add(new FieldProblem("stepDate", "The step cannot be before the escalation was opened, on " + Dates.written(current.openedOn()) + "."));
        }
        if (blank(contact)) {
            p.add(new FieldProblem("contact", "Name who was contacted."));
        }
        ChildChecks.tooLong(p, "contact", "The contact", contact, 200);
        ChildChecks.tooLong(p, "asked", "What was asked", asked, 2000);
        if (current == null) {
            if (blank(hostArea)) {
                p.add(new FieldProblem("hostArea", "Enter the host area the assessment was requested from."));
            }
            ChildChecks.tooLong(p, "hostArea", "The host area", hostArea, 100);
            ChildChecks.tooLong(p, "hostProvider", "The host provider", hostProvider, 200);
        }
        return p;
    }

    /** The host area's response to the last step. */
    public static List<FieldProblem> response(Escalation current, LocalDate responseDate, String response,
            LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        EscalationStep last = current.steps().isEmpty() ? null : current.steps().get(current.steps().size() - 1);
        if (last == null) {
            p.add(new FieldProblem("stepDate", "There is no step to record a response to: add a step first."));
            return p;
        }
        if (responseDate == null) {
            p.add(new FieldProblem("stepDate", "Enter the date of the response."));
        } else if (responseDate.isAfter(today)) {
            p.add(new FieldProblem("stepDate", "The response's date cannot be in the future."));
        } else if (responseDate.isBefore(last.stepDate())) {
            p.add(new FieldProblem("stepDate", "The response cannot be before the step it answers, on " + Dates.written(last.stepDate()) + "."));
        }
        if (blank(response)) {
            p.add(new FieldProblem("asked", "Say what the host area answered."));
        }
        ChildChecks.tooLong(p, "asked", "The response", response, 2000);
        return p;
    }

    /** Closing the escalation, usually because the assessment was done. */
    public static List<FieldProblem> close(Escalation current, LocalDate closedOn, String note, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (current.closedOn() != null) {
            p.add(new FieldProblem("stepDate", "This escalation is already closed, on " + Dates.written(current.closedOn()) + "."));
        } else if (closedOn == null) {
            p.add(new FieldProblem("stepDate", "Enter the date the escalation closed."));
        } else if (closedOn.isAfter(today)) {
            p.add(new FieldProblem("stepDate", "The closing date cannot be in the future."));
        } else if (closedOn.isBefore(current.openedOn())) {
            p.add(new FieldProblem("stepDate", "The escalation cannot close before it was opened, on " + Dates.written(current.openedOn()) + "."));
        }
        if (current.closedOn() == null && blank(note)) {
            p.add(new FieldProblem("asked", "Say why the escalation is closed (the assessment was done, the child "
                    + "left care or moved, ...)."));
        }
        ChildChecks.tooLong(p, "asked", "The note", note, 500);
        return p;
    }

    /**
     * Deleting a step logged in error: only the last one (the ladder's later steps rest on the earlier),
     * and not once the escalation is closed.
     */
    public static List<FieldProblem> deleteStep(Escalation current, EscalationStep step) {
        List<FieldProblem> p = new ArrayList<>();
        if (current.closedOn() != null) {
            p.add(new FieldProblem("stepDate", "This escalation is closed: reopen it before deleting a step."));
        } else if (current.steps().isEmpty() || step == null
                || !java.util.Objects.equals(current.steps().get(current.steps().size() - 1).id(), step.id())) {
            p.add(new FieldProblem("stepDate", "Only the last step can be deleted: later steps rest on the earlier ones."));
        }
        return p;
    }

    /** Reopening a closed escalation (closed in error, or the host area's assessment fell through). */
    public static List<FieldProblem> reopen(Escalation current) {
        List<FieldProblem> p = new ArrayList<>();
        if (current.closedOn() == null) {
            p.add(new FieldProblem("stepDate", "This escalation is open: there is nothing to reopen."));
        }
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
