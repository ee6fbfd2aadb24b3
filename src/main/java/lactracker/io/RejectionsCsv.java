package lactracker.io;

import lactracker.domain.Rejection;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes rejected rows as CSV (FILE,LINE,COLUMN,REASON,KIND), for the user to keep or send back; rows
 * imported with a warning follow, KIND {@code warning} beside {@code rejected}.
 */
public final class RejectionsCsv {
    private RejectionsCsv() {
    }

    public static void write(Path file, List<Rejection> rejections) throws IOException {
        write(file, rejections, List.of());
    }

    public static void write(Path file, List<Rejection> rejections, List<Rejection> warnings) throws IOException {
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            write(out, rejections, warnings);
        }
    }

    /** As {@link #write(Path, List, List)}, to {@code stream} (left open). */
    public static void write(java.io.OutputStream stream, List<Rejection> rejections, List<Rejection> warnings)
            throws IOException {
        Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write("FILE,LINE,COLUMN,REASON,KIND\r\n");
        for (Rejection r : rejections) {
            row(out, r, "rejected");
        }
        for (Rejection r : warnings) {
            row(out, r, "warning");
        }
        out.flush();
    }

    private static void row(Writer out, Rejection r, String kind) throws IOException {
        out.write(quote(r.file()) + "," + r.line() + "," + quote(r.column()) + "," + quote(r.reason()) + "," + kind + "\r\n");
    }

    /**
     * A CSV text field, quoted when it holds a comma, quote or line break. A text a spreadsheet would take
     * for a formula (starting with =, +, -, @, a tab or a carriage return: OWASP's rule for CSV injection)
     * is written with a ' before it, so it stays text: child ids and file names come from outside.
     */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
