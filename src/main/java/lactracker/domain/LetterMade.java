package lactracker.domain;

import java.time.Instant;

/**
 * An escalation letter made for a step (issue 24), as the audit trail keeps it: the step, when, by whom,
 * and the file it was written to. The trail is where the letter is "saved beside the step".
 */
public record LetterMade(long stepId, Instant madeAt, String username, String where) {
}
