package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NHS number's Modulus 11 check (NHS Data Dictionary). The numbers are test numbers, not people's. */
class NhsNumberTest {
    @ParameterizedTest(name = "{0}: valid {1}")
    @CsvSource(nullValues = "-", value = {
        "9434765919,    true",
        "943 476 5919,  true",    // spaces allowed
        "9434765918,    false",   // a wrong check digit
        "9434765929,    false",   // two digits swapped
        "4010232137,    true",
        "1000000010,    false",   // a check digit of 10 is never valid
        "943476591,     false",   // 9 digits
        "94347659190,   false",   // 11 digits
        "943476591X,    false",
        "-,             false",
    })
    void onlyTenDigitsWithTheirModulusElevenCheckDigitAreValid(String number, boolean valid) {
        assertThat(NhsNumber.isValid(number)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "12345          | An NHS number is 10 digits (spaces allowed).",
        "9434765918     | This is not a valid NHS number: its check digit does not match. Check it for a mistyped digit.",
    })
    void theProblemIsNamedPlainly(String number, String problem) {
        assertThat(NhsNumber.problem(number)).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({"9434765919, 943 476 5919"})
    void numbersAreShownThreeThreeFour(String digits, String shown) {
        assertThat(NhsNumber.format(digits)).isEqualTo(shown);
        assertThat(NhsNumber.digits(shown)).isEqualTo(digits);
    }
}
