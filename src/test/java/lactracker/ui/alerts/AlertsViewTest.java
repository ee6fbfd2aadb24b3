package lactracker.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import lactracker.domain.Alert;
import lactracker.domain.AlertKind;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: an alert carries its figures and the screen words it, dates as the rest of the screen writes
 * them; nothing is parsed back out of the command line's sentence.
 */
class AlertsViewTest {
    private static Alert alert(AlertKind kind, LocalDate due, Alert.Figures figures) {
        return new Alert(1, "C1", kind, due, figures, null, null, null);
    }

    @Test
    void eachKindIsWordedFromItsFigures() {
        LocalDate due = LocalDate.of(2026, 8, 7);
        assertThat(AlertsView.detail(alert(AlertKind.RHA_OVERDUE, due, new Alert.Figures(null, 78, "RHA", null))))
                .isEqualTo("RHA due 7 Aug 2026: 78 working days overdue");
        assertThat(AlertsView.detail(alert(AlertKind.IHA_OVERDUE, due, new Alert.Figures(null, 1, "IHA", null))))
                .isEqualTo("IHA due 7 Aug 2026: 1 working day overdue");
        assertThat(AlertsView.detail(alert(AlertKind.IHA_DUE_SOON, due, new Alert.Figures(null, 0, "IHA", null))))
                .isEqualTo("IHA due 7 Aug 2026: due today");
        assertThat(AlertsView.detail(alert(AlertKind.RHA_DUE_SOON, due, new Alert.Figures(null, 3, "RHA", null))))
                .isEqualTo("RHA due 7 Aug 2026: 3 working days left");
        assertThat(AlertsView.detail(alert(AlertKind.PAYMENT_UNVERIFIED, due,
                new Alert.Figures(LocalDate.of(2017, 2, 20), null, null, new BigDecimal("560.00")))))
                .startsWith("Invoice of 20 Feb 2017 for ").contains("560.00").endsWith(": responsible commissioner not verified");
        assertThat(AlertsView.detail(alert(AlertKind.DENTAL_CHECK_OVERDUE, null, Alert.Figures.NONE)))
                .isEqualTo("No dental check recorded");
        assertThat(AlertsView.detail(alert(AlertKind.ESCALATION_STEP_DUE, due,
                new Alert.Figures(LocalDate.of(2026, 7, 1), 2, "RHA", null))))
                .isEqualTo("RHA escalation at level 2: no response since 1 Jul 2026");
    }

    @Test
    void theCommandLinesSentenceKeepsItsIsoDates() {
        assertThat(alert(AlertKind.RHA_OVERDUE, LocalDate.of(2026, 8, 7), new Alert.Figures(null, 78, "RHA", null)).detail())
                .isEqualTo("RHA due 2026-08-07: 78 working days overdue");
    }
}
