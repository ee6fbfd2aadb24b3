package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An out-of-area invoice's checks (rules.md section 4, issue 6): the assessment was done on 10 Feb 2017. */
class PaymentChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2017, 3, 1);
    private static final LocalDate DONE = LocalDate.of(2017, 2, 10);

    @ParameterizedTest(name = "received {0}, {1}, verified {2} by {3} on {4}, paid {5}, ours {6}: {7}")
    @CsvSource(nullValues = "-", value = {
        "2017-02-20, 450.00,      false, -, -,          -,          true,  -",
        "2017-02-20, 450.00,      true,  1, 2017-02-21, 2017-02-28, true,  -",
        "2017-02-20, 450.00,      true,  1, 2017-02-21, -,          false, commissionerVerified", // not ours that day
        "2017-02-20, 450.00,      false, -, -,          -,          false, -",                    // may be held unverified
        "2017-03-02, 450.00,      false, -, -,          -,          true,  invoiceReceived",      // tomorrow
        "2017-02-09, 450.00,      false, -, -,          -,          true,  invoiceReceived",      // before the assessment
        "2017-02-20, 100000000,   false, -, -,          -,          true,  amount",
        "2017-02-20, 450.005,     false, -, -,          -,          true,  amount",               // a fraction of a penny
        "2017-02-20, 450.00,      true,  -, 2017-02-21, -,          true,  verifiedBy",
        "2017-02-20, 450.00,      true,  1, 2017-02-19, -,          true,  verifiedOn",           // before it came
        "2017-02-20, 450.00,      true,  1, 2017-03-02, -,          true,  verifiedOn",
        "2017-02-20, 450.00,      false, -, -,          2017-02-28, true,  paidOn",               // paid unverified
        "2017-02-20, 450.00,      true,  1, 2017-02-21, 2017-02-19, true,  paidOn",
        "2017-02-20, 450.00,      true,  1, 2017-02-21, 2017-03-02, true,  paidOn",
    })
    void eachProblemIsNamedAtItsField(LocalDate received, BigDecimal amount, boolean verified, Long by, LocalDate on,
            LocalDate paid, boolean ours, String field) {
        var payment = new Payment(null, 1, "INV-1", received, amount, verified, by, on, paid, null);
        var fields = PaymentChecks.problems(payment, DONE, ours, TODAY).stream().map(FieldProblem::field).toList();
        if (field == null) {
            assertThat(fields).isEmpty();
        } else {
            assertThat(fields).containsExactly(field);
        }
    }
}
