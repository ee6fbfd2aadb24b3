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
            p.add(new FieldProblem("stepDate", Words.format("escalation.check.closedNoSteps", Dates.written(current.closedOn()))));
        }
        if (level < 1 || level > 4) {
            p.add(new FieldProblem("level", Words.get("escalation.check.levels")));
        } else if (last != null && level < last.level()) {
            p.add(new FieldProblem("level", Words.format("escalation.check.down", String.valueOf(last.level()))));
        }
        if (stepDate == null) {
            p.add(new FieldProblem("stepDate", Words.get("escalation.check.stepDate")));
        } else if (stepDate.isAfter(today)) {
            p.add(new FieldProblem("stepDate", Words.get("escalation.check.stepInFuture")));
        } else if (last != null && stepDate.isBefore(last.stepDate())) {
            p.add(new FieldProblem("stepDate", Words.format("escalation.check.beforeLastStep", Dates.written(last.stepDate()))));
        } else if (current != null && stepDate.isBefore(current.openedOn())) {
            p.add(new FieldProblem("stepDate", Words.format("escalation.check.beforeOpened", Dates.written(current.openedOn()))));
        }
        if (blank(contact)) {
            p.add(new FieldProblem("contact", Words.get("escalation.check.contact")));
        }
        ChildChecks.tooLong(p, "contact", "check.what.contact", contact, 200);
        ChildChecks.tooLong(p, "asked", "check.what.asked", asked, 2000);
        if (current == null) {
            if (blank(hostArea)) {
                p.add(new FieldProblem("hostArea", Words.get("escalation.check.hostArea")));
            }
            ChildChecks.tooLong(p, "hostArea", "check.what.hostArea", hostArea, 100);
            ChildChecks.tooLong(p, "hostProvider", "check.what.hostProvider", hostProvider, 200);
        }
        return p;
    }

    /** The host area's response to the last step. */
    public static List<FieldProblem> response(Escalation current, LocalDate responseDate, String response,
            LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        EscalationStep last = current.steps().isEmpty() ? null : current.steps().get(current.steps().size() - 1);
        if (last == null) {
            p.add(new FieldProblem("stepDate", Words.get("escalation.check.noStep")));
            return p;
        }
        if (responseDate == null) {
            p.add(new FieldProblem("stepDate", Words.get("escalation.check.responseDate")));
        } else if (responseDate.isAfter(today)) {
            p.add(new FieldProblem("stepDate", Words.get("escalation.check.responseInFuture")));
        } else if (responseDate.isBefore(last.stepDate())) {
            p.add(new FieldProblem("stepDate", Words.format("escalation.check.responseBeforeStep", Dates.written(last.stepDate()))));
        }
        if (blank(response)) {
            p.add(new FieldProblem("asked", Words.get("escalation.check.answer")));
        }
        ChildChecks.tooLong(p, "asked", "check.what.response", response, 2000);
        return p;
    }

    /** Closing the escalation, usually because the assessment was done. */
    public static List<FieldProblem> close(Escalation current, LocalDate closedOn, String note, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (current.closedOn() != null) {
            p.add(new FieldProblem("stepDate", Words.format("escalation.check.alreadyClosed", Dates.written(current.closedOn()))));
        } else if (closedOn == null) {
            p.add(new FieldProblem("stepDate", Words.get("escalation.check.closeDate")));
        } else if (closedOn.isAfter(today)) {
            p.add(new FieldProblem("stepDate", Words.get("escalation.check.closeInFuture")));
        } else if (closedOn.isBefore(current.openedOn())) {
            p.add(new FieldProblem("stepDate", Words.format("escalation.check.closeBeforeOpened", Dates.written(current.openedOn()))));
        }
        if (current.closedOn() == null && blank(note)) {
            p.add(new FieldProblem("asked", Words.get("escalation.check.closeReason")));
        }
        ChildChecks.tooLong(p, "asked", "check.what.note", note, 500);
        return p;
    }

    /**
     * Deleting a step logged in error: only the last one (the ladder's later steps rest on the earlier),
     * and not once the escalation is closed.
     */
    public static List<FieldProblem> deleteStep(Escalation current, EscalationStep step) {
        List<FieldProblem> p = new ArrayList<>();
        if (current.closedOn() != null) {
            p.add(new FieldProblem("stepDate", Words.get("escalation.check.reopenFirst")));
        } else if (current.steps().isEmpty() || step == null
                || !java.util.Objects.equals(current.steps().get(current.steps().size() - 1).id(), step.id())) {
            p.add(new FieldProblem("stepDate", Words.get("escalation.check.lastOnly")));
        }
        return p;
    }

    /** Reopening a closed escalation (closed in error, or the host area's assessment fell through). */
    public static List<FieldProblem> reopen(Escalation current) {
        List<FieldProblem> p = new ArrayList<>();
        if (current.closedOn() == null) {
            p.add(new FieldProblem("stepDate", Words.get("escalation.check.notClosed")));
        }
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
