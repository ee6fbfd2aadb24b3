package lactracker.domain;

import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.AssessmentBuilder.anRha;
import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import lactracker.testdata.AssessmentBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The assessment form's checks: each problem at its field, in plain words (issue 5, rules.md 3, 5, 6). */
class AssessmentChecksTest {
    private static final LocalDate BORN = LocalDate.of(2010, 6, 15);
    private static final LocalDate CARE = LocalDate.of(2017, 1, 9);
    private static final LocalDate DUE = LocalDate.of(2017, 2, 6);
    private static final LocalDate TODAY = LocalDate.of(2017, 3, 1);
    private static final Child CHILD = aChild().bornOn(BORN).build();

    static List<FieldProblem> problems(AssessmentBuilder b) {
        return AssessmentChecks.problems(b.build(), CHILD, CARE, DUE, TODAY);
    }

    static List<String> fields(AssessmentBuilder b) {
        return problems(b).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aTimelyIhaByADoctorHasNoProblems() {
        assertThat(problems(anIha().requestedOn(CARE).completedOn(DUE))).isEmpty();
    }

    @ParameterizedTest(name = "requested {0}, completed {1}: problem at {2}")
    @CsvSource(nullValues = "-", value = {
        "2009-01-01, 2017-02-01, requestReceived",   // before birth
        "2017-03-02, -,          requestReceived",   // in the future
        "2017-01-10, 2017-03-02, outcomeDate",       // completed in the future
        "2017-01-10, 2016-12-01, outcomeDate",       // before the child came into care
        "2017-01-20, 2017-01-15, outcomeDate",       // before the request
    })
    void datesAreNotBeforeBirthCareOrRequestNorInTheFuture(LocalDate requested, LocalDate completed, String field) {
        AssessmentBuilder b = anIha().requestedOn(requested);
        if (completed != null) {
            b.completedOn(completed);
        }
        assertThat(fields(b)).containsExactly(field);
    }

    @Test
    void theMessageSaysWhatIsWrongInPlainWords() {
        assertThat(problems(anIha().completedOn(LocalDate.of(2017, 3, 2))))
                .extracting(FieldProblem::message).containsExactly("The completion date cannot be in the future.");
        assertThat(problems(anIha().requestedOn(CARE).completedOn(DUE).byA(PractitionerRole.NURSE)))
                .extracting(FieldProblem::message).containsExactly("An IHA is done by a doctor: choose Doctor as the role.");
    }

    @ParameterizedTest(name = "{0} by a {1}: role problem {2}")
    @CsvSource({
        "IHA, NURSE,  true",
        "IHA, DOCTOR, false",
        "RHA, NURSE,  false",
        "RHA, DOCTOR, false",
    })
    void anIhaIsDoneByADoctor(AssessmentType type, PractitionerRole role, boolean problem) {
        AssessmentBuilder b = (type == AssessmentType.IHA ? anIha() : anRha()).requestedOn(CARE).completedOn(DUE).byA(role);
        assertThat(fields(b).contains("practitionerRole")).isEqualTo(problem);
    }

    @ParameterizedTest(name = "completed {0}, reason {1}: delay problem {2}")
    @CsvSource(nullValues = "-", value = {
        "2017-02-06, -,                  false",   // on the due date
        "2017-02-07, -,                  true",    // late, no reason
        "2017-02-07, PROVIDER_CAPACITY,  false",
    })
    void aLateAssessmentNeedsAReasonForTheDelay(LocalDate completed, DelayReason reason, boolean problem) {
        AssessmentBuilder b = anIha().requestedOn(CARE).completedOn(completed);
        if (reason != null) {
            b.delayedBecause(reason);
        }
        assertThat(fields(b).contains("delayReason")).isEqualTo(problem);
    }

    @ParameterizedTest(name = "SDQ {0}, born {1}: problem {2}")
    @CsvSource({
        "0,  2010-06-15, false",
        "40, 2010-06-15, false",
        "41, 2010-06-15, true",
        "-1, 2010-06-15, true",
        "12, 2014-06-15, true",    // 2 on the day: the SDQ is for 4-16
        "12, 2000-01-01, true",    // 17
        "12, 2013-02-06, false",   // 4 that very day
    })
    void sdqIsZeroToFortyForAges4To16(int score, LocalDate born, boolean problem) {
        List<FieldProblem> p = AssessmentChecks.problems(anIha().requestedOn(CARE).completedOn(DUE).withSdq(score).build(),
                aChild().bornOn(born).build(), null, DUE, TODAY);
        assertThat(p.stream().anyMatch(x -> x.field().equals("sdqScore"))).isEqualTo(problem);
    }

    @ParameterizedTest(name = "appointment {0} {1}: problem {2}")
    @CsvSource({
        "2017-03-10, BOOKED,         false",
        "2017-03-10, CANCELLED,      false",
        "2017-03-10, ATTENDED,       true",    // cannot have attended a day still to come
        "2017-02-01, DID_NOT_ATTEND, false",
        "2009-01-01, BOOKED,         true",    // before birth
    })
    void appointmentsInTheFutureCanOnlyBeBooked(LocalDate date, AppointmentOutcome outcome, boolean problem) {
        AssessmentBuilder b = anIha().requestedOn(CARE).withAppointment(new Appointment(null, date, "Clinic", outcome, null));
        assertThat(fields(b).contains("appointment.0.date")).isEqualTo(problem);
    }

    @Test
    void dentalDatesAreCheckedLikeTheOthers() {
        DentalFindings future = new DentalFindings(YesNoUnknown.YES, null, LocalDate.of(2017, 4, 1), false, false,
                LocalDate.of(2017, 2, 1), null);
        assertThat(fields(anIha().requestedOn(CARE).completedOn(DUE).withDental(future)))
                .containsExactlyInAnyOrder("dentalCheckDate", "dentalReferralMade");
    }
}
