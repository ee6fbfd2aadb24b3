package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One child's lines replaced in a sorted list, also when the list changed while the work ran. */
class ChildLinesTest {
    record Line(long child, int rank) {
    }

    private static final ChildLines<Line> LINES = new ChildLines<>(Line::child, Comparator.comparingInt(Line::rank));

    @Test
    void aChildsLinesAreReplacedAndTheOrderKept() {
        var before = List.of(new Line(1, 1), new Line(2, 2), new Line(1, 3), new Line(3, 4));

        var r = LINES.replace(before, 1, List.of(new Line(1, 5), new Line(1, 0)));

        assertThat(r.onto(before)).containsExactly(new Line(1, 0), new Line(2, 2), new Line(3, 4), new Line(1, 5));
    }

    @Test
    void whenTheLinesChangedMeanwhileTheChildsLinesGoIntoTheNewOnes() {
        var before = List.of(new Line(1, 1), new Line(2, 2));
        var r = LINES.replace(before, 1, List.of(new Line(1, 9)));
        var meanwhile = List.of(new Line(1, 1), new Line(2, 2), new Line(4, 3)); // read again in between

        assertThat(r.onto(meanwhile)).containsExactly(new Line(2, 2), new Line(4, 3), new Line(1, 9));
    }
}
