package lactracker.testdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lactracker.domain.Appointment;
import lactracker.domain.AssessmentType;
import lactracker.domain.DelayReason;
import lactracker.domain.DentalFindings;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Outcome;
import lactracker.domain.PractitionerRole;
import lactracker.domain.RecordSource;
import lactracker.domain.UascReview;
import lactracker.domain.YesNoUnknown;

/** Builds health assessments for tests; by default an IHA requested but not yet done. */
public final class AssessmentBuilder {
    private long childId;
    private AssessmentType type = AssessmentType.IHA;
    private LocalDate requested = LocalDate.of(2017, 1, 10);
    private Outcome outcome;
    private LocalDate outcomeDate;
    private PractitionerRole role = PractitionerRole.DOCTOR;
    private boolean outOfArea;
    private Integer sdq;
    private DentalFindings dental = DentalFindings.NONE;
    private final List<Appointment> appointments = new ArrayList<>();
    private UascReview uasc;
    private DelayReason delay;
    private YesNoUnknown immunisations = YesNoUnknown.UNKNOWN;

    public static AssessmentBuilder anIha() {
        return new AssessmentBuilder();
    }

    public static AssessmentBuilder anRha() {
        AssessmentBuilder b = new AssessmentBuilder();
        b.type = AssessmentType.RHA;
        b.role = PractitionerRole.NURSE;
        return b;
    }

    public AssessmentBuilder forChild(long id) {
        this.childId = id;
        return this;
    }

    public AssessmentBuilder requestedOn(LocalDate date) {
        this.requested = date;
        return this;
    }

    public AssessmentBuilder completedOn(LocalDate date) {
        this.outcome = Outcome.COMPLETED;
        this.outcomeDate = date;
        return this;
    }

    public AssessmentBuilder refusedOn(LocalDate date) {
        this.outcome = Outcome.REFUSED;
        this.outcomeDate = date;
        return this;
    }

    public AssessmentBuilder byA(PractitionerRole practitionerRole) {
        this.role = practitionerRole;
        return this;
    }

    public AssessmentBuilder delayedBecause(DelayReason reason) {
        this.delay = reason;
        return this;
    }

    public AssessmentBuilder outOfArea() {
        this.outOfArea = true;
        return this;
    }

    public AssessmentBuilder immunised(YesNoUnknown upToDate) {
        this.immunisations = upToDate;
        return this;
    }

    public AssessmentBuilder withSdq(int score) {
        this.sdq = score;
        return this;
    }

    public AssessmentBuilder withDental(DentalFindings findings) {
        this.dental = findings;
        return this;
    }

    public AssessmentBuilder withAppointment(Appointment appointment) {
        this.appointments.add(appointment);
        return this;
    }

    public AssessmentBuilder withUascReview(UascReview review) {
        this.uasc = review;
        return this;
    }

    public HealthAssessment build() {
        return new HealthAssessment(null, childId, type, requested, outcome, outcomeDate, null,
                outcome == null ? null : "Dr Invented Person", outcome == null ? null : role, "Fake Community Trust",
                outOfArea, null, null, null, immunisations, sdq, delay, null, dental, appointments, uasc,
                RecordSource.MANUAL, 0);
    }
}
