package lactracker.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import lactracker.domain.AuditPeriod;
import lactracker.domain.AuditRow;
import lactracker.domain.AuditSheet;
import lactracker.domain.CaseFacts;
import lactracker.domain.Child;
import lactracker.domain.ChildCase;
import lactracker.domain.ChildSummary;
import lactracker.domain.FieldProblem;
import lactracker.domain.TeamFigures;
import lactracker.domain.TeamMember;

/**
 * The team lead's overview: this quarter's compliance so far against last quarter's, the charts' figures,
 * and each nurse's caseload, all from the rules engine over one reading of the caseload; and moving
 * children from one nurse to another.
 */
public final class TeamService {
    /** The audit rows the tiles show, in order. */
    public static final List<String> TILES = List.of("iha_on_time", "rha_on_time", "dental_check_up_to_date",
            "uasc_review_complete");
    /** How many complete quarters the on-time chart goes back. */
    public static final int QUARTERS = 6;
    public static final int MONTHS = 12;

    private final AppContext context;

    public TeamService(AppContext context) {
        this.context = context;
    }

    /** A tile: this quarter so far, with last quarter's percentage beside it. */
    public record Tile(String id, String label, long numerator, long denominator, BigDecimal percent,
            BigDecimal lastQuarterPercent) {
    }

    /** IHAs and RHAs on time in one quarter. */
    public record QuarterOnTime(String quarter, BigDecimal iha, long ihaDenominator, BigDecimal rha, long rhaDenominator) {
    }

    public record Overview(LocalDate day, String quarter, List<Tile> tiles, List<TeamFigures.MonthEnd> monthEnds,
            List<QuarterOnTime> onTime, List<TeamFigures.NurseLoad> caseload, List<ChildSummary> children,
            List<TeamMember> team) {
    }

    public LocalDate today() {
        return LocalDate.now(context.clock());
    }

    public Overview overview(LocalDate day) {
        RulesService rules = new RulesService(context.repositories());
        var settings = rules.settings();
        var calendar = rules.calendar();
        List<ChildCase> cases = context.repositories().caseload().loadAll();
        AuditPeriod quarter = AuditPeriod.quarterOf(day);
        // Only the figures are shown here, not the children behind them: tallied without them.
        AuditSheet soFar = lactracker.domain.AuditFigures.compute(cases, AuditPeriod.between(quarter.from(), day), day,
                settings, calendar, false);
        List<AuditSheet> past = new ArrayList<>();
        AuditPeriod q = quarter;
        for (int i = 0; i < QUARTERS; i++) {
            q = q.previous();
            past.add(0, lactracker.domain.AuditFigures.compute(cases, q, q.to(), settings, calendar, false));
        }
        AuditSheet last = past.get(past.size() - 1);
        List<Tile> tiles = new ArrayList<>();
        for (String id : TILES) {
            AuditRow now = soFar.row(id);
            tiles.add(new Tile(id, now.label(), now.numerator(), now.denominator() == null ? 0 : now.denominator(),
                    now.percent(), last.row(id).percent()));
        }
        List<QuarterOnTime> onTime = new ArrayList<>();
        for (AuditSheet s : past) {
            AuditRow iha = s.row("iha_on_time");
            AuditRow rha = s.row("rha_on_time");
            onTime.add(new QuarterOnTime(s.period().label(), iha.percent(), iha.denominator(), rha.percent(),
                    rha.denominator()));
        }
        List<ChildSummary> summaries = cases.parallelStream()
                .map(c -> ChildSummary.of(CaseFacts.of(c, day, settings, calendar), settings, calendar))
                .toList();
        return new Overview(day, quarter.label(), tiles,
                TeamFigures.monthEnds(cases, TeamFigures.monthEndsTo(day, MONTHS), settings), onTime,
                TeamFigures.caseload(summaries), summaries, context.repositories().team().findAll());
    }

    /**
     * Moves children to another nurse (or to nobody), as one change: all of them or none. Each child's
     * change is audited.
     */
    public void reassign(Collection<Long> childIds, Long nurseId) {
        if (nurseId != null && context.repositories().team().findById(nurseId).filter(TeamMember::active).isEmpty()) {
            throw new FieldProblem.Refused(List.of(new FieldProblem("reassignTo",
                    "Choose a team member who is still in the team.")));
        }
        context.database().transaction(() -> {
            for (long id : childIds) {
                Child c = context.repositories().children().findById(id)
                        .orElseThrow(() -> new FieldProblem.Refused(List.of(new FieldProblem("reassignTo",
                                "A child is no longer in the database: read the list again."))));
                if (java.util.Objects.equals(c.allocatedNurseId(), nurseId)) {
                    continue;
                }
                context.repositories().children().update(c.withAllocatedNurseId(nurseId));
            }
        });
    }
}
