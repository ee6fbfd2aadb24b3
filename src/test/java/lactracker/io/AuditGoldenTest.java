package lactracker.io;

import static lactracker.testdata.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lactracker.domain.AuditFigures;
import lactracker.domain.AuditPeriod;
import lactracker.domain.AuditSheet;
import lactracker.domain.ChildCase;
import lactracker.domain.DentalFindings;
import lactracker.domain.Settings;
import lactracker.domain.YesNoUnknown;
import lactracker.testdata.Calendars;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The golden case of issue 7: a dozen invented children, every summary figure of 2016/17 Q4 (1 January to
 * 31 March 2017, as at 31 March) worked out by hand below, and checked in all three formats.
 * Working days: 2 January 2017 is a bank holiday. An IHA is due 20 working days after care starts and
 * its request within 5; an RHA 6 months after the last assessment under 5, 12 months from 5.
 */
class AuditGoldenTest {
    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static DentalFindings dental(LocalDate check, Boolean caries, LocalDate followUp) {
        return new DentalFindings(YesNoUnknown.YES, null, check, caries, null, null, followUp);
    }

    private static final List<ChildCase> DOZEN = List.of(
            // G01 (7): in care 9 Jan; no request, no IHA. Request late; IHA due 6 Feb, not done: overdue at end.
            aCase().withLaId("G01").bornOn(d(2010, 1, 1)).enteredCareOn(d(2017, 1, 9)).build(),
            // G02 (3): in care 9 Jan; requested 10 Jan (by 16 Jan), IHA 30 Jan (by 6 Feb). RHA due 30 Jul.
            aCase().withLaId("G02").bornOn(d(2014, 1, 1)).enteredCareOn(d(2017, 1, 9))
                    .ihaRequestedAndCompleted(d(2017, 1, 10), d(2017, 1, 30)).build(),
            // G03 (0), out of county: in care Wed 1 Feb; request by 8 Feb (3 Feb: in time); IHA due 1 Mar, done 6 Mar: late.
            aCase().withLaId("G03").bornOn(d(2016, 8, 1)).placedOutOfCounty().enteredCareOn(d(2017, 2, 1))
                    .ihaRequestedAndCompleted(d(2017, 2, 3), d(2017, 3, 6)).build(),
            // G04 (11): in care since 1 Jun 2015 (the 12-month cohort). RHA 15 Jun 2016 with a dental check on
            // 10 Jun 2016, immunisations up to date, SDQ 12. Next RHA due 15 Jun 2017.
            aCase().withLaId("G04").bornOn(d(2005, 6, 1)).enteredCareOn(d(2015, 6, 1)).ihaCompletedOn(d(2015, 6, 20))
                    .rhaCompletedOn(d(2016, 6, 15), dental(d(2016, 6, 10), null, null), YesNoUnknown.YES, 12).build(),
            // G05 (11): in the cohort; IHA 20 Jun 2015, RHA due 20 Jun 2016 never done: RHA overdue at end;
            // nothing in the 12 months.
            aCase().withLaId("G05").bornOn(d(2005, 6, 1)).enteredCareOn(d(2015, 6, 1)).ihaCompletedOn(d(2015, 6, 20)).build(),
            // G06 (9): in the cohort (since 4 Jan 2016). IHA 1 Feb 2016 (aged 8): RHA due 1 Feb 2017, done 25 Jan:
            // on time, caries found, check 20 Jan, follow-up 1 Mar; immunisations up to date, SDQ 15.
            aCase().withLaId("G06").bornOn(d(2008, 1, 1)).enteredCareOn(d(2016, 1, 4)).ihaCompletedOn(d(2016, 2, 1))
                    .rhaCompletedOn(d(2017, 1, 25), dental(d(2017, 1, 20), true, d(2017, 3, 1)), YesNoUnknown.YES, 15)
                    .build(),
            // G07 (4), out of county: in care 1 Aug 2016; IHA 10 Aug 2016 (aged 4): RHA due 10 Feb 2017, done
            // 10 Mar: late; no caries; immunisations not up to date.
            aCase().withLaId("G07").bornOn(d(2012, 6, 1)).placedOutOfCounty().enteredCareOn(d(2016, 8, 1))
                    .ihaCompletedOn(d(2016, 8, 10))
                    .rhaCompletedOn(d(2017, 3, 10), dental(null, false, null), YesNoUnknown.NO, null).build(),
            // G08 (16), UASC: in care 9 Jan, no request recorded; IHA 3 Feb (by 6 Feb), its UASC review not done.
            aCase().withLaId("G08").bornOn(d(2001, 3, 1)).uasc().enteredCareOn(d(2017, 1, 9))
                    .ihaCompletedOn(d(2017, 2, 3)).build(),
            // G09 (9): in care 3 Oct 2016 (not the cohort); IHA 20 Oct 2016; an RHA chased since 15 Feb at
            // level 2, still open at end.
            aCase().withLaId("G09").bornOn(d(2008, 1, 1)).enteredCareOn(d(2016, 10, 3)).ihaCompletedOn(d(2016, 10, 20))
                    .escalatedOn(d(2017, 2, 15), 2, d(2017, 3, 1)).build(),
            // G10 (8): in the cohort (since 1 Mar 2016); IHA 15 Mar 2016 (aged 7): RHA due 15 Mar 2017, done
            // 1 Mar by another area's provider (no dental findings, no immunisations, no SDQ); invoiced
            // 10 Mar for 330.00, verified, not paid.
            aCase().withLaId("G10").bornOn(d(2009, 1, 1)).enteredCareOn(d(2016, 3, 1)).ihaCompletedOn(d(2016, 3, 15))
                    .outOfAreaRhaCompletedOn(d(2017, 3, 1)).invoicedOn(d(2017, 3, 10), "330.00", true).build(),
            // G11 (6): in care 9 Jan, left 1 Mar; requested 12 Jan, IHA 6 Feb (on its due date): counted for
            // the IHA rows, not at period end.
            aCase().withLaId("G11").bornOn(d(2011, 1, 1)).enteredCareOn(d(2017, 1, 9))
                    .ihaRequestedAndCompleted(d(2017, 1, 12), d(2017, 2, 6)).leftCareOn(d(2017, 3, 1)).build(),
            // G12 (12): in care 3 Apr 2017, after the period: in no figure at all.
            aCase().withLaId("G12").bornOn(d(2004, 6, 1)).enteredCareOn(d(2017, 4, 3)).build());

