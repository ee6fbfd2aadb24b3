package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules.md section 1 (NHS financial quarters) and audit-sheet.md's percentages. */
class AuditPeriodTest {
    @ParameterizedTest(name = "{0} is {1} to {2}")
    @CsvSource({
        "2016/17-Q1, 2016-04-01, 2016-06-30, 2016-17 Q1",
        "2016/17-Q2, 2016-07-01, 2016-09-30, 2016-17 Q2",
        "2016/17-Q3, 2016-10-01, 2016-12-31, 2016-17 Q3",
        "2016/17-Q4, 2017-01-01, 2017-03-31, 2016-17 Q4",   // rules.md example
        "1999/00-Q4, 2000-01-01, 2000-03-31, 1999-00 Q4",
    })
    void quartersAreNhsFinancialQuarters(String name, LocalDate from, LocalDate to, String label) {
        AuditPeriod q = AuditPeriod.quarter(name);
        assertThat(q.from()).isEqualTo(from);
        assertThat(q.to()).isEqualTo(to);
        assertThat(q.label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "on {0} the last complete quarter is {1}")
    @CsvSource({
        "2017-04-01, 2016/17-Q4",
        "2017-03-31, 2016/17-Q3",
        "2017-01-01, 2016/17-Q3",   // Q3 ended the day before
        "2026-11-26, 2026/27-Q2",
    })
    void theDefaultPeriodIsTheLastCompleteQuarter(LocalDate today, String quarter) {
        assertThat(AuditPeriod.lastCompleteQuarter(today)).isEqualTo(AuditPeriod.quarter(quarter));
    }

    @Test
    void thePreviousPeriodOfAQuarterIsTheQuarterBeforeAndOfARangeAsLongARange() {
        assertThat(AuditPeriod.quarter("2017/18-Q1").previous()).isEqualTo(AuditPeriod.quarter("2016/17-Q4"));
        assertThat(AuditPeriod.between(LocalDate.of(2017, 3, 11), LocalDate.of(2017, 3, 20)).previous())
                .isEqualTo(AuditPeriod.between(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 10)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "2016-Q4      | \"2016-Q4\" is not a quarter: write it as 2016/17-Q4.",
        "2016/18-Q1   | \"2016/18-Q1\" is not a financial year: 2016/17 follows 2016.",
        "2016/17-Q5   | \"2016/17-Q5\" is not a quarter: write it as 2016/17-Q4.",
    })
    void aWronglyWrittenQuarterIsRefusedPlainly(String name, String message) {
        assertThatThrownBy(() -> AuditPeriod.quarter(name)).isInstanceOf(UserFacingException.class).hasMessage(message);
    }

    @Test
    void aRangeCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> AuditPeriod.between(LocalDate.of(2017, 3, 2), LocalDate.of(2017, 3, 1)))
                .hasMessage("The period ends (1 Mar 2017) before it starts (2 Mar 2017).");
    }

    @ParameterizedTest(name = "{0}/{1} = {2}")
    @CsvSource(nullValues = "-", value = {
        "1, 3,  33.3",
        "2, 3,  66.7",
        "1, 8,  12.5",
        "1, 16, 6.3",    // 6.25 rounds half up
        "0, 5,  0.0",
        "5, 5,  100.0",
        "0, 0,  -",      // a zero denominator is blank, never 0 or 100
    })
    void percentIsHalfUpToOneDecimalAndBlankForZero(long n, long d, BigDecimal expected) {
        assertThat(AuditRow.percent(n, d)).isEqualTo(expected);
        assertThat(AuditRow.percent(n, null)).isNull();
    }
}
