package lactracker.app;

import lactracker.domain.Action;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lactracker.domain.AssessmentChecks;
import lactracker.domain.CaseFacts;
import lactracker.domain.Child;
import lactracker.domain.ChildCase;
import lactracker.domain.ChildChecks;
import lactracker.domain.ChildSummary;
import lactracker.domain.Duty;
import lactracker.domain.FieldProblem;
import lactracker.domain.HealthAssessment;
import lactracker.domain.PeriodOfCare;
import lactracker.domain.TeamMember;
import lactracker.domain.UserFacingException;
import lactracker.domain.Words;
import lactracker.io.DfeCodes;
import lactracker.store.Repositories;

/**
 * The nurse's work on children and their assessments: the list, one child's record, and saving what
 * she logs, each save checked by the rules first and written as one transaction.
 */
public final class ChildrenService {
    private final AppContext context;
    private final Caseload caseload;

    ChildrenService(AppContext context, Caseload caseload) {
        this.context = context;
        this.caseload = caseload;
    }

    private Repositories repositories() {
        return context.repositories();
    }

    public LocalDate today() {
        return LocalDate.now(context.clock());
    }

    /** Every child's line for the list as at {@code day}, from the caseload of the day. */
    public List<ChildSummary> summaries(LocalDate day) {
        return caseload.day(day).summaries();
    }

    /** One child's line, to bring the list up to date after a save; empty when the child is gone. */
    public Optional<ChildSummary> summary(long childId, LocalDate day) {
        return caseload.child(childId, day).map(Caseload.ChildDay::summary);
    }

    /** One child's whole record as at {@code day}; empty when there is no such child. */
    public Optional<ChildRecord> record(long childId, LocalDate day) {
        RulesService rules = new RulesService(repositories());
        Optional<ChildRecord> record = repositories().caseload().loadChild(childId).map(c -> {
            var settings = rules.settings();
            var calendar = rules.calendar();
            CaseFacts facts = CaseFacts.of(c, day, settings, calendar);
            return new ChildRecord(facts, ChildSummary.of(facts, settings, calendar),
                    facts.record().episodes().stream()
                            .map(e -> new ChildRecord.EpisodeLine(e, lactracker.domain.Placement.of(e, settings))).toList(),
                    facts.duties().stream()
                            .map(d -> new ChildRecord.DutyLine(d, lactracker.domain.DutyState.of(d, day, settings, calendar)))
                            .toList(),
                    repositories().auditLog().findByChild(childId));
        });
        if (record.isPresent() && !context.database().readOnly()) {
            repositories().access().opened(childId); // who looked at this child's record, and when
        }
        return record;
    }

    /** The team, for the nurse filter and the allocated-nurse field. */
    public List<TeamMember> team() {
        return repositories().team().findAll();
    }

    /** What is wrong with a child's record as it is being typed; empty when it can be saved. */
    public List<FieldProblem> check(Child child) {
        boolean taken = repositories().children().findByLaChildId(child.laChildId().strip())
                .map(other -> !other.id().equals(child.id())).orElse(false);
        return ChildChecks.problems(child, today(), taken);
    }

    /**
     * Saves a child added by hand, or the team's fields of one already known.
     *
     * @throws FieldProblem.Refused when a check fails: nothing is written
     */
    public Child save(Child typed) {
        context.require(Action.KEEP_CHILD_RECORD);
        Child child = tidy(typed);
        return context.database().transactionResult(() -> {
            Long allocated = child.id() == null ? null
                    : repositories().children().findById(child.id()).map(Child::allocatedNurseId).orElse(null);
            if (!java.util.Objects.equals(allocated, child.allocatedNurseId())) {
                context.require(Action.REASSIGN_CHILDREN); // a nurse keeps a child's record; a team lead allocates
            }
            List<FieldProblem> problems = check(child);
            if (!problems.isEmpty()) {
                throw new FieldProblem.Refused(problems);
            }
            return child.id() == null ? repositories().children().insert(child) : repositories().children().update(child);
        });
    }

