package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The escalation ladder's checks (rules.md section 4, issue 6). */
class EscalationChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2017, 3, 1);

    /** Opened 1 Feb 2017, one step at level 2 on 6 Feb 2017 with no response yet. */
    private static Escalation atLevel2(LocalDate closedOn) {
        var step = new EscalationStep(1L, 2, LocalDate.of(2017, 2, 6), "Host designated nurse", "When?",
                LocalDate.of(2017, 2, 20), null, null);
        return new Escalation(1L, 7, AssessmentType.IHA, LocalDate.of(2017, 2, 10), null, "Kent", null,
                LocalDate.of(2017, 2, 1), closedOn, null, List.of(step));
    }

    @ParameterizedTest(name = "new {0}, level {1}, on {2}, contact ''{3}'', host ''{4}'': {5}")
    @CsvSource(nullValues = "-", value = {
        "false, 3, 2017-03-01, Director,  -,    -",
        "false, 2, 2017-02-06, Director,  -,    -",           // the same level again, the same day: a second chase
        "false, 1, 2017-02-07, Director,  -,    level",       // down the ladder
        "false, 5, 2017-02-07, Director,  -,    level",       // no level 5
        "false, 3, 2017-03-02, Director,  -,    stepDate",    // tomorrow
        "false, 3, 2017-02-05, Director,  -,    stepDate",    // before the last step
        "false, 3, -,          Director,  -,    stepDate",
        "false, 3, 2017-03-01, '  ',      -,    contact",
        "true,  1, 2017-03-01, Admin,     Kent, -",
        "true,  1, 2017-03-01, Admin,     '',   hostArea",    // opening one needs the host area
        "true,  1, 2017-03-01, Admin,     -,    hostArea",
    })
    void eachStepProblemIsNamedAtItsField(boolean opening, int level, LocalDate on, String contact, String host,
            String field) {
        var problems = EscalationChecks.step(opening ? null : atLevel2(null), level, on, contact, "asked", host, null, TODAY);
        assertFields(problems, field);
    }

    @ParameterizedTest(name = "closed {0}, a step on {1}: {2}")
    @CsvSource(nullValues = "-", value = {
        "-,          2017-03-01, -",
        "2017-02-20, 2017-03-01, stepDate", // a closed escalation takes no more steps
    })
    void aClosedEscalationTakesNoMoreSteps(LocalDate closedOn, LocalDate on, String field) {
        assertFields(EscalationChecks.step(atLevel2(closedOn), 3, on, "Director", null, null, null, TODAY), field);
    }

    @ParameterizedTest(name = "response on {0}, ''{1}'': {2}")
    @CsvSource(nullValues = "-", value = {
        "2017-02-06, Booked for 3 March, -",
        "2017-02-05, Booked for 3 March, stepDate", // before the step it answers
        "2017-03-02, Booked for 3 March, stepDate", // tomorrow
        "-,          Booked for 3 March, stepDate",
        "2017-02-10, '',                 asked",
    })
    void eachResponseProblemIsNamedAtItsField(LocalDate on, String response, String field) {
        assertFields(EscalationChecks.response(atLevel2(null), on, response, TODAY), field);
    }

    @ParameterizedTest(name = "closed {0}, closing on {1}: {2}")
    @CsvSource(nullValues = "-", value = {
        "-,          2017-03-01, -",
        "-,          2017-02-01, -",        // the day it opened
        "-,          2017-01-31, stepDate", // before it opened
        "-,          2017-03-02, stepDate", // tomorrow
        "-,          -,          stepDate",
        "2017-02-20, 2017-03-01, stepDate", // already closed
    })
    void eachCloseProblemIsNamedAtItsField(LocalDate closedOn, LocalDate on, String field) {
        assertFields(EscalationChecks.close(atLevel2(closedOn), on, "IHA done", TODAY), field);
    }

    @ParameterizedTest(name = "closing with the note \"{0}\": {1}")
    @CsvSource(nullValues = "-", value = {
        "IHA done,  -",
        "-,         asked",
        "'   ',     asked",
    })
    void closingNeedsAReason(String note, String field) {
        assertFields(EscalationChecks.close(atLevel2(null), LocalDate.of(2017, 3, 1), note, TODAY), field);
    }

    @ParameterizedTest(name = "closed {0}, deleting step {1}: {2}")
    @CsvSource(nullValues = "-", value = {
        "-,          1, -",        // the last step
        "-,          9, stepDate", // not the last (or not this escalation's)
        "2017-02-20, 1, stepDate", // closed: reopen first
    })
    void onlyTheLastStepOfAnOpenEscalationIsDeleted(LocalDate closedOn, long stepId, String field) {
        var step = new EscalationStep(stepId, 2, LocalDate.of(2017, 2, 6), "Host designated nurse", "When?",
                LocalDate.of(2017, 2, 20), null, null);
        assertFields(EscalationChecks.deleteStep(atLevel2(closedOn), step), field);
    }

    @ParameterizedTest(name = "closed {0}: reopening {1}")
    @CsvSource(nullValues = "-", value = {
        "2017-02-20, -",
        "-,          stepDate", // open: nothing to reopen
    })
    void onlyAClosedEscalationIsReopened(LocalDate closedOn, String field) {
        assertFields(EscalationChecks.reopen(atLevel2(closedOn)), field);
    }

    private static void assertFields(List<FieldProblem> problems, String field) {
        var fields = problems.stream().map(FieldProblem::field).toList();
        if (field == null) {
            assertThat(fields).isEmpty();
        } else {
            assertThat(fields).containsExactly(field);
        }
    }
}
