package lactracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cli.md's {@code audit} over a small case whose figures are worked out by hand, in the three formats.
 *
 * <p>A (born 1 Jan 2010) and B (born 1 Jan 2014) came into care on Monday 9 January 2017; the IHA of each
 * is due 20 working days later, 6 February, and its request by 16 January (5 working days). A has no
 * request and no IHA. B's was requested on 10 January and done on 30 January. For 2016/17 Q4 (1 January to
 * 31 March 2017), as at 31 March:
 * <ul>
 * <li>lac_at_end 2: both; lac_age_5_9 1 (A is 7), lac_age_1_4 1 (B is 3); uasc_at_end 0 of 2, 0.0%.
 * <li>iha_request_timely 1 of 2 (B's on day 1; A's never), 50.0%.
 * <li>iha_on_time 1 of 2 (B's on 30 Jan, before 6 Feb; A's not done), 50.0%.
 * <li>rha_on_time 0 of 0, blank: B's first RHA is due six months after its IHA (B is under 5), 30 July.
 * <li>iha_overdue_at_end 1: A's IHA, past due on 31 March.
 * <li>ha_up_to_date 0 of 0, blank: nobody has been looked after for 12 months on 31 March.
 * </ul>
 */
class AuditCommandTest {
    @TempDir
    Path dir;
    private CommandRun cli;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void twoChildren() {
        CommandRun.seedTwoChildren(dir.resolve("db"));
        cli = new CommandRun(dir.resolve("db"));
        out = cli.out;
        err = cli.err;
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void theCsvHasTheHandWorkedFigures() {
        assertThat(run("audit", "--quarter", "2016/17-Q4")).isEqualTo(ExitCodes.DONE);

        assertThat(out.toString()).startsWith("ID,LABEL,NUMERATOR,DENOMINATOR,PERCENT\r\n")
                .contains("\r\nlac_at_end,Children looked after at period end,2,,\r\n")
                .contains("\r\nlac_age_5_9,Looked after at period end: aged 5-9,1,,\r\n")
                .contains("\r\nlac_age_1_4,Looked after at period end: aged 1-4,1,,\r\n")
                .contains("\r\nuasc_at_end,UASC looked after at period end,0,2,0.0\r\n")
                .contains("\r\niha_request_timely,IHA requests received in time,1,2,50.0\r\n")
                .contains("\r\niha_on_time,IHAs completed within 20 working days,1,2,50.0\r\n")
                .contains("\r\nrha_on_time,RHAs completed by their due date,0,0,\r\n")
                .contains("\r\niha_overdue_at_end,IHAs overdue at period end,1,,\r\n")
                .contains("\r\nha_up_to_date,Health assessment in the last 12 months,0,0,\r\n");
    }

    @Test
    void theJsonCanGoToStandardOutput() {
        assertThat(run("audit", "--from", "2017-01-01", "--to", "2017-03-31", "--format", "json")).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("\"id\" : \"iha_on_time\"").contains("\"asAt\" : \"2017-03-31\"");
    }

    @Test
    void theJsonHasTheSameFiguresAndNullForAZeroDenominator() throws Exception {
        Path file = dir.resolve("audit.json");
        assertThat(run("audit", "--quarter", "2016/17-Q4", "--format", "json", "--out", file.toString()))
                .as(err.toString()).isEqualTo(ExitCodes.DONE);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.at("/period/from").asText()).isEqualTo("2017-01-01");
        assertThat(json.at("/period/to").asText()).isEqualTo("2017-03-31");
        assertThat(json.get("asAt").asText()).isEqualTo("2017-03-31");
        Map<String, JsonNode> rows = new HashMap<>();
        json.get("rows").forEach(r -> rows.put(r.get("id").asText(), r));
        assertThat(rows.get("iha_on_time").get("numerator").asLong()).isEqualTo(1);
        assertThat(rows.get("iha_on_time").get("denominator").asLong()).isEqualTo(2);
        assertThat(rows.get("iha_on_time").get("percent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(rows.get("rha_on_time").get("percent").isNull()).isTrue();
        assertThat(rows.get("lac_at_end").get("denominator").isNull()).isTrue();
    }

    @Test
    void theXlsxHasASummaryWithItsCoverAndRealCellsAndTheListsBehindIt() throws Exception {
        Path file = dir.resolve("LAC health audit 2016-17 Q4.xlsx");
        assertThat(run("audit", "--quarter", "2016/17-Q4", "--format", "xlsx", "--out", file.toString()))
                .isEqualTo(ExitCodes.DONE);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            assertThat(java.util.stream.IntStream.range(1, book.getNumberOfSheets()).mapToObj(book::getSheetName))
                    .containsExactly("Health needs", "Health needs by nurse", "IHA", "RHA", "Dental audit", "UASC",
                            "Escalations", "Payments", "Health needs children", "Commissioners");
            Sheet summary = book.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("LAC health audit 2016-17 Q4");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Period: 1 January 2017 to 31 March 2017");
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).startsWith("Settings in force: IHA due 20 working days");
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();
            Row header = rowStarting(summary, "ID");
            assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header.getRowNum() + 1));
            Row onTime = rowStarting(summary, "iha_on_time");
            assertThat(onTime.getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(onTime.getCell(3).getNumericCellValue()).isEqualTo(2);
            Cell percent = onTime.getCell(4);
            assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(percent.getNumericCellValue()).isEqualTo(0.5);
            assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(rowStarting(summary, "rha_on_time").getCell(4)).as("a zero denominator leaves it blank").isNull();

            Sheet iha = book.getSheet("IHA");
            assertThat(iha.getRow(0).getCell(0).getStringCellValue()).isEqualTo("LA id");
            assertThat(iha.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(iha.getLastRowNum()).isEqualTo(2); // A and B, as iha_on_time's denominator
            int due = column(iha, "Due date");
            int onTimeColumn = column(iha, "On time");
            for (int r = 1; r <= 2; r++) {
                Cell d = iha.getRow(r).getCell(due);
                assertThat(DateUtil.isCellDateFormatted(d)).isTrue();
                assertThat(d.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2017, 2, 6));
            }
            assertThat(java.util.List.of(iha.getRow(1).getCell(onTimeColumn).getStringCellValue(),
                    iha.getRow(2).getCell(onTimeColumn).getStringCellValue())).containsExactly("N", "Y"); // A, then B
        }
    }

    @Test
    void theXlsxSaysAReasonForDelayInWordsAndAnEmptyListSaysSo() throws Exception {
        try (var c = lactracker.app.AppContext.open(dir.resolve("db"), java.time.Clock.systemUTC(), "seed")) {
            long a = c.repositories().children().findByLaChildId("A").orElseThrow().id();
            c.repositories().assessments().insert(lactracker.testdata.AssessmentBuilder.anIha().forChild(a)
                    .requestedOn(LocalDate.of(2017, 1, 10)).completedOn(LocalDate.of(2017, 2, 20))
                    .delayedBecause(lactracker.domain.DelayReason.PROVIDER_CAPACITY).build());
        }
        Path file = dir.resolve("audit.xlsx");
        assertThat(run("audit", "--quarter", "2016/17-Q4", "--format", "xlsx", "--out", file.toString())).isZero();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet iha = book.getSheet("IHA");
            int reason = column(iha, "Reason for delay");
            assertThat(iha.getRow(1).getCell(reason).getStringCellValue()).isEqualTo("Provider capacity"); // A
            Sheet escalations = book.getSheet("Escalations");
            assertThat(escalations.getRow(1).getCell(0).getStringCellValue()).isEqualTo("None in this period");
        }
    }

    @Test
    void theSameDataGiveTheSameWorkbookSaveForWhenItWasProduced() throws Exception {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        assertThat(run("audit", "--quarter", "2016/17-Q4", "--format", "xlsx", "--out", first.toString())).isZero();
        assertThat(run("audit", "--quarter", "2016/17-Q4", "--format", "xlsx", "--out", second.toString())).isZero();

        assertThat(cells(second)).isEqualTo(cells(first));
    }

    /** Every sheet's every cell as text, leaving out the line that says when the sheet was produced. */
    private static java.util.List<String> cells(Path file) throws Exception {
        var all = new java.util.ArrayList<String>();
        var format = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.UK);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = format.formatCellValue(cell);
                        if (!text.startsWith("Produced on ")) {
                            all.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + text + "|" + cell.getCellType());
                        }
                    }
                }
            }
        }
        return all;
    }

    @Test
    void anXlsxWithoutAFileAndAPeriodHalfGivenAreWrongUsage() {
        assertThat(run("audit", "--format", "xlsx")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("needs --out FILE");
        assertThat(run("audit", "--from", "2017-01-01")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("audit", "--quarter", "2017/19-Q1")).isEqualTo(ExitCodes.USAGE);
    }

    private static Row rowStarting(Sheet sheet, String first) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(first)) {
                return r;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static int column(Sheet sheet, String name) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }
}
