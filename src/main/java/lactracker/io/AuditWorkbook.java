package lactracker.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lactracker.domain.AuditList;
import lactracker.domain.AuditMeasure;
import lactracker.domain.AuditRow;
import lactracker.domain.AuditSheet;
import lactracker.domain.HealthNeeds;
import lactracker.domain.Placement;
import lactracker.domain.Settings;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The audit sheet as the committee opens it (audit-sheet.md "The file"): a Summary sheet with a cover
 * block and every row with last period's percentage beside it, then one sheet per detail list. Real date
 * cells, percentages as numbers formatted as percent, frozen headers, widths set, A4 landscape. Written
 * with POI's streaming workbook, so a national-scale list never sits in memory as cells. It writes what
 * the rules engine worked out and computes nothing of its own.
 */
public final class AuditWorkbook {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    /** Rows kept in memory per sheet while writing; older ones go to a temporary file. */
    private static final int WINDOW = 200;
    private static final long NO_NURSE = Long.MIN_VALUE;

    private AuditWorkbook() {
    }

    /** When and by whom the sheet was produced: the only thing that differs between two runs on the same data. */
    public record Produced(LocalDateTime at, String by) {
    }

    /**
     * @param previous the period before, for the trend column; null to leave it blank
     * @param nurses   team members' names by id, to name each line's nurse
     */
    public static void write(OutputStream out, AuditSheet sheet, AuditSheet previous, Map<Long, String> nurses,
            Produced produced) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW) {
            @Override
            protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
                    OutputStream to) {
                // Deflated at the fastest level: a national sheet's 17 MB of XML is written 5-15% sooner (three
                // runs each, back to back), for a file of 2.0 MB instead of 1.6 MB.
                var zip = super.createArchiveOutputStream(to);
                zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
                return zip;
            }
        };
        try {
            Styles styles = new Styles(book);
            summary(book, styles, sheet, previous, produced);
            healthNeeds(book, styles, sheet);
            healthNeedsByNurse(book, styles, sheet, nurses);
            for (AuditList list : sheet.lists()) {
                detail(book, styles, list, nurses);
            }
            var core = book.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setTitle("LAC health audit " + sheet.period().label());
            core.setCreator(produced.by());
            core.setCreated(Optional.of(java.util.Date.from(produced.at().atZone(java.time.ZoneId.systemDefault()).toInstant())));
            book.write(out);
        } finally {
            book.close(); // also removes the temporary files
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle date;
        final CellStyle percent;
        final CellStyle money;
        final CellStyle wrap;

        Styles(SXSSFWorkbook book) {
            var df = book.createDataFormat();
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            date = book.createCellStyle();
            date.setDataFormat(df.getFormat("d mmm yyyy"));
            percent = book.createCellStyle();
            percent.setDataFormat(df.getFormat("0.0%"));
            money = book.createCellStyle();
            money.setDataFormat(df.getFormat("£#,##0.00"));
            wrap = book.createCellStyle();
            wrap.setWrapText(true);
        }
    }

    private static void summary(SXSSFWorkbook book, Styles st, AuditSheet sheet, AuditSheet previous, Produced produced) {
        SXSSFSheet s = book.createSheet("Summary");
        landscape(s);
        int r = 0;
        text(s.createRow(r++), 0, "LAC health audit " + sheet.period().label(), st.title);
        text(s.createRow(r++), 0, "Period: " + DAY.format(sheet.period().from()) + " to " + DAY.format(sheet.period().to()), null);
        text(s.createRow(r++), 0, "As at: " + DAY.format(sheet.asAt()), null);
        text(s.createRow(r++), 0, "Settings in force: " + settings(sheet.settings()), null);
        text(s.createRow(r++), 0, "Last period: " + (previous == null ? "not given" : DAY.format(previous.period().from())
                + " to " + DAY.format(previous.period().to())), null);
        text(s.createRow(r++), 0, "Produced on " + WHEN.format(produced.at()) + " by " + produced.by(), null);
        r++;
        int headerRow = r;
        Row h = s.createRow(r++);
        String[] headers = {"ID", "Label", "Numerator", "Denominator", "Percent", "Last period's percent", "Amount"};
        for (int i = 0; i < headers.length; i++) {
            text(h, i, headers[i], st.header);
        }
        for (AuditRow row : sheet.rows()) {
            if (AuditMeasure.byId(row.id()).section() != AuditMeasure.Section.AUDIT) {
                continue; // on the Health needs sheet
            }
            Row x = s.createRow(r++);
            text(x, 0, row.id(), null);
            text(x, 1, row.label(), null);
            x.createCell(2).setCellValue(row.numerator());
            if (row.denominator() != null) {
                x.createCell(3).setCellValue(row.denominator());
            }
            percent(x, 4, row.percent(), st);
            percent(x, 5, previous == null ? null : previous.row(row.id()).percent(), st);
            if (row.amount() != null) {
                Cell c = x.createCell(6);
                c.setCellValue(row.amount().doubleValue());
                c.setCellStyle(st.money);
            }
        }
        s.createFreezePane(0, headerRow + 1);
        s.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(headerRow, headerRow, 0, headers.length - 1));
        int[] widths = {34, 60, 12, 13, 10, 14, 14};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
    }

    /**
     * The health-needs rows of the period's last day (issue 24), each for all the children and for those
     * placed in and out of county.
     */
    private static void healthNeeds(SXSSFWorkbook book, Styles st, AuditSheet sheet) {
        SXSSFSheet s = book.createSheet("Health needs");
        landscape(s);
        int r = 0;
        text(s.createRow(r++), 0, "Health needs on " + DAY.format(sheet.period().to()), st.title);
        text(s.createRow(r++), 0, "Children looked after that day, and care leavers aged 18-25; placement that day."
                + " The children behind each figure are on the Health needs children sheet.", null);
        r++;
        int headerRow = r;
        Row h = s.createRow(r++);
        String[] headers = {"ID", "Label", "Numerator", "Denominator", "Percent", "In county: numerator",
            "In county: denominator", "In county: percent", "Out of county: numerator", "Out of county: denominator",
            "Out of county: percent"};
        for (int i = 0; i < headers.length; i++) {
            text(h, i, headers[i], st.header);
        }
        Map<Placement, List<AuditRow>> placed = HealthNeeds.grouped(sheet,
                m -> m.placement() == Placement.IN_COUNTY || m.placement() == Placement.OUT_OF_COUNTY ? m.placement() : null);
        List<AuditRow> all = HealthNeeds.rows(sheet);
        for (int i = 0; i < all.size(); i++) {
            AuditRow row = all.get(i);
            Row x = s.createRow(r++);
            text(x, 0, row.id(), null);
            text(x, 1, row.label(), null);
            figures(x, 2, row, st);
            if (!sheet.lists().isEmpty()) {
                figures(x, 5, placed.getOrDefault(Placement.IN_COUNTY, zero(all)).get(i), st);
                figures(x, 8, placed.getOrDefault(Placement.OUT_OF_COUNTY, zero(all)).get(i), st);
            }
        }
        s.createFreezePane(0, headerRow + 1);
        s.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(headerRow, headerRow, 0, headers.length - 1));
        int[] widths = {36, 58, 12, 13, 10, 13, 13, 11, 13, 13, 11};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** The health-needs rows of each nurse's children (a child without a nurse under "No nurse allocated"). */
    private static void healthNeedsByNurse(SXSSFWorkbook book, Styles st, AuditSheet sheet, Map<Long, String> nurses) {
        SXSSFSheet s = book.createSheet("Health needs by nurse");
        landscape(s);
        Row h = s.createRow(0);
        String[] headers = {"Nurse", "ID", "Label", "Numerator", "Denominator", "Percent"};
        for (int i = 0; i < headers.length; i++) {
            text(h, i, headers[i], st.header);
        }
        // Nurses by name, then the children with none; one key stands for "none", as a group may not be null.
        Map<Long, List<AuditRow>> byNurse = HealthNeeds.grouped(sheet, m -> m.nurseId() == null ? NO_NURSE : m.nurseId());
        List<Long> order = new java.util.ArrayList<>(byNurse.keySet());
        order.sort(java.util.Comparator.comparing((Long id) -> id == NO_NURSE)
                .thenComparing(id -> nurses.getOrDefault(id, "")).thenComparing(id -> id));
        int r = 1;
        for (Long id : order) {
            String nurse = id == NO_NURSE ? "No nurse allocated" : nurses.getOrDefault(id, "Team member " + id);
            for (AuditRow row : byNurse.get(id)) {
                Row x = s.createRow(r++);
                text(x, 0, nurse, null);
                text(x, 1, row.id(), null);
                text(x, 2, row.label(), null);
                figures(x, 3, row, st);
            }
        }
        if (r == 1) {
            text(s.createRow(1), 0, "None on this day", null);
        }
        s.createFreezePane(0, 1);
        s.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, headers.length - 1));
        if (r > 1) {
            s.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, headers.length - 1));
        }
        int[] widths = {24, 36, 58, 12, 13, 10};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static List<AuditRow> zero(List<AuditRow> rows) {
        return rows.stream().map(r -> new AuditRow(r.id(), r.label(), 0, 0L, null, null, List.of())).toList();
    }

    /** Numerator, denominator and percent from {@code column}. */
    private static void figures(Row x, int column, AuditRow row, Styles st) {
        x.createCell(column).setCellValue(row.numerator());
        if (row.denominator() != null) {
            x.createCell(column + 1).setCellValue(row.denominator());
        }
        percent(x, column + 2, row.percent(), st);
    }

    private static String settings(Settings s) {
        return "IHA due " + s.ihaDueWorkingDays() + " working days; request window " + s.ihaRequestWindowWorkingDays()
                + " working days; IHA due soon " + s.ihaDueSoonWorkingDays() + " and RHA due soon "
                + s.rhaDueSoonWorkingDays() + " working days; escalation response " + s.escalationResponseWorkingDays()
                + " working days; dental check " + s.dentalCheckMonths() + " months; caries follow-up "
                + s.cariesFollowUpMonths() + " months; UASC review " + s.uascReviewMonths() + " months"
                + (s.homeLocalAuthority() == null ? "" : "; home authority " + s.homeLocalAuthority());
    }

    private static void detail(SXSSFWorkbook book, Styles st, AuditList list, Map<Long, String> nurses) {
        SXSSFSheet s = book.createSheet(list.name());
        landscape(s);
        List<String> headers = list.headers();
        int nurse = headers.indexOf("Nurse id");
        Row h = s.createRow(0);
        int[] widths = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            String name = i == nurse ? "Nurse" : headers.get(i);
            text(h, i, name, st.header);
            widths[i] = Math.max(10, name.length() + 2);
        }
        int r = 1;
        for (List<Object> line : list.rows()) {
            Row x = s.createRow(r++);
            for (int i = 0; i < line.size(); i++) {
                Object v = line.get(i);
                if (v == null) {
                    continue;
                }
                Cell c = x.createCell(i);
                if (i == nurse) {
                    String name = nurses.getOrDefault((Long) v, "");
                    c.setCellValue(name);
                    widths[i] = Math.max(widths[i], Math.min(30, name.length() + 2));
                } else if (v instanceof LocalDate d) {
                    c.setCellValue(d);
                    c.setCellStyle(st.date);
                    widths[i] = Math.max(widths[i], 13);
                } else if (v instanceof BigDecimal b) {
                    c.setCellValue(b.doubleValue());
                    c.setCellStyle(st.money);
                    widths[i] = Math.max(widths[i], 12);
                } else if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else if (v instanceof lactracker.domain.DelayReason reason) {
                    c.setCellValue(reason.words());
                    widths[i] = Math.max(widths[i], Math.min(40, reason.words().length() + 2));
                } else {
                    String text = v.toString();
                    c.setCellValue(text);
                    widths[i] = Math.max(widths[i], Math.min(40, text.length() + 2));
                }
            }
        }
        if (list.rows().isEmpty()) {
            text(s.createRow(1), 0, "None in this period", null);
            widths[0] = Math.max(widths[0], 22);
        }
        s.createFreezePane(0, 1);
        s.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, headers.size() - 1));
        if (!list.rows().isEmpty()) {
            s.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, list.rows().size(), 0, headers.size() - 1));
        }
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static void landscape(Sheet s) {
        // Each printed page headed with the NHS marking for personal data, and numbered.
        s.getHeader().setCenter(lactracker.domain.Words.get("print.marking"));
        s.getFooter().setRight(org.apache.poi.hssf.usermodel.HeaderFooter.page() + " / "
                + org.apache.poi.hssf.usermodel.HeaderFooter.numPages());
        PrintSetup p = s.getPrintSetup();
        p.setLandscape(true);
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0); // as many pages down as it takes
        s.setFitToPage(true);
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(text);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    /** A percent as the fraction it is, formatted as percent; blank for none (a zero denominator). */
    private static void percent(Row row, int column, BigDecimal percent, Styles st) {
        if (percent == null) {
            return;
        }
        Cell c = row.createCell(column);
        c.setCellValue(percent.movePointLeft(2).doubleValue());
        c.setCellStyle(st.percent);
    }
}
