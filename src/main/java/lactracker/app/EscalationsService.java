package lactracker.app;

import lactracker.domain.Action;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import lactracker.domain.AssessmentType;
import lactracker.domain.CaseFacts;
import lactracker.domain.ChildCase;
import lactracker.domain.ChildSummary;
import lactracker.domain.Duty;
import lactracker.domain.DutyState;
import lactracker.domain.Episode;
import lactracker.domain.Escalation;
import lactracker.domain.EscalationChecks;
import lactracker.domain.EscalationStep;
import lactracker.domain.FieldProblem;
import lactracker.domain.OutOfArea;
import lactracker.domain.Placement;
import lactracker.domain.Settings;
import lactracker.domain.Words;
import lactracker.domain.WorkingDayCalendar;

/**
 * The Escalations screen's work (rules.md section 4): every assessment that is, or should be, requested
 * from another area's provider, with the ladder of steps taken to chase it; and the changes to an
 * escalation, each checked first and written in one transaction with its audit entry.
 */
public final class EscalationsService {
    private final AppContext context;
    private final Caseload caseload;

    EscalationsService(AppContext context, Caseload caseload) {
        this.context = context;
        this.caseload = caseload;
    }

    /**
     * One out-of-county assessment: an open duty of a child placed out of county (on its due date, or
     * today when it is not yet due) due within {@link #LOOK_AHEAD_DAYS}, or an escalation, open or closed, of any child.
     *
     * @param escalation null while nobody has chased it yet
     * @param done       the assessment the duty was fulfilled by has been recorded
     */
    public record EscalationLine(long childId, String childName, String laChildId, Long nurseId, AssessmentType type,
            LocalDate dueDate, String placementLa, Escalation escalation, DutyState state, boolean done) {

        /** The ladder's level reached so far; 0 before the first step. */
        public int level() {
            return lastStep() == null ? 0 : lastStep().level();
        }

        public EscalationStep lastStep() {
            return escalation == null || escalation.steps().isEmpty() ? null
                    : escalation.steps().get(escalation.steps().size() - 1);
        }

        /** When the host area's answer to the last step is due; null when it has answered or no step was taken. */
        public LocalDate nextResponseDue() {
            EscalationStep last = lastStep();
            return last == null || last.responseDate() != null || closed() ? null : last.responseDue();
        }

        /** A step with no response by its due date: time to go up the ladder (the alert of section 7). */
        public boolean stepOverdue(LocalDate day) {
            LocalDate due = nextResponseDue();
            return due != null && day.isAfter(due);
        }

        /** Days since the assessment fell due; 0 before then. */
        public long daysOutstanding(LocalDate day) {
            return Math.max(0, ChronoUnit.DAYS.between(dueDate, closed() ? escalation.closedOn() : day));
        }

        public boolean closed() {
            return escalation != null && escalation.closedOn() != null;
        }

        /**
         * Nobody has chased the host area yet and the duty is overdue or due soon: time to start the ladder.
         * (One due months ahead is listed, but not yet a problem.)
         */
        public boolean notChasedInTime() {
            return escalation == null && !done && (state == DutyState.OVERDUE || state == DutyState.DUE_SOON);
        }

        public String hostArea() {
            return escalation != null ? escalation.hostArea() : placementLa;
        }

        public String hostProvider() {
            return escalation == null ? null : escalation.hostProvider();
        }
    }

    /**
     * The letters made for the steps of the child's escalations, by step, the latest of each (issue 24: a
     * letter is kept beside its step, in the trail).
     */
    public Map<Long, lactracker.domain.LetterMade> letters(long childId) {
        context.require(Action.RUN_ESCALATIONS);
        Map<Long, lactracker.domain.LetterMade> byStep = new java.util.HashMap<>();
        for (lactracker.domain.LetterMade l : context.repositories().access().letters(childId)) {
            byStep.put(l.stepId(), l); // oldest first: the latest stays
        }
        return byStep;
    }

    public LocalDate today() {
        return LocalDate.now(context.clock());
    }

    /** Every line of {@code day}: open escalations and closed ones, and out-of-county duties not yet chased. */
    public List<EscalationLine> lines(LocalDate day) {
        return caseload.day(day).children().stream()
                .flatMap(c -> c.escalations().stream())
                .sorted(ORDER)
                .toList();
    }

    /** One child's lines again after a change. */
    public List<EscalationLine> linesOf(long childId, LocalDate day) {
        return caseload.child(childId, day).map(Caseload.ChildDay::escalations).orElse(List.of());
    }

    /**
     * How far ahead an out-of-county duty nobody has chased yet is listed: an RHA a year away is not yet
     * requested, but one within three months should be.
     */
    public static final int LOOK_AHEAD_DAYS = 90;

    /** Open before closed; within each, the oldest duty first. */
    public static final Comparator<EscalationLine> ORDER = Comparator.comparing(EscalationLine::closed)
            .thenComparing(EscalationLine::dueDate).thenComparing(EscalationLine::laChildId)
            .thenComparing(EscalationLine::type);

