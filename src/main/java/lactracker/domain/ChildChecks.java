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
            problems.add(new FieldProblem("laChildId", "Enter the local authority's id for the child."));
        } else if (la.length() > 20) {
            problems.add(new FieldProblem("laChildId", "A local authority id is at most 20 characters."));
        } else if (laIdTakenByAnother) {
            problems.add(new FieldProblem("laChildId", "Another child already has the local authority id " + la + "."));
        }
        if (child.dateOfBirth().isAfter(today)) {
            problems.add(new FieldProblem("dateOfBirth", "The date of birth cannot be in the future."));
        } else if (child.dateOfBirth().isBefore(today.minusYears(26))) {
            problems.add(new FieldProblem("dateOfBirth", "The date of birth makes the child 26 or older: check the year."));
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
                problems.add(new FieldProblem("healthPassportIssued", "The health passport cannot be issued before the child was born."));
            } else if (passport.isAfter(today)) {
                problems.add(new FieldProblem("healthPassportIssued", "The health passport issue date cannot be in the future."));
            }
        }
        tooLong(problems, "givenName", "The given name", child.givenName(), 100);
        tooLong(problems, "familyName", "The family name", child.familyName(), 100);
        tooLong(problems, "gpPractice", "The GP practice", child.gpPractice(), 200);
        tooLong(problems, "dentistPractice", "The dentist", child.dentistPractice(), 200);
        tooLong(problems, "notes", "The notes", child.notes(), 4000);
        return problems;
    }

    static void tooLong(List<FieldProblem> problems, String field, String what, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, what + " is longer than " + max + " characters."));
        }
    }
}
