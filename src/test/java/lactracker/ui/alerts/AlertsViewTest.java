package lactracker.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The alerts' details on screen write their dates as the rest of the screen does. */
class AlertsViewTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "RHA due 2026-08-07: 78 working days overdue|RHA due 7 Aug 2026: 78 working days overdue",
            "Invoice of 2017-02-20 for 560.00, IHA of 2017-02-07|Invoice of 20 Feb 2017 for 560.00, IHA of 7 Feb 2017",
            "No dental check recorded|No dental check recorded",
            "Reference 2026-13-45 is not a date|Reference 2026-13-45 is not a date"})
    void isoDatesBecomeTheScreensDates(String detail, String shown) {
        assertThat(AlertsView.readableDates(detail)).isEqualTo(shown);
    }
}
