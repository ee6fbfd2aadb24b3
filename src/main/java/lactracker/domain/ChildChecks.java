package lactracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks on a child's record before it is saved: each problem named at its field. */
public final class ChildChecks {
    private ChildChecks() {
    }

    /**
     * @param laIdTakenByAnother another child already has this LA id
     */
    public static List<FieldProblem> problems(Child child, LocalDate today, boolean laIdTakenByAnother) {
        List<FieldProblem> problems = new ArrayList<>();
        String la = child.laChildId().strip();
        if (la.isEmpty()) {
            problems.add(new FieldProblem("laChildId", Words.get("child.check.laIdMissing")));
        } else if (la.length() > 20) {
            problems.add(new FieldProblem("laChildId", Words.get("child.check.laIdLong")));
        } else if (laIdTakenByAnother) {
            problems.add(new FieldProblem("laChildId", Words.format("child.check.laIdTaken", la)));
        }
        if (child.dateOfBirth().isAfter(today)) {
            problems.add(new FieldProblem("dateOfBirth", Words.get("child.check.bornInFuture")));
        } else if (child.dateOfBirth().isBefore(today.minusYears(26))) {
            problems.add(new FieldProblem("dateOfBirth", Words.get("child.check.tooOld")));
        }
        if (child.nhsNumber() != null) {
            String problem = NhsNumber.problem(child.nhsNumber());
            if (problem != null) {
                problems.add(new FieldProblem("nhsNumber", problem));
            }
        }
        LocalDate passport = child.healthPassportIssued();
        if (passport != null) {
            if (passport.isBefore(child.dateOfBirth())) {
                problems.add(new FieldProblem("healthPassportIssued", Words.get("child.check.passportBeforeBirth")));
            } else if (passport.isAfter(today)) {
                problems.add(new FieldProblem("healthPassportIssued", Words.get("child.check.passportInFuture")));
            }
        }
        LocalDate summary = child.careLeaverSummaryGiven();
        if (summary != null) {
            if (summary.isBefore(child.dateOfBirth())) {
                problems.add(new FieldProblem("careLeaverSummaryGiven", Words.get("child.check.summaryBeforeBirth")));
            } else if (summary.isAfter(today)) {
                problems.add(new FieldProblem("careLeaverSummaryGiven", Words.get("child.check.summaryInFuture")));
            }
        }
        tooLong(problems, "givenName", "check.what.givenName", child.givenName(), 100);
        tooLong(problems, "familyName", "check.what.familyName", child.familyName(), 100);
        tooLong(problems, "gpPractice", "check.what.gpPractice", child.gpPractice(), 200);
        tooLong(problems, "dentistPractice", "check.what.dentist", child.dentistPractice(), 200);
        tooLong(problems, "notes", "check.what.notes", child.notes(), 4000);
        return problems;
    }

    /** @param what the key of what the field is called in a sentence ("The notes") */
    static void tooLong(List<FieldProblem> problems, String field, String what, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, Words.format("check.tooLong", Words.get(what), String.valueOf(max))));
        }
    }
}
