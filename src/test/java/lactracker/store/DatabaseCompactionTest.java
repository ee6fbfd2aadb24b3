package lactracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseCompactionTest {
    @ParameterizedTest(name = "{0} bytes, {1}% full, grown by {2} -> compact {3}")
    @CsvSource({
            "1112170496, 22, 0, true",           // a national-scale import, reopened: 1.1 GB, 22% used
            "1112170496, 85, 0, false",          // big but full
            "259211264, 100, 258000000, true",   // just after a big demo: H2 still counts it full
            "259211264, 100, 67108864, false",   // grown by no more than 64 MB
            "259211264, 100, 67108865, true",
            "67108864, 10, 0, false",            // at the 64 MB threshold
            "67108865, 10, 0, true",
            "1015808, 5, 1000000, false",        // a small database is never worth the wait
            "131518464, 49, 0, true",
            "131518464, 50, 0, false"})
    void compactsOnlyBigFilesMostlyEmptyOrJustGrown(long bytes, int fill, long grown, boolean compact) {
        assertThat(Database.worthCompacting(bytes, fill, grown)).isEqualTo(compact);
    }
}
