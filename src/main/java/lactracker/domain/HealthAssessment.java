package lactracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A health assessment as the team logged it. Its due date is not here: which duty it fulfils, and so
 * its due date, is worked out by the rules from the dates.
 *
 * @param outcome       null while the assessment is in progress
 * @param outcomeDate   the day of the outcome (the completion date for a completed one); null with no outcome
 * @param uascReview    the UASC section, or null when the child is not UASC or it has not been started
 * @param version       optimistic-lock counter
 */
public record HealthAssessment(
        Long id,
        long childId,
        AssessmentType type,
        LocalDate requestReceived,
        Outcome outcome,
        LocalDate outcomeDate,
        String notRequiredReason,
        String practitionerName,
        PractitionerRole practitionerRole,
        String provider,
        boolean outOfArea,
        QualityCheck qualityCheck,
        LocalDate qualityCheckDate,
        LocalDate healthPlanSent,
        YesNoUnknown immunisationsUpToDate,
        Integer sdqScore,
        DelayReason delayReason,
        String notes,
        DentalFindings dental,
        List<Appointment> appointments,
        UascReview uascReview,
        RecordSource source,
        int version) {

    public HealthAssessment {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dental, "dental");
        Objects.requireNonNull(source, "source");
        if ((outcome == null) != (outcomeDate == null)) {
            throw new IllegalArgumentException("an outcome and its date go together");
        }
        appointments = List.copyOf(appointments);
    }

    /** The completion date, or null when this assessment is not (yet) a completed one. */
    public LocalDate completedOn() {
        return outcome == Outcome.COMPLETED ? outcomeDate : null;
    }

    public HealthAssessment withId(Long newId) {
        return new HealthAssessment(newId, childId, type, requestReceived, outcome, outcomeDate, notRequiredReason,
                practitionerName, practitionerRole, provider, outOfArea, qualityCheck, qualityCheckDate,
                healthPlanSent, immunisationsUpToDate, sdqScore, delayReason, notes, dental, appointments,
                uascReview, source, version);
    }

    public HealthAssessment withVersion(int newVersion) {
        return new HealthAssessment(id, childId, type, requestReceived, outcome, outcomeDate, notRequiredReason,
                practitionerName, practitionerRole, provider, outOfArea, qualityCheck, qualityCheckDate,
                healthPlanSent, immunisationsUpToDate, sdqScore, delayReason, notes, dental, appointments,
                uascReview, source, newVersion);
    }
}
