package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lactracker.domain.ChildCase;
import org.junit.jupiter.api.Test;

/** The demo's cases made one at a time are the cases made whole, in the same order, each time they are read. */
class DemoDataTest {
    @Test
    void casesMadeAsTheyAreReadAreTheSameCasesEveryTime() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        List<ChildCase> whole = DemoData.generate(200, 7, today, List.of(1L, 2L), 18);
        Iterable<ChildCase> made = DemoData.made(200, 7, today, List.of(1L, 2L), 18);
        List<ChildCase> first = new ArrayList<>();
        made.forEach(first::add);
        List<ChildCase> second = new ArrayList<>();
        made.forEach(second::add);
        assertThat(first).isEqualTo(whole).isEqualTo(second);
        assertThat(whole).extracting(c -> c.child().familyName()).containsOnly("Demo");
    }
}
