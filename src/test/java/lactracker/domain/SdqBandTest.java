package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 24: an SDQ total's band, at each edge. */
class SdqBandTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"0, NORMAL", "13, NORMAL", "14, BORDERLINE", "16, BORDERLINE", "17, CONCERN", "40, CONCERN"})
    void eachTotalFallsInItsBand(int total, SdqBand band) {
        assertThat(SdqBand.of(total)).isEqualTo(band);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 41})
    void aTotalNoQuestionnaireGivesIsRefused(int total) {
        assertThatThrownBy(() -> SdqBand.of(total)).isInstanceOf(IllegalArgumentException.class);
    }
}
