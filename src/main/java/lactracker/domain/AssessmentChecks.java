package lactracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks on an assessment before it is saved (rules.md sections 3, 5 and 6), each problem named
 * at its field in plain English. Nothing is saved while any remains.
 */
public final class AssessmentChecks {
    private AssessmentChecks() {
    }

    /**
     * @param firstCareStart the start of the child's first period of care, or null when none is known
     * @param dueDate        the due date of the duty this assessment fulfils, or null when it fulfils none
     */
    public static List<FieldProblem> problems(HealthAssessment a, Child child, LocalDate firstCareStart,
            LocalDate dueDate, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        LocalDate born = child.dateOfBirth();
        pastDate(p, "requestReceived", "The request date", a.requestReceived(), born, today);
        if (a.outcome() != null && a.outcomeDate() == null) {
            p.add(new FieldProblem("outcomeDate", "Enter the date of the outcome."));
        }
        if (a.outcomeDate() != null && a.outcome() == null) {
            p.add(new FieldProblem("outcome", "Choose the outcome for this date."));
        }
        LocalDate done = a.outcomeDate();
        boolean doneSound = pastDate(p, "outcomeDate", "The " + outcomeWord(a) + " date", done, born, today);
        if (doneSound) {
            if (firstCareStart != null && done.isBefore(firstCareStart)) {
                p.add(new FieldProblem("outcomeDate", "The " + outcomeWord(a) + " date is before the child came into care ("
                        + Dates.written(firstCareStart) + ")."));
            } else if (a.requestReceived() != null && done.isBefore(a.requestReceived())) {
                p.add(new FieldProblem("outcomeDate", "The " + outcomeWord(a) + " date is before the request was received ("
                        + Dates.written(a.requestReceived()) + ")."));
            }
        }
        if (a.outcome() == Outcome.NOT_REQUIRED && blank(a.notRequiredReason())) {
            p.add(new FieldProblem("notRequiredReason", "Say why the clinician decided the assessment is not required."));
        }
        if (a.outcome() == Outcome.COMPLETED) {
            if (a.type() == AssessmentType.IHA && a.practitionerRole() != PractitionerRole.DOCTOR) {
                p.add(new FieldProblem("practitionerRole", "An IHA is done by a doctor: choose Doctor as the role."));
            }
            if (a.type() == AssessmentType.RHA && a.practitionerRole() == null) {
                p.add(new FieldProblem("practitionerRole", "Choose whether a nurse or a doctor did the RHA."));
            }
            if (doneSound && dueDate != null && done.isAfter(dueDate) && a.delayReason() == null) {
                p.add(new FieldProblem("delayReason", "This assessment was completed after its due date (" + Dates.written(dueDate)
                        + "): choose the reason for the delay."));
            }
        }
        if (a.outcome() != Outcome.COMPLETED) {
            notWithoutCompletion(p, "qualityCheckDate", "quality check", a.qualityCheckDate());
            notWithoutCompletion(p, "healthPlanSent", "health plan", a.healthPlanSent());
        } else {
            afterCompletion(p, "qualityCheckDate", "The quality check", a.qualityCheckDate(), done, today);
            afterCompletion(p, "healthPlanSent", "The health plan", a.healthPlanSent(), done, today);
        }
        if (a.qualityCheckDate() != null && a.qualityCheck() == null) {
            p.add(new FieldProblem("qualityCheck", "Choose the outcome of the quality check."));
        }
        if (a.sdqScore() != null) {
            if (a.sdqScore() < 0 || a.sdqScore() > 40) {
                p.add(new FieldProblem("sdqScore", "An SDQ total score is from 0 to 40."));
            } else {
                int age = AgeBand.ageOn(born, done != null ? done : today);
                if (age < 4 || age > 16) {
                    p.add(new FieldProblem("sdqScore", "The SDQ is for children aged 4 to 16; this child was " + age + "."));
                }
            }
        }
        DentalFindings d = a.dental();
        pastDate(p, "dentalCheckDate", "The last dental check", d.lastCheckDate(), born, today);
        pastDate(p, "dentalReferralDate", "The dental referral date", d.referralDate(), born, today);
        pastDate(p, "dentalFollowUpDate", "The later dental check or treatment", d.followUpDate(), born, today);
        if (d.referralDate() != null && !Boolean.TRUE.equals(d.referralMade())) {
            p.add(new FieldProblem("dentalReferralMade", "A referral date is given: mark the referral as made."));
        }
        for (int i = 0; i < a.appointments().size(); i++) {
            Appointment ap = a.appointments().get(i);
            String field = "appointment." + i + ".date";
            if (ap.date().isBefore(born)) {
                p.add(new FieldProblem(field, "Appointment " + (i + 1) + " is dated before the child was born."));
            } else if (ap.date().isAfter(today) && ap.outcome() != AppointmentOutcome.BOOKED
                    && ap.outcome() != AppointmentOutcome.CANCELLED) {
                p.add(new FieldProblem(field, "Appointment " + (i + 1) + " is in the future, so it can only be booked or cancelled."));
            }
        }
        if (a.uascReview() != null) {
            pastDate(p, "arrivedInUk", "The date of arrival in the UK", a.uascReview().arrivedInUk(), born, today);
            for (UascScreening s : a.uascReview().screening()) {
                pastDate(p, "screening." + s.item().name() + ".offeredOn", "The date " + s.item() + " screening was offered",
                        s.offeredOn(), born, today);
            }
        }
        ChildChecks.tooLong(p, "practitionerName", "check.what.practitionerName", a.practitionerName(), 100);
        ChildChecks.tooLong(p, "provider", "check.what.provider", a.provider(), 200);
        ChildChecks.tooLong(p, "notes", "check.what.notes", a.notes(), 4000);
        ChildChecks.tooLong(p, "notRequiredReason", "check.what.reason", a.notRequiredReason(), 500);
        return p;
    }

    private static String outcomeWord(HealthAssessment a) {
        return a.outcome() == Outcome.COMPLETED || a.outcome() == null ? "completion" : "outcome";
    }

    /** Adds a problem when the date is before birth or in the future; true when the date is given and sound. */
    private static boolean pastDate(List<FieldProblem> p, String field, String what, LocalDate date, LocalDate born,
            LocalDate today) {
        if (date == null) {
            return false;
        }
        if (date.isBefore(born)) {
            p.add(new FieldProblem(field, what + " is before the child was born (" + Dates.written(born) + ")."));
            return false;
        }
        if (date.isAfter(today)) {
            p.add(new FieldProblem(field, what + " cannot be in the future."));
            return false;
        }
        return true;
    }

    private static void notWithoutCompletion(List<FieldProblem> p, String field, String what, LocalDate date) {
        if (date != null) {
            p.add(new FieldProblem(field, "A " + what + " date needs a completed assessment: record the completion first."));
        }
    }

    private static void afterCompletion(List<FieldProblem> p, String field, String what, LocalDate date, LocalDate done,
            LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isBefore(done)) {
            p.add(new FieldProblem(field, what + " date is before the assessment was completed (" + Dates.written(done) + ")."));
        } else if (date.isAfter(today)) {
            p.add(new FieldProblem(field, what + " date cannot be in the future."));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
