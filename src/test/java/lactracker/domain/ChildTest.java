package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 20: a wide record is changed by name, each wither touching its own fields and no other. */
class ChildTest {
    private static final Child FULL = new Child(7L, "LA7", Sex.FEMALE, LocalDate.of(2010, 1, 2), "WBRI", "A123456789012",
            "Given", "Family", "9434765919", "Practice", "P1", "Dentist", 3L, false, null, true, LocalDate.of(2017, 1, 1),
            "Notes", RecordSource.MANUAL, 4);

    @Test
    void theExtractsFieldsChangeAndTheTeamsStay() {
        Child c = FULL.withExtractFields(Sex.MALE, LocalDate.of(2011, 3, 4), "MOTH", null);
        assertThat(c).isEqualTo(new Child(7L, "LA7", Sex.MALE, LocalDate.of(2011, 3, 4), "MOTH", null, "Given", "Family",
                "9434765919", "Practice", "P1", "Dentist", 3L, false, null, true, LocalDate.of(2017, 1, 1), "Notes",
                RecordSource.EXTRACT, 4));
    }

    @Test
    void theUascListingTheNhsNumberAndTheLaIdEachChangeAlone() {
        assertThat(FULL.withUascIn903(true, LocalDate.of(2020, 5, 6))).isEqualTo(new Child(7L, "LA7", Sex.FEMALE,
                LocalDate.of(2010, 1, 2), "WBRI", "A123456789012", "Given", "Family", "9434765919", "Practice", "P1",
                "Dentist", 3L, true, LocalDate.of(2020, 5, 6), true, LocalDate.of(2017, 1, 1), "Notes", RecordSource.MANUAL, 4));
        assertThat(FULL.withNhsNumber(null)).isEqualTo(new Child(7L, "LA7", Sex.FEMALE, LocalDate.of(2010, 1, 2), "WBRI",
                "A123456789012", "Given", "Family", null, "Practice", "P1", "Dentist", 3L, false, null, true,
                LocalDate.of(2017, 1, 1), "Notes", RecordSource.MANUAL, 4));
        assertThat(FULL.withAllocatedNurseId(null)).isEqualTo(new Child(7L, "LA7", Sex.FEMALE, LocalDate.of(2010, 1, 2),
                "WBRI", "A123456789012", "Given", "Family", "9434765919", "Practice", "P1", "Dentist", null, false, null,
                true, LocalDate.of(2017, 1, 1), "Notes", RecordSource.MANUAL, 4));
        assertThat(FULL.withLaChildId("LA8").laChildId()).isEqualTo("LA8");
        assertThat(FULL.withLaChildId("LA8").withLaChildId("LA7")).isEqualTo(FULL);
    }
}