    /** A child's lines of the day their facts were worked out for. */
    static List<EscalationLine> lines(ChildCase c, CaseFacts facts, LocalDate day, Settings settings,
            WorkingDayCalendar calendar) {
        List<EscalationLine> lines = new ArrayList<>();
        String name = ChildSummary.displayName(c.child());
        for (Escalation e : c.escalations()) {
            Duty duty = facts.duties().stream()
                    .filter(d -> d.type() == e.type() && d.dueDate().equals(e.dutyDueDate())).findFirst().orElse(null);
            lines.add(new EscalationLine(c.child().id(), name, c.child().laChildId(), c.child().allocatedNurseId(),
                    e.type(), e.dutyDueDate(), e.hostArea(), e,
                    duty == null ? DutyState.NONE : DutyState.of(duty, day, settings, calendar),
                    duty != null && duty.fulfilledBy() != null));
        }
        for (Duty d : facts.dutiesOfPeriodOn(day)) {
            if (!d.open() || d.dueDate().isAfter(day.plusDays(LOOK_AHEAD_DAYS)) || c.escalations().stream().anyMatch(e -> e.type() == d.type() && e.dutyDueDate().equals(d.dueDate()))) {
                continue;
            }
            LocalDate placedOn = d.dueDate().isBefore(day) ? d.dueDate() : day;
            Episode episode = facts.history().episodeOn(placedOn);
            if (episode != null && Placement.of(episode, settings) == Placement.OUT_OF_COUNTY) {
                lines.add(new EscalationLine(c.child().id(), name, c.child().laChildId(), c.child().allocatedNurseId(),
                        d.type(), d.dueDate(), episode.placementLa(), null,
                        DutyState.of(d, day, settings, calendar), false));
            }
        }
        return lines;
    }

    /** The day a step taken on {@code stepDate} should be answered by, from the settings. */
    public LocalDate responseDue(LocalDate stepDate) {
        RulesService rules = new RulesService(context.repositories());
        return OutOfArea.responseDue(stepDate, rules.settings(), rules.calendar());
    }

    /**
     * Adds a step up the ladder; the first step opens the escalation, with the host area and provider.
     *
     * @throws FieldProblem.Refused when a check fails; nothing is written
     */
    public Escalation addStep(EscalationLine line, int level, LocalDate stepDate, String contact, String asked,
            String hostArea, String hostProvider) {
        context.require(Action.RUN_ESCALATIONS);
        LocalDate today = today();
        Escalation current = line.escalation() == null ? null : stored(line);
        refuseIf(EscalationChecks.step(current, level, stepDate, contact, asked, hostArea, hostProvider, today));
        var step = new EscalationStep(null, level, stepDate, contact.strip(), blankToNull(asked), responseDue(stepDate),
                null, null);
        if (line.escalation() == null) {
            return context.repositories().escalations().insert(new Escalation(null, line.childId(), line.type(),
                    line.dueDate(), null, hostArea.strip(), blankToNull(hostProvider), stepDate, null, null,
                    List.of(step)));
        }
        return context.repositories().escalations().addStep(line.escalation(), step);
    }

    /** Records the host area's answer to the last step. */
    public Escalation recordResponse(EscalationLine line, LocalDate responseDate, String response) {
        context.require(Action.RUN_ESCALATIONS);
        Escalation current = stored(line);
        refuseIf(EscalationChecks.response(current, responseDate, response, today()));
        EscalationStep last = current.steps().get(current.steps().size() - 1);
        return context.repositories().escalations().recordResponse(line.escalation(), last.id(), responseDate,
                response.strip());
    }

    /** Closes the escalation, linking the assessment that fulfilled the duty when there is one. */
    public Escalation close(EscalationLine line, LocalDate closedOn, String note) {
        context.require(Action.RUN_ESCALATIONS);
        Escalation current = stored(line);
        refuseIf(EscalationChecks.close(current, closedOn, note, today()));
        RulesService rules = new RulesService(context.repositories());
        Long assessmentId = context.repositories().caseload().loadChild(line.childId())
                .map(c -> CaseFacts.of(c, today(), rules.settings(), rules.calendar()))
                .flatMap(f -> f.duties().stream()
                        .filter(d -> d.type() == line.type() && d.dueDate().equals(line.dueDate()) && d.fulfilledBy() != null)
                        .map(d -> d.fulfilledBy().id()).findFirst())
                .orElse(current.assessmentId());
        return context.repositories().escalations().close(line.escalation(), closedOn, blankToNull(note), assessmentId);
    }

    /** Deletes the escalation's last step, logged in error (audited). */
    public Escalation deleteStep(EscalationLine line, EscalationStep step) {
        context.require(Action.RUN_ESCALATIONS);
        return context.database().transactionResult(() -> {
            Escalation current = stored(line);
            refuseIf(EscalationChecks.deleteStep(current, step));
            return context.repositories().escalations().deleteStep(line.escalation(), step.id());
        });
    }

    /** Reopens a closed escalation (audited): it is chased again from the step it had reached. */
    public Escalation reopen(EscalationLine line) {
        context.require(Action.RUN_ESCALATIONS);
        return context.database().transactionResult(() -> {
            Escalation current = stored(line);
            refuseIf(EscalationChecks.reopen(current));
            return context.repositories().escalations().reopen(line.escalation());
        });
    }

    private Escalation stored(EscalationLine line) {
        if (line.escalation() == null) {
            throw new FieldProblem.Refused(List.of(new FieldProblem("stepDate", Words.get("escalations.refused.notChased"))));
        }
        Escalation current = context.repositories().escalations().findById(line.escalation().id())
                .orElseThrow(() -> new FieldProblem.Refused(List.of(new FieldProblem("stepDate",
                        Words.get("escalations.refused.gone")))));
        if (current.version() != line.escalation().version()) {
            // changed at another desk since this one read it: say so before checking against what it did
            throw context.repositories().escalations().stale(current.id());
        }
        return current;
    }

    private static void refuseIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new FieldProblem.Refused(problems);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
