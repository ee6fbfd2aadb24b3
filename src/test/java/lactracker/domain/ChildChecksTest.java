package lactracker.domain;

import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The child record's checks (issue 5). NHS numbers are from the 999 range the NHS keeps for tests. */
class ChildChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2017, 3, 1);

    @ParameterizedTest(name = "LA id ''{0}'', born {1}, NHS {2}, passport {3}, taken {4}: {5}")
    @CsvSource(nullValues = "-", value = {
        "A1,  2010-06-15, -,             -,          false, -",
        "A1,  2010-06-15, 999 000 0018,  -,          false, -",
        "A1,  2010-06-15, 9990000019,    -,          false, nhsNumber",            // check digit wrong
        "A1,  2010-06-15, 99900000,      -,          false, nhsNumber",            // too short
        "'',  2010-06-15, -,             -,          false, laChildId",
        "A1,  2010-06-15, -,             -,          true,  laChildId",            // another child has it
        "A1,  2017-03-02, -,             -,          false, dateOfBirth",          // born tomorrow
        "A1,  1990-01-01, -,             -,          false, dateOfBirth",          // 27: not a child in care
        "A1,  2010-06-15, -,             2010-06-14, false, healthPassportIssued", // before birth
        "A1,  2010-06-15, -,             2017-03-02, false, healthPassportIssued", // in the future
    })
    void eachProblemIsNamedAtItsField(String laId, LocalDate born, String nhs, LocalDate passport, boolean taken,
            String field) {
        Child c = aChild().withLaId(laId).bornOn(born).withNhsNumber(nhs).build();
        c = c.withTeamFields(c.givenName(), c.familyName(), c.nhsNumber(), c.gpPractice(), c.gpPracticeCode(),
                c.dentistPractice(), null, false, passport, null);
        var fields = ChildChecks.problems(c, TODAY, taken).stream().map(FieldProblem::field).toList();
        if (field == null) {
            assertThat(fields).isEmpty();
        } else {
            assertThat(fields).containsExactly(field);
        }
    }
}
