package lactracker.app;

import java.util.List;
import lactracker.domain.AuditEntry;
import lactracker.domain.CaseFacts;
import lactracker.domain.ChildSummary;
import lactracker.domain.Duty;
import lactracker.domain.DutyState;
import lactracker.domain.Episode;
import lactracker.domain.Placement;

/**
 * Everything the child's record screen shows, read in one go: the case as it stands today with its
 * periods and duties worked out, each episode's placement in or out of county, the summary line, and
 * the audit trail of changes to this child.
 */
public record ChildRecord(CaseFacts facts, ChildSummary summary, List<EpisodeLine> episodes, List<DutyLine> duties,
        List<AuditEntry> auditTrail) {
    public ChildRecord {
        episodes = List.copyOf(episodes);
        duties = List.copyOf(duties);
        auditTrail = List.copyOf(auditTrail);
    }

    /** An episode with where it placed the child. */
    public record EpisodeLine(Episode episode, Placement placement) {
    }

    /** A duty with where it stands today ({@link DutyState#NONE} when met or not required). */
    public record DutyLine(Duty duty, DutyState state) {
    }
}