    /**
     * Every row: numerator / denominator (blank for a count) percent (blank for none).
     * At period end 10 are looked after (all but G11, who left, and G12, not yet in care).
     */
    private static final String[][] EXPECTED = {
        {"lac_at_end", "10", "", ""},
        {"lac_age_under1", "1", "", ""},          // G03
        {"lac_age_1_4", "2", "", ""},             // G02, G07
        {"lac_age_5_9", "4", "", ""},             // G01, G06, G09, G10
        {"lac_age_10_15", "2", "", ""},           // G04, G05
        {"lac_age_16_plus", "1", "", ""},         // G08
        {"lac_out_of_county", "2", "10", "20.0"}, // G03, G07
        {"lac_placement_unknown", "0", "10", "0.0"},
        {"uasc_at_end", "1", "10", "10.0"},       // G08
        {"care_leavers_at_end", "0", "", ""},
        {"iha_request_timely", "3", "5", "60.0"}, // care began in Q4: G01 N, G02 Y, G03 Y, G08 N, G11 Y
        {"iha_on_time", "3", "5", "60.0"},        // due in Q4: G01 N, G02 Y, G03 N, G08 Y, G11 Y
        {"iha_on_time_in_county", "3", "4", "75.0"},
        {"iha_on_time_out_of_county", "0", "1", "0.0"},    // G03
        {"rha_on_time", "2", "3", "66.7"},        // due in Q4: G06 Y, G07 N, G10 Y
        {"rha_on_time_in_county", "2", "2", "100.0"},
        {"rha_on_time_out_of_county", "0", "1", "0.0"},    // G07
        {"iha_overdue_at_end", "1", "", ""},      // G01
        {"rha_overdue_at_end", "1", "", ""},      // G05
        {"ha_up_to_date", "3", "4", "75.0"},      // cohort G04 Y, G05 N, G06 Y, G10 Y
        {"immunisations_up_to_date", "2", "4", "50.0"},    // G04, G06
        {"dental_check_up_to_date", "2", "4", "50.0"},     // G04 (10 Jun 2016), G06
        {"sdq_recorded", "2", "4", "50.0"},       // all four aged 4-16; G04, G06
        {"dental_caries_recorded", "2", "3", "66.7"},      // RHAs done in Q4: G06 Y, G07 N, G10 not recorded
        {"dental_caries_found", "1", "2", "50.0"},         // G06
        {"dental_caries_followed_up", "1", "1", "100.0"},  // G06 on 1 Mar
        {"uasc_iha_on_time", "1", "1", "100.0"},  // G08
        {"uasc_review_complete", "0", "1", "0.0"},         // G08
        {"escalations_open_at_end", "1", "", ""}, // G09
        {"escalations_open_at_end_level_1", "0", "", ""},
        {"escalations_open_at_end_level_2", "1", "", ""},
        {"escalations_open_at_end_level_3", "0", "", ""},
        {"escalations_open_at_end_level_4", "0", "", ""},
        {"out_of_area_payments", "1", "", ""},    // G10, 330.00
        {"out_of_area_payments_verified", "1", "1", "100.0"},
        {"out_of_area_payments_paid", "0", "1", "0.0"},
    };

