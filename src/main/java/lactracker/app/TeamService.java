package lactracker.app;

import lactracker.domain.Action;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import lactracker.domain.AuditFigures;
import lactracker.domain.AuditPeriod;
import lactracker.domain.AuditRow;
import lactracker.domain.AuditSheet;
import lactracker.domain.Child;
import lactracker.domain.ChildSummary;
import lactracker.domain.FieldProblem;
import lactracker.domain.TeamFigures;
import lactracker.domain.TeamMember;
import lactracker.domain.Settings;
import lactracker.domain.Words;
import lactracker.domain.WorkingDayCalendar;

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
    private final Caseload caseload;
    /** The figures last worked out, with the caseload of the day they were worked out beside. */
    private volatile Figures figures;

    TeamService(AppContext context, Caseload caseload) {
        this.context = context;
        this.caseload = caseload;
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
        Caseload.Day today = caseload.day(day);
        Figures f = figures;
        if (f == null || f.of() != today) { // the caseload changed since (or another day): work them out again
            f = figures(today);
            figures = f;
        }
        AuditSheet soFar = f.sheets().get(0);
        List<AuditSheet> past = f.sheets().subList(1, f.sheets().size());
        AuditSheet last = past.get(past.size() - 1);
        List<Tile> tiles = new ArrayList<>();
        for (String id : TILES) {
            AuditRow now = soFar.row(id);
            tiles.add(new Tile(id, now.label(), now.numerator(), now.denominator() == null ? 0 : now.denominator(),
                    now.percent(), last.row(id).percent()));
        }
        List<QuarterOnTime> onTime = new ArrayList<>();
        for (AuditSheet sheet : past) {
            AuditRow iha = sheet.row("iha_on_time");
            AuditRow rha = sheet.row("rha_on_time");
            onTime.add(new QuarterOnTime(sheet.period().label(), iha.percent(), iha.denominator(), rha.percent(),
                    rha.denominator()));
        }
        List<ChildSummary> summaries = today.summaries();
        return new Overview(day, AuditPeriod.quarterOf(day).label(), tiles, f.monthEnds(), onTime,
                TeamFigures.caseload(summaries), summaries, context.repositories().team().findAll());
    }

    /**
     * The overview's audit figures (this quarter so far, then the {@link #QUARTERS} before it, oldest first)
     * and month ends, worked out for the caseload of {@code of}.
     */
    private record Figures(Caseload.Day of, List<AuditSheet> sheets, List<TeamFigures.MonthEnd> monthEnds) {
    }

    /** A batch's share of the figures. */
    private record Share(List<AuditFigures.Part> parts, List<TeamFigures.MonthEnd> monthEnds) {
    }

    /**
     * Every quarter's figures and every month end in one pass over the stored cases, batch by batch (they
     * were seven passes, one per quarter, over a caseload held whole). Only the figures are shown here, not
     * the children behind them: tallied without them.
     */
    private Figures figures(Caseload.Day today) {
        LocalDate day = today.day();
        Settings settings = today.settings();
        WorkingDayCalendar calendar = today.calendar();
        AuditPeriod quarter = AuditPeriod.quarterOf(day);
        List<AuditFigures.Tallied> past = new ArrayList<>();
        for (AuditPeriod q = quarter.previous(); past.size() < QUARTERS; q = q.previous()) {
            past.add(0, new AuditFigures.Tallied(q, q.to(), false));
        }
        List<AuditFigures.Tallied> wanted = new ArrayList<>();
        wanted.add(new AuditFigures.Tallied(AuditPeriod.between(quarter.from(), day), day, false));
        wanted.addAll(past);
        List<LocalDate> ends = TeamFigures.monthEndsTo(day, MONTHS);
        ExecutorService workers = Workers.forReading("team-figures");
        List<Share> shares;
        try {
            shares = context.repositories().caseload().eachBatch(cases -> new Share(
                    AuditFigures.parts(cases, wanted, settings, calendar), TeamFigures.monthEnds(cases, ends, settings)),
                    workers);
        } finally {
            workers.shutdownNow();
        }
        List<TeamFigures.MonthEnd> monthEnds = TeamFigures.monthEnds(List.of(), ends, settings);
        for (Share share : shares) {
            monthEnds = TeamFigures.join(monthEnds, share.monthEnds());
        }
        List<AuditSheet> sheets = AuditFigures.sheets(shares.stream().map(Share::parts).toList(), wanted, settings,
                calendar);
        return new Figures(today, sheets, monthEnds);
    }

    /**
     * Moves children to another nurse (or to nobody), as one change: all of them or none. Each child's
     * change is audited.
     */
    public void reassign(Collection<Long> childIds, Long nurseId) {
        context.require(Action.REASSIGN_CHILDREN);
        if (nurseId != null && context.repositories().team().findById(nurseId).filter(TeamMember::active).isEmpty()) {
            throw new FieldProblem.Refused(List.of(new FieldProblem("reassignTo",
                    Words.get("team.refused.memberGone"))));
        }
        context.database().transaction(() -> {
            for (long id : childIds) {
                Child c = context.repositories().children().findById(id)
                        .orElseThrow(() -> new FieldProblem.Refused(List.of(new FieldProblem("reassignTo",
                                Words.get("refused.childGoneReadAgain")))));
                if (java.util.Objects.equals(c.allocatedNurseId(), nurseId)) {
                    continue;
                }
                context.repositories().children().update(c.withAllocatedNurseId(nurseId));
            }
        });
    }
}
