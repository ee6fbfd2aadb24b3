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
        pastDate(p, "requestReceived", Words.get("check.what.requestDate"), a.requestReceived(), born, today);
        if (a.outcome() != null && a.outcomeDate() == null) {
            p.add(new FieldProblem("outcomeDate", Words.get("assessment.check.outcomeDate")));
        }
        if (a.outcomeDate() != null && a.outcome() == null) {
            p.add(new FieldProblem("outcome", Words.get("assessment.check.outcome")));
        }
        LocalDate done = a.outcomeDate();
        boolean doneSound = pastDate(p, "outcomeDate", outcomeDate(a), done, born, today);
        if (doneSound) {
            if (firstCareStart != null && done.isBefore(firstCareStart)) {
                p.add(new FieldProblem("outcomeDate", Words.format("assessment.check.beforeCare", outcomeDate(a),
                        Dates.written(firstCareStart))));
            } else if (a.requestReceived() != null && done.isBefore(a.requestReceived())) {
                p.add(new FieldProblem("outcomeDate", Words.format("assessment.check.beforeRequest", outcomeDate(a),
                        Dates.written(a.requestReceived()))));
            }
        }
        if (a.outcome() == Outcome.NOT_REQUIRED && blank(a.notRequiredReason())) {
            p.add(new FieldProblem("notRequiredReason", Words.get("assessment.check.notRequiredReason")));
        }
        if (a.outcome() == Outcome.COMPLETED) {
            if (a.type() == AssessmentType.IHA && a.practitionerRole() != PractitionerRole.DOCTOR) {
                p.add(new FieldProblem("practitionerRole", Words.get("assessment.check.ihaByDoctor")));
            }
            if (a.type() == AssessmentType.RHA && a.practitionerRole() == null) {
                p.add(new FieldProblem("practitionerRole", Words.get("assessment.check.rhaRole")));
            }
            if (doneSound && dueDate != null && done.isAfter(dueDate) && a.delayReason() == null) {
                p.add(new FieldProblem("delayReason", Words.format("assessment.check.late", Dates.written(dueDate))));
            }
        }
        if (a.outcome() != Outcome.COMPLETED) {
            notWithoutCompletion(p, "qualityCheckDate", Words.get("check.word.qualityCheck"), a.qualityCheckDate());
            notWithoutCompletion(p, "healthPlanSent", Words.get("check.word.healthPlan"), a.healthPlanSent());
        } else {
            afterCompletion(p, "qualityCheckDate", Words.get("check.what.qualityCheck"), a.qualityCheckDate(), done, today);
            afterCompletion(p, "healthPlanSent", Words.get("check.what.healthPlan"), a.healthPlanSent(), done, today);
        }
        if (a.qualityCheckDate() != null && a.qualityCheck() == null) {
            p.add(new FieldProblem("qualityCheck", Words.get("assessment.check.qualityCheck")));
        }
        if (a.sdqScore() != null) {
            if (a.sdqScore() < 0 || a.sdqScore() > 40) {
                p.add(new FieldProblem("sdqScore", Words.get("assessment.check.sdqRange")));
            } else {
                int age = AgeBand.ageOn(born, done != null ? done : today);
                if (age < 4 || age > 16) {
                    p.add(new FieldProblem("sdqScore", Words.format("assessment.check.sdqAge", String.valueOf(age))));
                }
            }
        }
        DentalFindings d = a.dental();
        pastDate(p, "dentalCheckDate", Words.get("check.what.lastDentalCheck"), d.lastCheckDate(), born, today);
        pastDate(p, "dentalReferralDate", Words.get("check.what.dentalReferralDate"), d.referralDate(), born, today);
        pastDate(p, "dentalFollowUpDate", Words.get("check.what.dentalFollowUp"), d.followUpDate(), born, today);
        if (d.referralDate() != null && !Boolean.TRUE.equals(d.referralMade())) {
            p.add(new FieldProblem("dentalReferralMade", Words.get("assessment.check.referralMade")));
        }
        for (int i = 0; i < a.appointments().size(); i++) {
            Appointment ap = a.appointments().get(i);
            String field = "appointment." + i + ".date";
            if (ap.date().isBefore(born)) {
                p.add(new FieldProblem(field, Words.format("assessment.check.appointmentBeforeBirth", String.valueOf(i + 1))));
            } else if (ap.date().isAfter(today) && ap.outcome() != AppointmentOutcome.BOOKED
                    && ap.outcome() != AppointmentOutcome.CANCELLED) {
                p.add(new FieldProblem(field, Words.format("assessment.check.appointmentInFuture", String.valueOf(i + 1))));
            }
        }
        if (a.uascReview() != null) {
            pastDate(p, "arrivedInUk", Words.get("check.what.arrivedInUk"), a.uascReview().arrivedInUk(), born, today);
            for (UascScreening s : a.uascReview().screening()) {
                pastDate(p, "screening." + s.item().name() + ".offeredOn", Words.format("check.what.screeningOffered", String.valueOf(s.item())),
                        s.offeredOn(), born, today);
            }
        }
        ChildChecks.tooLong(p, "practitionerName", "check.what.practitionerName", a.practitionerName(), 100);
        ChildChecks.tooLong(p, "provider", "check.what.provider", a.provider(), 200);
        ChildChecks.tooLong(p, "notes", "check.what.notes", a.notes(), 4000);
        ChildChecks.tooLong(p, "notRequiredReason", "check.what.reason", a.notRequiredReason(), 500);
        return p;
    }

    /** "The completion date", or "The outcome date" when the assessment was not completed. */
    private static String outcomeDate(HealthAssessment a) {
        return Words.get(a.outcome() == Outcome.COMPLETED || a.outcome() == null ? "check.what.completionDate"
                : "check.what.outcomeDate");
    }

    /** Adds a problem when the date is before birth or in the future; true when the date is given and sound. */
    private static boolean pastDate(List<FieldProblem> p, String field, String what, LocalDate date, LocalDate born,
            LocalDate today) {
        if (date == null) {
            return false;
        }
        if (date.isBefore(born)) {
            p.add(new FieldProblem(field, Words.format("check.beforeBirth", what, Dates.written(born))));
            return false;
        }
        if (date.isAfter(today)) {
            p.add(new FieldProblem(field, Words.format("check.inFuture", what)));
            return false;
        }
        return true;
    }

    private static void notWithoutCompletion(List<FieldProblem> p, String field, String what, LocalDate date) {
        if (date != null) {
            p.add(new FieldProblem(field, Words.format("check.needsCompletion", what)));
        }
    }

    private static void afterCompletion(List<FieldProblem> p, String field, String what, LocalDate date, LocalDate done,
            LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isBefore(done)) {
            p.add(new FieldProblem(field, Words.format("check.beforeCompletion", what, Dates.written(done))));
        } else if (date.isAfter(today)) {
            p.add(new FieldProblem(field, Words.format("check.dateInFuture", what)));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
