package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A new password's strength check: long enough, not a first guess, not the person's own names. */
class PasswordRulesTest {
    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
        "three small words here | ",
        "short | A password needs at least 12 characters: three or four words of your own are easiest to remember.",
        "elevenchars | A password needs at least 12 characters: three or four words of your own are easiest to remember.",
        "aaaaaaaaaaaaaaaa | This password is one of the first that anybody would try: choose words of your own.",
        "Password1234 | This password is one of the first that anybody would try: choose words of your own.",
        "my j.smith is safe | A password cannot hold your username or your name.",
        "jane smith forever | A password cannot hold your username or your name.",
    })
    void aPasswordIsLongEnoughUnguessableAndNotOnesOwnName(String password, String problem) {
        var problems = PasswordRules.problems(password.toCharArray(), "j.smith", "Jane Smith");
        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(FieldProblem::message).containsExactly(problem);
            assertThat(problems).extracting(FieldProblem::field).containsExactly("password");
        }
    }
}
