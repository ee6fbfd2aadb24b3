package lactracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Chasing an out-of-county assessment from the host area's provider. It concerns a duty (child, type,
 * due date), which may be open before any assessment record exists.
 *
 * @param assessmentId  the assessment record once there is one, else null
 * @param closedOn      null while the escalation is open
 * @param version       optimistic-lock counter, counting changes to the escalation and to its steps
 */
public record Escalation(
        Long id,
        long childId,
        AssessmentType type,
        LocalDate dutyDueDate,
        Long assessmentId,
        String hostArea,
        String hostProvider,
        LocalDate openedOn,
        LocalDate closedOn,
        String closeNote,
        List<EscalationStep> steps,
        int version) {

    /** An escalation not yet saved (or whose version is not in question). */
    public Escalation(Long id, long childId, AssessmentType type, LocalDate dutyDueDate, Long assessmentId,
            String hostArea, String hostProvider, LocalDate openedOn, LocalDate closedOn, String closeNote,
            List<EscalationStep> steps) {
        this(id, childId, type, dutyDueDate, assessmentId, hostArea, hostProvider, openedOn, closedOn, closeNote,
                steps, 0);
    }

    public Escalation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dutyDueDate, "dutyDueDate");
        Objects.requireNonNull(hostArea, "hostArea");
        Objects.requireNonNull(openedOn, "openedOn");
        steps = List.copyOf(steps);
    }

    public Escalation withId(Long newId) {
        return new Escalation(newId, childId, type, dutyDueDate, assessmentId, hostArea, hostProvider, openedOn,
                closedOn, closeNote, steps, version);
    }
}
