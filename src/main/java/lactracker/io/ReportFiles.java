package lactracker.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import lactracker.domain.Alert;
import lactracker.domain.AuditRow;
import lactracker.domain.AuditSheet;

/** The alerts and audit rows as the files of cli.md and audit-sheet.md: CSV and JSON. */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** {@code CHILD,ALERT,SEVERITY,DUE_DATE,DETAIL}, in the alerts' own order. */
    public static void alertsCsv(Writer out, List<Alert> alerts) throws IOException {
        out.write("CHILD,ALERT,SEVERITY,DUE_DATE,DETAIL\r\n");
        for (Alert a : alerts) {
            out.write(RejectionsCsv.quote(a.laChildId()) + "," + a.kind().name() + ","
                    + a.severity().name().toLowerCase(Locale.ROOT) + "," + (a.dueDate() == null ? "" : a.dueDate())
                    + "," + RejectionsCsv.quote(a.detail()) + "\r\n");
        }
    }

    public static void alertsJson(Writer out, java.time.LocalDate today, List<Alert> alerts) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("today", today.toString());
            g.writeArrayFieldStart("alerts");
            for (Alert a : alerts) {
                g.writeStartObject();
                g.writeStringField("child", a.laChildId());
                g.writeStringField("alert", a.kind().name());
                g.writeStringField("severity", a.severity().name().toLowerCase(Locale.ROOT));
                g.writeStringField("dueDate", a.dueDate() == null ? null : a.dueDate().toString());
                g.writeStringField("detail", a.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** A generator that leaves {@code out} open for the caller, as the CSV writers do. */
    private static JsonGenerator generator(Writer out) throws IOException {
        return new ObjectMapper().getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** {@code ID,LABEL,NUMERATOR,DENOMINATOR,PERCENT}; a blank percent for a zero or no denominator. */
    public static void rowsCsv(Writer out, AuditSheet sheet) throws IOException {
        out.write("ID,LABEL,NUMERATOR,DENOMINATOR,PERCENT\r\n");
        for (AuditRow r : sheet.rows()) {
            out.write(r.id() + "," + RejectionsCsv.quote(r.label()) + "," + r.numerator() + ","
                    + (r.denominator() == null ? "" : r.denominator()) + ","
                    + (r.percent() == null ? "" : r.percent().toPlainString()) + "\r\n");
        }
    }

    /** As audit-sheet.md shows: period, asAt and rows of id, label, numerator, denominator, percent. */
    public static void rowsJson(Writer out, AuditSheet sheet) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("period");
            g.writeStringField("from", sheet.period().from().toString());
            g.writeStringField("to", sheet.period().to().toString());
            g.writeEndObject();
            g.writeStringField("asAt", sheet.asAt().toString());
            g.writeArrayFieldStart("rows");
            for (AuditRow r : sheet.rows()) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("label", r.label());
                g.writeNumberField("numerator", r.numerator());
                if (r.denominator() == null) {
                    g.writeNullField("denominator");
                } else {
                    g.writeNumberField("denominator", r.denominator());
                }
                if (r.percent() == null) {
                    g.writeNullField("percent");
                } else {
                    g.writeNumberField("percent", r.percent());
                }
                if (r.amount() != null) {
                    g.writeNumberField("amount", r.amount());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
