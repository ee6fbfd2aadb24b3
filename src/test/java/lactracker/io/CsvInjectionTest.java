package lactracker.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lactracker.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 26: every CSV the tracker writes keeps a text a spreadsheet would run as a formula as text. */
class CsvInjectionTest {
    @TempDir
    Path dir;

    @Test
    void aCellThatBeginsLikeAFormulaIsWrittenAsText() {
        String[][] cases = {
            {"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
            {"+1+1", "'+1+1"},
            {"-2+3", "'-2+3"},
            {"@SUM(A1)", "'@SUM(A1)"},
            {"=A1,B1", "\"'=A1,B1\""},   // quoted as well when it holds a comma
            {"566910", "566910"},
            {"a-b", "a-b"},
        };
        for (String[] c : cases) {
            assertThat(RejectionsCsv.quote(c[0])).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartToo() {
        assertThat(RejectionsCsv.quote("\tx")).isEqualTo("'\tx");
        assertThat(RejectionsCsv.quote("\rx")).isEqualTo("\"'\rx\"");
    }

    @Test
    void aFileNameThatLooksLikeAFormulaIsTextInTheRejectsFile() throws Exception {
        Path out = dir.resolve("rejects.csv");
        RejectionsCsv.write(out, List.of(new Rejection("=HYPERLINK(\"x\").csv", 2, "CHILD", "CHILD is blank.")));

        assertThat(Files.readAllLines(out)).containsExactly("FILE,LINE,COLUMN,REASON,KIND",
                "\"'=HYPERLINK(\"\"x\"\").csv\",2,CHILD,CHILD is blank.,rejected");
    }
}
