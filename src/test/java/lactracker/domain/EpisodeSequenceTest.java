package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 903 rule across one child's episodes (import-formats.md): keyed by start date, never overlapping. */
class EpisodeSequenceTest {
    private record Row(String name, LocalDate start, LocalDate end) {
    }

    /** Rows as "name start[-end]" in file order; the verdicts as "name:kept" or "name:CLASH<previous". */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "a 2016-01-10-2016-03-01; b 2016-03-01                  | a:kept b:kept",
        "a 2016-01-10-2016-03-01; b 2016-02-01                  | a:kept b:OVERLAP<a",
        "a 2016-01-10; b 2016-06-01                             | a:kept b:OVERLAP<a",
        "a 2016-01-10; b 2016-01-10                             | a:kept b:SAME_START<a",
        "b 2016-06-01; a 2016-01-10-2016-03-01                  | a:kept b:kept",
        "a 2016-01-10-2016-02-01; b 2016-01-20; c 2016-02-01    | a:kept b:OVERLAP<a c:kept",
        "a 2016-01-10-2016-05-01; b 2016-02-01-2016-03-01; c 2016-04-01 | a:kept b:OVERLAP<a c:OVERLAP<a",
        "a 2016-01-10-2016-02-01; b 2016-01-10-2016-01-20       | a:kept b:SAME_START<a",
    })
    void eachRowIsKeptOrRefusedForTheRowKeptBeforeIt(String rows, String verdicts) {
        List<Row> given = new ArrayList<>();
        for (String r : rows.split(";")) {
            String[] parts = r.trim().split(" ");
            String dates = parts[1];
            LocalDate start = LocalDate.parse(dates.substring(0, 10));
            LocalDate end = dates.length() > 10 ? LocalDate.parse(dates.substring(11)) : null;
            given.add(new Row(parts[0], start, end));
        }
        List<String> found = new ArrayList<>();
        for (var v : EpisodeSequence.check(given, Row::start, Row::end)) {
            found.add(v.row().name() + ":" + (v.kept() ? "kept" : v.clash() + "<" + v.previous().name()));
        }
        assertThat(String.join(" ", found)).isEqualTo(verdicts.trim());
    }
}
