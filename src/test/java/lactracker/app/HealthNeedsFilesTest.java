package lactracker.app;

import static lactracker.testdata.HealthNeedsCases.ALPHA;
import static lactracker.testdata.HealthNeedsCases.EXPECTED;
import static lactracker.testdata.HealthNeedsCases.OUT_OF_COUNTY;
import static lactracker.testdata.HealthNeedsCases.figures;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lactracker.domain.AuditPeriod;
import lactracker.domain.AuditRow;
import lactracker.domain.HealthNeeds;
import lactracker.domain.Placement;
import lactracker.testdata.Databases;
import lactracker.testdata.HealthNeedsCases;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24: the health-needs figures of the hand-built children ({@link HealthNeedsCases}, worked out there
 * by hand) in the audit's CSV, JSON and XLSX, as the audit command and the Audit screen write them; in the
 * XLSX also in and out of county and by nurse, and the children behind them listed.
 */
class HealthNeedsFilesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-05-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    AppContext context;
    AuditService service;
    AuditService.Audit audit;

    @BeforeEach
    void open() {
        context = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "lead");
        HealthNeedsCases.seed(context.repositories());
        context.repositories().commissioners().save(java.util.List.of( // H2's practice is 99A's; the others' 15N's
                new lactracker.domain.PracticeCommissioner("Z99999", java.time.LocalDate.of(2016, 4, 1), "15N"),
                new lactracker.domain.PracticeCommissioner("Z22222", java.time.LocalDate.of(2016, 4, 1), "99A")));
        service = new AuditService(context);
        audit = service.audit(AuditPeriod.quarter("2016/17-Q4"), HealthNeedsCases.DAY);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theSheetHasEveryHealthNeedsFigureWorkedOutByHandAndEachGroupsToo() {
        assertThat(figuresOf(HealthNeeds.rows(audit.sheet()))).containsExactlyEntriesOf(figures(EXPECTED));
        var alpha = figuresOf(HealthNeeds.of(audit.sheet(), m -> "Nurse Alpha".equals(nurse(m.nurseId()))));
        assertThat(alpha).containsAllEntriesOf(figures(ALPHA));
        var out = figuresOf(HealthNeeds.of(audit.sheet(), m -> m.placement() == Placement.OUT_OF_COUNTY));
        assertThat(out).containsAllEntriesOf(figures(OUT_OF_COUNTY));
        // Each figure opens as the children behind it.
        assertThat(audit.sheet().row("needs_sdq_none").subjects())
                .extracting(s -> s.laChildId() + " " + s.counted()).containsExactly("H1 false", "H2 false", "H3 true", "H7 true");
    }

    @Test
    void theCsvHasEveryHealthNeedsFigureWorkedOutByHand() throws Exception {
        Path file = dir.resolve("audit.csv");
        service.writeReport(audit, ReportFormat.CSV, file);
        Map<String, String> got = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("ID,LABEL,NUMERATOR,DENOMINATOR,PERCENT");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[0].startsWith("needs_")) {
                got.put(f[0], f[f.length - 3] + "/" + f[f.length - 2] + " " + f[f.length - 1]);
            }
        }
        assertThat(got).containsExactlyEntriesOf(figures(EXPECTED));
        assertThat(lines).contains("needs_uasc_fgm_risk_considered,UASC: FGM risk considered,1,2,50.0");
    }

    @Test
    void theJsonHasEveryHealthNeedsFigureWorkedOutByHand() throws Exception {
        Path file = dir.resolve("audit.json");
        service.writeReport(audit, ReportFormat.JSON, file);
        Map<String, String> got = new LinkedHashMap<>();
        new ObjectMapper().readTree(file.toFile()).get("rows").forEach(r -> {
            if (r.get("id").asText().startsWith("needs_")) {
                got.put(r.get("id").asText(), r.get("numerator").asText() + "/" + r.get("denominator").asText() + " "
                        + (r.get("percent").isNull() ? "" : r.get("percent").decimalValue().toPlainString()));
            }
        });
        assertThat(got).containsExactlyEntriesOf(figures(EXPECTED));
    }

    @Test
    void theXlsxHasTheHealthNeedsSheetByPlacementAndByNurseAndTheChildrenBehind() throws Exception {
        Path file = dir.resolve("audit.xlsx");
        service.writeXlsx(audit, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetIndex("Health needs")).isEqualTo(1); // beside the Summary
            Map<String, String> all = new LinkedHashMap<>();
            Map<String, String> out = new LinkedHashMap<>();
            for (Row r : book.getSheet("Health needs")) {
                String id = text(r.getCell(0));
                if (id.startsWith("needs_")) {
                    all.put(id, figure(r, 2));
                    out.put(id, figure(r, 8));
                }
            }
            assertThat(all).containsExactlyEntriesOf(figures(EXPECTED));
            assertThat(out).containsAllEntriesOf(figures(OUT_OF_COUNTY));
            // The Summary keeps the quarterly audit's rows alone.
            for (Row r : book.getSheet("Summary")) {
                assertThat(text(r.getCell(0))).doesNotStartWith("needs_");
            }

            Map<String, String> alpha = new LinkedHashMap<>();
            for (Row r : book.getSheet("Health needs by nurse")) {
                if ("Nurse Alpha".equals(text(r.getCell(0)))) {
                    alpha.put(text(r.getCell(1)), figure(r, 3));
                }
            }
            assertThat(alpha).containsAllEntriesOf(figures(ALPHA));
            assertThat(book.getSheet("Health needs by nurse").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nurse Alpha");
            assertThat(lastNurse(book.getSheet("Health needs by nurse"))).isEqualTo("No nurse allocated"); // H4

            Sheet children = book.getSheet("Health needs children");
            assertThat(text(children.getRow(0).getCell(0))).isEqualTo("LA id");
            List<String> listed = new java.util.ArrayList<>();
            for (Row r : children) {
                if (r.getRowNum() > 0) {
                    listed.add(text(r.getCell(0)) + " " + text(r.getCell(1)) + " " + text(r.getCell(2)) + " "
                            + text(r.getCell(22)));
                }
            }
            assertThat(listed).containsExactly("H1 looked after in county Nurse Alpha",
                    "H2 looked after out of county Nurse Alpha", "H3 looked after in county Nurse Beta",
                    "H4 looked after out of county ", "H5 care leaver  Nurse Beta", "H7 looked after out of county Nurse Beta");
            Row h3 = children.getRow(3);
            assertThat(children.getRow(2).getCell(21).getStringCellValue()).isEqualTo("99A"); // H2
            assertThat(h3.getCell(21).getStringCellValue()).isEqualTo("15N");
            assertThat(h3.getCell(12).getStringCellValue() + "," + h3.getCell(13).getStringCellValue() + ","
                    + h3.getCell(14).getStringCellValue() + "," + h3.getCell(15).getStringCellValue() + ","
                    + h3.getCell(16).getStringCellValue()).isEqualTo("done,declined,pending,not indicated,not recorded");
        }
    }

    private String nurse(Long id) {
        return id == null ? null : context.repositories().team().findAll().stream().filter(m -> m.id().equals(id))
                .findFirst().orElseThrow().name();
    }

    private static Map<String, String> figuresOf(List<AuditRow> rows) {
        Map<String, String> m = new LinkedHashMap<>();
        for (AuditRow r : rows) {
            m.put(r.id(), r.numerator() + "/" + r.denominator() + " " + (r.percent() == null ? "" : r.percent().toPlainString()));
        }
        return m;
    }

    private static String lastNurse(Sheet s) {
        return s.getRow(s.getLastRowNum()).getCell(0).getStringCellValue();
    }

    private static String figure(Row r, int column) {
        return whole(r.getCell(column)) + "/" + whole(r.getCell(column + 1)) + " " + (r.getCell(column + 2) == null ? ""
                : BigDecimal.valueOf(r.getCell(column + 2).getNumericCellValue()).movePointRight(2)
                        .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    private static String whole(Cell c) {
        return c == null ? "" : Long.toString((long) c.getNumericCellValue());
    }

    private static String text(Cell c) {
        return c == null ? "" : c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? c.getStringCellValue()
                : c.toString();
    }
}
