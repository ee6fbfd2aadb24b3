package lactracker.io;

import lactracker.domain.Rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import lactracker.io.Extract903.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** import-formats.md: recognising the 903 tables and the checks on each row. */
class Extract903Test {
    private static final LocalDate TODAY = LocalDate.of(2018, 3, 31);
    static final Path SAMPLE = Path.of("src/test/resources/ssda903-sample");
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

    @TempDir
    Path dir;

    @Test
    void theSampleFolderIsReadTableByTableByItsHeaderRows() throws Exception {
        Extract903 e = Extract903.read(List.of(SAMPLE), TODAY);

        assertThat(e.tables()).containsExactlyInAnyOrder(Table.HEADER, Table.EPISODES, Table.UASC, Table.OC2);
        assertThat(e.read(Table.HEADER)).isEqualTo(2675);
        assertThat(e.read(Table.EPISODES)).isEqualTo(5050);
        assertThat(e.read(Table.UASC)).isEqualTo(132);
        assertThat(e.skipped()).containsExactly("missing.csv", "reviews.csv");
        assertThat(e.header().get(0).child()).isEqualTo("566910");
        assertThat(e.header().get(0).dob()).isEqualTo(LocalDate.of(2008, 3, 27));
    }

    @Test
    void aFileIsRecognisedByItsColumnsNotItsName() throws Exception {
        Path p = write("whatever-name.csv", "DOB,SEX,ETHNIC,CHILD,UPN\n01/02/2010,1,WBRI,77,\n");
        Extract903 e = Extract903.read(List.of(p), TODAY);
        assertThat(e.tables()).containsExactly(Table.HEADER);
        assertThat(e.header()).hasSize(1);
    }

    @Test
    void codesAndColumnNamesAreReadWithoutRegardToCase() throws Exception {
        Path p = write("episodes.csv", EPISODES.toLowerCase(java.util.Locale.ROOT) + ",pl_la,pl_location\n"
                + "1,09/01/2017,s,c2,n1,u1,pr1,,,,,,,e10000016,out\n");
        Extract903 e = Extract903.read(List.of(p), TODAY);
        assertThat(e.rejected(Table.EPISODES)).isEmpty();
        assertThat(e.episodes()).singleElement().satisfies(r -> {
            assertThat(r.placementLocation()).isEqualTo(lactracker.domain.PlacementLocation.OUT);
            assertThat(r.rne()).isEqualTo("S");
            assertThat(r.legalStatus()).isEqualTo("C2");
        });
    }

    @Test
    void aFileThatIsNotA903TableIsRefusedWhole() throws Exception {
        Path p = write("budget.csv", "COST,CENTRE\n1,2\n");
        assertThatThrownBy(() -> Extract903.read(List.of(p), TODAY)).isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("budget.csv is not a 903 table");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "1,09/01/2017,S,C9,N1,U1,PR1,,,,,,    | LS   | LS (legal status) \"C9\" is not a code of the DfE 903 list.",
        "1,31/02/2017,S,C2,N1,U1,PR1,,,,,,    | DECOM| DECOM (date episode started) \"31/02/2017\" is not a real date: write it as dd/mm/yyyy.",
        "1,09/01/2017,S,C2,N1,U1,PR1,08/01/2017,E8,,,, | DEC | DEC (date episode ceased) 8 Jan 2017 is before DECOM (date episode started) 9 Jan 2017.",
        "1,09/01/2017,,C2,N1,U1,PR1,,,,,,     | RNE  | RNE (reason for new episode) is blank.",
        "1,09/01/2017,S,C2,N1,Q7,PR1,,,,,,    | PLACE| PLACE (placement type) \"Q7\" is not a code of the DfE 903 list.",
        "1,09/01/2017,S,C2,N1,U1,PR1,10/01/2017,,,,, | REC | REC (reason episode ceased) is blank, but the episode has an end date.",
        "1,09/01/2019,S,C2,N1,U1,PR1,,,,,,    | DECOM| DECOM (date episode started) 9 Jan 2019 is in the future.",
    })
    void eachBadEpisodeRowIsRejectedWithItsColumnAndAPlainReason(String row, String column, String reason)
            throws Exception {
        Path p = write("episodes.csv", EPISODES + "\n" + row + "\n");
        Extract903 e = Extract903.read(List.of(p), TODAY);

        assertThat(e.episodes()).isEmpty();
        assertThat(e.rejected(Table.EPISODES)).containsExactly(new Rejection("episodes.csv", 2, column.strip(), reason));
    }

    @Test
    void anOpenEpisodeKeepsNoReasonForEnding() throws Exception {
        Path p = write("episodes.csv", EPISODES + "\n1,09/01/2017,S,C2,N1,U1,PR1,,X1,,,,\n");
        Extract903 e = Extract903.read(List.of(p), TODAY);
        assertThat(e.episodes()).singleElement().satisfies(ep -> {
            assertThat(ep.end()).isNull();
            assertThat(ep.reasonCeased()).isNull();
        });
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "9,3,01/01/2010,WBRI   | SEX | SEX (sex) \"3\" is not a code of the DfE 903 list.",
        "9,1,01/01/2019,WBRI   | DOB | DOB (date of birth) 1 Jan 2019 is in the future.",
        "9,1,01/01/2030,WBRI   | DOB | DOB (date of birth) 1 Jan 2030 cannot be right: the tracker takes dates from 1900 to a year from today.",
        "9,1,01/01/1800,WBRI   | DOB | DOB (date of birth) 1 Jan 1800 cannot be right: the tracker takes dates from 1900 to a year from today.",
        "9,1,01/01/2010,XXXX   | ETHNIC | ETHNIC (ethnicity) \"XXXX\" is not a code of the DfE 903 list.",
        ",1,01/01/2010,WBRI    | CHILD | CHILD (child id) is blank.",
    })
    void eachBadHeaderRowIsRejected(String row, String column, String reason) throws Exception {
        Path p = write("header.csv", "CHILD,SEX,DOB,ETHNIC\n" + row.strip() + "\n");
        Extract903 e = Extract903.read(List.of(p), TODAY);
        assertThat(e.rejected(Table.HEADER)).containsExactly(new Rejection("header.csv", 2, column.strip(), reason));
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
