package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import javafx.scene.layout.Region;
import lactracker.domain.DutyState;
import lactracker.domain.Severity;
import lactracker.ui.Tables.Tone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TablesTest {

    @Test
    void aCellHasOneToneAtATimeAndNoneOnceEmptied() {
        Region cell = new Region();

        Tables.tone(cell, Tone.RED);
        assertThat(Arrays.stream(Tone.values()).filter(t -> t.isOn(cell))).containsExactly(Tone.RED);

        Tables.tone(cell, Tone.AMBER); // the cell shows another line
        assertThat(Arrays.stream(Tone.values()).filter(t -> t.isOn(cell))).containsExactly(Tone.AMBER);

        Tables.tone(cell, null); // an empty cell
        assertThat(Arrays.stream(Tone.values()).filter(t -> t.isOn(cell))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"OVERDUE, RED", "DUE_SOON, AMBER", "ON_TRACK, GREEN", "NONE, MUTED"})
    void aDutyStateHasTheColourOfTheScreensRedAmberGreen(DutyState state, Tone tone) {
        assertThat(Tone.of(state)).isEqualTo(tone);
    }

    @ParameterizedTest
    @CsvSource(value = {"RED, RED", "AMBER, AMBER", "INFO, null"}, nullValues = "null")
    void anAlertForInformationIsNotColoured(Severity severity, Tone tone) {
        assertThat(Tone.of(severity)).isEqualTo(tone);
    }
}
