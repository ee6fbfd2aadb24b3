package lactracker.domain;

import static lactracker.testdata.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lactracker.testdata.Calendars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules.md section 4: escalation response dates, the responsible commissioner, the dated tariff. */
class OutOfAreaTest {
    @ParameterizedTest(name = "step {0}: response due {1}")
    @CsvSource({
        "2018-03-01, 2018-03-15",
        "2018-03-23, 2018-04-10",   // over Good Friday and Easter Monday 2018
        "2017-12-20, 2018-01-08",   // over Christmas, Boxing Day and New Year
    })
    void aStepsResponseIsDueTenWorkingDaysLater(LocalDate step, LocalDate due) {
        assertThat(OutOfArea.responseDue(step, Settings.DEFAULTS, Calendars.englandAndWales())).isEqualTo(due);
    }

    @ParameterizedTest(name = "assessed {0}: ours {1}")
    @CsvSource({
        "2017-01-08, false",   // before the child came into our care
        "2017-01-09, true",
        "2017-06-29, true",
        "2017-06-30, false",   // the day care ended: no longer ours
    })
    void weAreResponsibleOnlyWhileTheChildIsLookedAfterByUs(LocalDate assessed, boolean ours) {
        ChildCase c = aCase().enteredCareOn(LocalDate.of(2017, 1, 9)).leftCareOn(LocalDate.of(2017, 6, 30)).build();
        assertThat(Commissioners.NONE.oursOn(c.child(), CareHistory.of(c.episodes()), assessed)).isEqualTo(ours);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(nullValues = "-", value = {
        "IHA, 2017-03-31, -",        // before any price was entered: no price is built in
        "IHA, 2017-04-01, 500.00",
        "IHA, 2018-03-31, 500.00",
        "IHA, 2018-04-01, 520.00",
        "RHA, 2018-06-01, 300.00",
    })
    void theTariffIsTheLatestPriceValidOnTheDate(AssessmentType type, LocalDate date, BigDecimal price) {
        List<TariffPrice> tariff = List.of(
                new TariffPrice(AssessmentType.IHA, LocalDate.of(2018, 4, 1), new BigDecimal("520.00")),
                new TariffPrice(AssessmentType.IHA, LocalDate.of(2017, 4, 1), new BigDecimal("500.00")),
                new TariffPrice(AssessmentType.RHA, LocalDate.of(2017, 4, 1), new BigDecimal("300.00")));
        assertThat(OutOfArea.tariffOn(tariff, type, date).orElse(null)).isEqualTo(price);
    }
}
