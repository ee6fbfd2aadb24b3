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
        givenInLife(problems, "healthPassportIssued", child.healthPassportIssued(), child, today,
                "child.check.passportBeforeBirth", "child.check.passportInFuture");
        givenInLife(problems, "careLeaverSummaryGiven", child.careLeaverSummaryGiven(), child, today,
                "child.check.summaryBeforeBirth", "child.check.summaryInFuture");
        tooLong(problems, "givenName", "check.what.givenName", child.givenName(), 100);
        tooLong(problems, "familyName", "check.what.familyName", child.familyName(), 100);
        tooLong(problems, "gpPractice", "check.what.gpPractice", child.gpPractice(), 200);
        tooLong(problems, "dentistPractice", "check.what.dentist", child.dentistPractice(), 200);
        tooLong(problems, "notes", "check.what.notes", child.notes(), 4000);
        return problems;
    }

    /** @param what the key of what the field is called in a sentence ("The notes") */
    /** A day something was given to the child: not before their birth, nor still to come. */
    private static void givenInLife(List<FieldProblem> problems, String field, LocalDate day, Child child, LocalDate today,
            String beforeBirthKey, String inFutureKey) {
        if (day == null) {
            return;
        }
        if (day.isBefore(child.dateOfBirth())) {
            problems.add(new FieldProblem(field, Words.get(beforeBirthKey)));
        } else if (day.isAfter(today)) {
            problems.add(new FieldProblem(field, Words.get(inFutureKey)));
        }
    }

    static void tooLong(List<FieldProblem> problems, String field, String what, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, Words.format("check.tooLong", Words.get(what), String.valueOf(max))));
        }
    }
}
