package lactracker.app;

import java.util.List;
import lactracker.domain.AuditEntry;
import lactracker.domain.CaseFacts;
import lactracker.domain.ChildSummary;

/**
 * Everything the child's record screen shows, read in one go: the case as it stands today with its
 * periods and duties worked out, the summary line, and the audit trail of changes to this child.
 */
public record ChildRecord(CaseFacts facts, ChildSummary summary, List<AuditEntry> auditTrail) {
    public ChildRecord {
        auditTrail = List.copyOf(auditTrail);
    }
}
