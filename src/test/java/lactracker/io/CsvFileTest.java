package lactracker.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV reading every import uses: encodings, line ends, quoting, blank lines, bad files. */
class CsvFileTest {
    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static List<String> rows(Path p, String column) throws Exception {
        List<String> values = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(p)) {
            CsvFile.Row r;
            while ((r = csv.next()) != null) {
                values.add(r.line() + ":" + r.get(column));
            }
        }
        return values;
    }

    @Test
    void readsAUtf8FileWithAByteOrderMarkAndCrlfLineEnds() throws Exception {
        Path p = file("a.csv", ("\uFEFFCHILD,NAME\r\n1,Zoë\r\n2,Siân\r\n").getBytes(StandardCharsets.UTF_8));
        try (CsvFile csv = CsvFile.open(p)) {
            assertThat(csv.header()).containsExactly("CHILD", "NAME");
        }
        assertThat(rows(p, "NAME")).containsExactly("2:Zoë", "3:Siân");
    }

    @Test
    void readsAWindows1252FileAsSpreadsheetsSaveIt() throws Exception {
        Path p = file("b.csv", "CHILD,NAME\n1,Zoë – café\n".getBytes(Charset.forName("windows-1252")));
        assertThat(rows(p, "NAME")).containsExactly("2:Zoë – café");
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        Path p = file("c.csv", ("CHILD,NOTE,X\n1,\"a, b\",x\n2,\"say \"\"hi\"\"\",y\n3,\"two\nlines\",z\n4,plain,w\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(rows(p, "NOTE")).containsExactly("2:a, b", "3:say \"hi\"", "4:two\nlines", "6:plain");
        assertThat(rows(p, "X")).containsExactly("2:x", "3:y", "4:z", "6:w");
    }

    @Test
    void blankLinesAndTrailingBlankLinesAreSkippedAndLinesStillCounted() throws Exception {
        Path p = file("d.csv", "CHILD\n1\n\n,\n2\n\n\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows(p, "CHILD")).containsExactly("2:1", "5:2");
    }

    @Test
    void blankAndMissingFieldsReadAsNothing() throws Exception {
        Path p = file("e.csv", "CHILD,DEC,X\n1,  \n".getBytes(StandardCharsets.UTF_8));
        try (CsvFile csv = CsvFile.open(p)) {
            CsvFile.Row r = csv.next();
            assertThat(r.get("DEC")).isNull();
            assertThat(r.get("X")).isNull();
            assertThat(r.get("NOT_THERE")).isNull();
            assertThat(r.get("CHILD")).isEqualTo("1");
        }
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path p = file("empty.csv", "\n\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CsvFile.open(p)).isInstanceOf(FileFormatException.class).hasMessage("empty.csv is empty.");
    }

    @Test
    void aBinaryFileIsRefusedAsNotText() throws Exception {
        Path p = file("book.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00});
        assertThatThrownBy(() -> CsvFile.open(p)).isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("book.xlsx is not a text file");
    }

    @Test
    void aColumnNamedTwiceIsRefusedNamingIt() throws Exception {
        Path p = file("d.csv", "CHILD,DOB,SEX,dob\n1,01/01/2010,1,02/02/2010\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CsvFile.open(p)).isInstanceOf(FileFormatException.class)
                .hasMessage("d.csv: the column DOB appears twice in the first row (columns 2 and 4), so which one to "
                        + "read is not clear. Remove one of them and import the file again.");
    }

    @Test
    void aRowTooLongToBeRealIsReadToItsEndWithoutBeingKeptAndTheNextRowIsRead() throws Exception {
        StringBuilder big = new StringBuilder("CHILD,NOTE\n1,");
        big.append("x".repeat(20 << 20)).append("\n2,fine\n3,\"never closed\n4,");
        big.append("y".repeat(CsvFile.LONGEST_FIELD + 1)).append('\n');
        Path p = file("e.csv", big.toString().getBytes(StandardCharsets.UTF_8));

        List<String> read = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(p)) {
            CsvFile.Row r;
            while ((r = csv.next()) != null) {
                read.add(r.line() + ":" + (r.tooLong() ? "too long" : r.get("NOTE")));
            }
        }
        // line 4 opens a quote that never closes: the rest of the file is read as one field, too long too
        assertThat(read).containsExactly("2:too long", "3:fine", "4:too long");
    }

    @Test
    void aUtf8FileWithOneWindows1252ByteIsRefusedNamingTheLine() throws Exception {
        byte[] utf8 = "CHILD,NAME\n1,Zoë\n2,Siân\n".getBytes(StandardCharsets.UTF_8);
        byte[] old = "3,Chloé\n".getBytes(Charset.forName("windows-1252"));
        byte[] both = new byte[utf8.length + old.length];
        System.arraycopy(utf8, 0, both, 0, utf8.length);
        System.arraycopy(old, 0, both, utf8.length, old.length);
        Path p = file("mixed.csv", both);

        assertThatThrownBy(() -> CsvFile.open(p)).isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("mixed.csv mixes two ways of writing accented letters: most of it is UTF-8, "
                        + "but line 4 holds a character written the older way (Windows-1252).");
    }
}
