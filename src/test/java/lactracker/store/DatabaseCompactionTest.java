package lactracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseCompactionTest {
    @ParameterizedTest(name = "{0} bytes, {1}% full -> compact {2}")
    @CsvSource({
            "1112170496, 22, true",   // a national-scale import: 1.1 GB, 22% used
            "1112170496, 85, false",  // big but full
            "67108864, 10, false",    // at the 64 MB threshold
            "67108865, 10, true",
            "1015808, 5, false",      // a small database is never worth the wait
            "131518464, 49, true",
            "131518464, 50, false"})
    void compactsOnlyBigMostlyEmptyFiles(long bytes, int fill, boolean compact) {
        assertThat(Database.worthCompacting(bytes, fill)).isEqualTo(compact);
    }
}
