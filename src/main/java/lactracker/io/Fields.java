package lactracker.io;

import lactracker.domain.Rejection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import lactracker.domain.Words;

/** Reading typed values out of CSV fields, collecting a plain-English reason for each bad one. */
final class Fields {
    private static final DateTimeFormatter DFE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** Before this no date in a child's record is real (a birth in year 1 or 1800 is a typing slip). */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final CsvFile.Row row;
    private final String file;
    private final List<Rejection> problems;
    private final LocalDate today;

    /** @param today the day the file is read: a date more than a year after it is not a real one */
    Fields(CsvFile.Row row, String file, List<Rejection> problems, LocalDate today) {
        this.row = row;
        this.file = file;
        this.problems = problems;
        this.today = today;
    }

    int line() {
        return row.line();
    }

    String file() {
        return file;
    }

    void reject(String column, String reason) {
        problems.add(new Rejection(file, row.line(), column, reason));
    }

    String text(String column) {
        return row.get(column);
    }

    /** A text that must fit its column in the database: a longer one is a bad row, named, not a failed import. */
    String text(String column, int longest) {
        String v = row.get(column);
        if (v != null && v.length() > longest) {
            reject(column, Words.format("read.tooLong", column, String.valueOf(longest)));
            return null;
        }
        return v;
    }

    String required(String column, String whatKey) {
        String v = row.get(column);
        if (v == null) {
            reject(column, Words.format("read.blank", column, Words.get(whatKey)));
        }
        return v;
    }

    /** A required text that must fit its column in the database. */
    String required(String column, String whatKey, int longest) {
        String v = required(column, whatKey);
        if (v != null && v.length() > longest) {
            reject(column, Words.format("read.namedTooLong", column, Words.get(whatKey), String.valueOf(longest)));
            return null;
        }
        return v;
    }

    /** A date written dd/MM/yyyy, as the DfE writes them, or yyyy-MM-dd; null when blank or bad. */
    LocalDate date(String column, String whatKey, boolean required) {
        return date(column, whatKey, required, 1);
    }

    /**
     * A date that may lie years ahead (the day UASC status will end, often the 18th birthday): from 1900 to
     * {@code yearsAhead} years from today.
     */
    LocalDate date(String column, String whatKey, boolean required, int yearsAhead) {
        String v = row.get(column);
        if (v == null) {
            if (required) {
                reject(column, Words.format("read.blank", column, Words.get(whatKey)));
            }
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v, v.contains("/") ? DFE : ISO);
            if (d.isBefore(EARLIEST) || d.isAfter(today.plusYears(yearsAhead))) {
                reject(column, Words.format(yearsAhead == 1 ? "read.dateOutOfRange.year" : "read.dateOutOfRange.years",
                        column, Words.get(whatKey), lactracker.domain.Dates.written(d), String.valueOf(yearsAhead)));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            reject(column, Words.format("read.notDate", column, Words.get(whatKey), v));
            return null;
        }
    }

    /** A code from a DfE list; null when blank or not in the list. */
    String code(String column, String list, String whatKey, boolean required) {
        String v = row.get(column);
        if (v == null) {
            if (required) {
                reject(column, Words.format("read.blank", column, Words.get(whatKey)));
            }
            return null;
        }
        String upper = v.toUpperCase(java.util.Locale.ROOT);
        if (!DfeCodes.isValid(list, upper)) {
            reject(column, Words.format("read.notCode", column, Words.get(whatKey), v));
            return null;
        }
        return upper;
    }

    /** A whole number from {@code min} to {@code max}; null when blank or out of range. */
    Integer number(String column, String whatKey, int min, int max) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                reject(column, Words.format("read.outOfRange", column, Words.get(whatKey), v, String.valueOf(min), String.valueOf(max)));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            reject(column, Words.format("read.notWhole", column, Words.get(whatKey), v));
            return null;
        }
    }

    /** A 0/1 flag as the OC2 table writes them; null when blank or anything else. */
    Boolean flag(String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        if (v.equals("1") || v.equals("0")) {
            return v.equals("1");
        }
        reject(column, Words.format("read.notFlag", column, v));
        return null;
    }
}