    /** As stored: the NHS number as ten digits, the LA id trimmed, blank text as nothing. */
    static Child tidy(Child c) {
        String nhs = blankToNull(c.nhsNumber());
        String digits = lactracker.domain.NhsNumber.digits(nhs);
        return c.withLaChildId(c.laChildId().strip()).withTeamFields(blankToNull(c.givenName()),
                blankToNull(c.familyName()), digits != null ? digits : nhs, blankToNull(c.gpPractice()),
                blankToNull(c.gpPracticeCode()), blankToNull(c.dentistPractice()), c.allocatedNurseId(), c.uascFlagged(),
                c.healthPassportIssued(), blankToNull(c.notes()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** What is wrong with an assessment as it is being typed; empty when it can be saved. */
    public List<FieldProblem> check(HealthAssessment assessment) {
        ChildCase c = repositories().caseload().loadChild(assessment.childId())
                .orElseThrow(() -> new UserFacingException(Words.get("refused.recordGone")));
        return problems(c, assessment);
    }

    private List<FieldProblem> problems(ChildCase c, HealthAssessment assessment) {
        RulesService rules = new RulesService(repositories());
        LocalDate day = today();
        ChildCase with = withAssessment(c, assessment);
        CaseFacts facts = CaseFacts.of(with, day, rules.settings(), rules.calendar());
        LocalDate due = facts.duties().stream().filter(d -> d.fulfilledBy() == assessment).map(Duty::dueDate)
                .findFirst().orElse(null);
        LocalDate firstCare = facts.history().periods().stream().findFirst().map(PeriodOfCare::start).orElse(null);
        return AssessmentChecks.problems(assessment, c.child(), firstCare, due, day);
    }

    /**
     * Saves a new assessment or changes to one, after the checks; returns it as saved with the child's
     * duty now open (the next one), so the form can say at once what is due next.
     *
     * @throws FieldProblem.Refused when a check fails: nothing is written
     */
    public SavedAssessment save(HealthAssessment assessment) {
        context.require(Action.LOG_ASSESSMENT);
        return context.database().transactionResult(() -> {
            ChildCase c = repositories().caseload().loadChild(assessment.childId())
                    .orElseThrow(() -> new UserFacingException(Words.get("refused.recordGone")));
            List<FieldProblem> problems = problems(c, assessment);
            if (!problems.isEmpty()) {
                throw new FieldProblem.Refused(problems);
            }
            HealthAssessment saved = assessment.id() == null
                    ? repositories().assessments().insert(assessment)
                    : repositories().assessments().update(assessment);
            ChildSummary after = summary(assessment.childId(), today()).orElseThrow();
            return new SavedAssessment(saved, after);
        });
    }

    /**
     * Deletes an assessment logged in error, in one transaction, audited with what it held; the child's
     * duties are worked out again from what is left. Refused while an invoice or a closed escalation
     * rests on it, so nothing else changes unseen.
     *
     * @return the child's line after the deletion
     * @throws UserFacingException when something rests on the assessment: nothing is deleted
     */
    public ChildSummary deleteAssessment(long assessmentId) {
        context.require(Action.LOG_ASSESSMENT);
        return context.database().transactionResult(() -> {
            HealthAssessment a = repositories().assessments().findById(assessmentId)
                    .orElseThrow(() -> new UserFacingException(Words.get("refused.assessmentGone")));
            ChildCase c = repositories().caseload().loadChild(a.childId())
                    .orElseThrow(() -> new UserFacingException(Words.get("refused.recordGone")));
            if (c.payments().stream().anyMatch(p -> p.assessmentId() == assessmentId)) {
                throw new UserFacingException(Words.get("children.refused.invoiceFirst"));
            }
            if (c.escalations().stream().anyMatch(e -> java.util.Objects.equals(e.assessmentId(), assessmentId))) {
                throw new UserFacingException(Words.get("children.refused.escalationFirst"));
            }
            repositories().assessments().delete(assessmentId);
            return summary(a.childId(), today()).orElseThrow();
        });
    }

    private static ChildCase withAssessment(ChildCase c, HealthAssessment assessment) {
        List<HealthAssessment> all = new ArrayList<>();
        for (HealthAssessment a : c.assessments()) {
            if (assessment.id() == null || !assessment.id().equals(a.id())) {
                all.add(a);
            }
        }
        all.add(assessment);
        return new ChildCase(c.child(), c.episodes(), all, c.escalations(), c.payments());
    }

    /** The plain-English label of a 903 code ("Full care order" for LS C2); the code itself when unknown. */
    public static String label(String list, String code) {
        return DfeCodes.label(list, code);
    }

    /** An assessment as saved, and the child's line after it (its next duty and colour). */
    public record SavedAssessment(HealthAssessment assessment, ChildSummary child) {
    }
}
