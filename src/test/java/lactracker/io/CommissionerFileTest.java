package lactracker.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 24's file of the area's GP practices and their commissioners: read whole, or refused naming the row. */
class CommissionerFileTest {
    private static final LocalDate FROM = LocalDate.of(2024, 4, 1);

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = dir.resolve("practices.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void eachPracticeAndItsCommissionerFromTheDayOtherColumnsLeftAlone() throws Exception {
        var lines = CommissionerFile.read(file("NAME,PRACTICE_CODE,POSTCODE,COMMISSIONER_CODE\r\n"
                + "\"Invented Surgery, Upper\",z11111,ZZ1 1ZZ, 15n \r\n\r\nMade-up Practice,Z22222,ZZ2 2ZZ,99A\r\n"
                + "Invented Surgery again,Z11111,ZZ1 1ZZ,15N\r\n"), FROM);
        assertThat(lines).extracting(l -> l.practiceCode() + " " + l.validFrom() + " " + l.commissionerCode())
                .containsExactly("Z11111 2024-04-01 15N", "Z22222 2024-04-01 99A"); // the same line twice is one
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "PRACTICE,COMMISSIONER_CODE\\nZ1,15N| practices.csv has no column PRACTICE_CODE: the file needs PRACTICE_CODE and COMMISSIONER_CODE.",
        "PRACTICE_CODE,COMMISSIONER_CODE\\nZ1,15N\\nZ 2,15N| practices.csv, line 3: PRACTICE_CODE \"Z 2\" is not an organisation code (letters and digits, at most 12). Nothing was imported.",
        "PRACTICE_CODE,COMMISSIONER_CODE\\nZ1,15N\\nZ1,99A| practices.csv, line 3: practice Z1 is given to 15N above and to 99A here. Nothing was imported.",
        "PRACTICE_CODE,COMMISSIONER_CODE\\n,15N| practices.csv, line 2: PRACTICE_CODE is blank. Nothing was imported.",
        "PRACTICE_CODE,COMMISSIONER_CODE\\n| practices.csv lists no practice.",
    })
    void aFileWithARowThatDoesNotReadIsRefusedNamingIt(String text, String message) throws Exception {
        Path f = file(text.replace("\\n", "\n"));
        assertThatThrownBy(() -> CommissionerFile.read(f, FROM)).isInstanceOf(FileFormatException.class)
                .hasMessage(message.strip());
    }
}