    private static final AuditSheet SHEET = AuditFigures.compute(DOZEN, AuditPeriod.quarter("2016/17-Q4"),
            d(2017, 3, 31), Settings.DEFAULTS, Calendars.englandAndWales());

    private static Map<String, String> expected() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] row : EXPECTED) {
            m.put(row[0], row[1] + "/" + row[2] + " " + row[3]);
        }
        return m;
    }

    @Test
    void theCsvHasEveryFigureWorkedOutByHand() throws Exception {
        StringWriter out = new StringWriter();
        ReportFiles.rowsCsv(out, SHEET);
        Map<String, String> got = new LinkedHashMap<>();
        String[] lines = out.toString().split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            if (f[0].startsWith("needs_")) {
                continue; // the health-needs rows: HealthNeedsFilesTest
            }
            got.put(f[0], f[f.length - 3] + "/" + f[f.length - 2] + " " + f[f.length - 1]);
        }
        assertThat(got).containsExactlyEntriesOf(expected());
    }

    @Test
    void theJsonHasEveryFigureWorkedOutByHand() throws Exception {
        StringWriter out = new StringWriter();
        ReportFiles.rowsJson(out, SHEET);
        Map<String, String> got = new LinkedHashMap<>();
        new ObjectMapper().readTree(out.toString()).get("rows").forEach(r -> got.put(r.get("id").asText(),
                r.get("numerator").asText() + "/" + (r.get("denominator").isNull() ? "" : r.get("denominator").asText())
                        + " " + (r.get("percent").isNull() ? "" : r.get("percent").decimalValue().toPlainString())));
        got.keySet().removeIf(id -> id.startsWith("needs_")); // the health-needs rows: HealthNeedsFilesTest
        assertThat(got).containsExactlyEntriesOf(expected());
        assertThat(new ObjectMapper().readTree(out.toString()).get("rows").get(EXPECTED.length - 3).get("amount")
                .decimalValue()).isEqualByComparingTo("330.00");
    }

    @Test
    void theXlsxHasEveryFigureWorkedOutByHand() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditWorkbook.write(out, SHEET, null, Map.of(), new AuditWorkbook.Produced(LocalDateTime.of(2017, 4, 3, 9, 0), "lead"));
        Map<String, String> got = new LinkedHashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            boolean rows = false;
            for (Row r : book.getSheet("Summary")) {
                Cell first = r.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("ID")) {
                    rows = true;
                    continue;
                }
                if (rows) {
                    got.put(first.getStringCellValue(), whole(r.getCell(2)) + "/" + whole(r.getCell(3)) + " "
                            + (r.getCell(4) == null ? "" : BigDecimal.valueOf(r.getCell(4).getNumericCellValue())
                                    .movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()));
                }
            }
        }
        assertThat(got).containsExactlyEntriesOf(expected());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (var sheet : book) { // every printed page of every sheet carries the NHS marking
                assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName()).isEqualTo("OFFICIAL-SENSITIVE: PERSONAL");
            }
        }
    }

    private static String whole(Cell c) {
        return c == null ? "" : Long.toString((long) c.getNumericCellValue());
    }
}
