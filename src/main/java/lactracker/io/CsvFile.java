package lactracker.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lactracker.domain.Words;

/**
 * Reads a CSV file a row at a time, never the whole file into memory: UTF-8 (with or without a byte
 * order mark) or Windows-1252, as spreadsheets save them; LF or CRLF line ends; fields quoted with
 * double quotes may hold commas, quotes ("") and line breaks. Blank lines are skipped.
 */
public final class CsvFile implements AutoCloseable {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 1 << 16;
    /**
     * The longest field and the most fields a row may have: far beyond any real 903 or tracker row, and
     * small enough that memory stays bounded whatever the file holds (a line of 50 MB, a quote never
     * closed). A row past either is read to its end without being kept, and is a rejected row.
     */
    static final int LONGEST_FIELD = 10_000;
    static final int MOST_FIELDS = 500;

    private final String name;
    private final Reader in;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private int line;          // the line the last row returned started on
    private int nextLine = 1;  // the line the next read starts on
    private boolean tooLong;   // the last record read went past LONGEST_FIELD or MOST_FIELDS
    private final int namedColumns;

    private CsvFile(String name, Reader in) throws IOException {
        this.name = name;
        this.in = in;
        List<String> first = readRecord();
        while (first != null && isBlank(first)) {
            first = readRecord();
        }
        if (first == null) {
            throw new FileFormatException(Words.format("read.empty", name));
        }
        if (tooLong) {
            throw new FileFormatException(Words.format("read.notTable", name, String.valueOf(MOST_FIELDS),
                    String.valueOf(LONGEST_FIELD)));
        }
        List<String> h = new ArrayList<>();
        for (String column : first) {
            h.add(column.strip().toUpperCase(Locale.ROOT));
        }
        this.header = Collections.unmodifiableList(h);
        int named = 0;
        for (int i = 0; i < h.size(); i++) {
            if (!h.get(i).isEmpty()) {
                named = i + 1; // trailing unnamed columns (a trailing comma) are not looked for
            }
        }
        this.namedColumns = named;
        for (int i = 0; i < h.size(); i++) {
            Integer before = columns.putIfAbsent(h.get(i), i);
            if (before != null && !h.get(i).isEmpty()) {
                throw new FileFormatException(Words.format("read.columnTwice", name, h.get(i),
                        String.valueOf(before + 1), String.valueOf(i + 1)));
            }
        }
    }

    /**
     * Opens {@code file}, working out its encoding from its bytes.
     *
     * @throws FileFormatException when it is empty or not text (UTF-8 or Windows-1252)
     */
    public static CsvFile open(Path file) throws IOException {
        String name = file.getFileName().toString();
        Charset charset = encodingOf(file, name);
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (charset == StandardCharsets.UTF_8) {
            raw.mark(3);
            byte[] bom = raw.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                raw.reset();
            }
        }
        try {
            return new CsvFile(name, new BufferedReader(new InputStreamReader(raw, charset), 1 << 16));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * The file's encoding, decided from all of its bytes: UTF-8 when every byte fits UTF-8; Windows-1252
     * when none of its non-ASCII bytes do (an older spreadsheet's CSV); refused when it holds both, naming
     * the first line that does not fit, rather than garbling every accented name in it. A NUL byte near the
     * start means the file is not text at all (a spreadsheet's own format, say).
     */
    static Charset encodingOf(Path file, String name) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), SNIFF_BYTES)) {
            long read = 0;
            int line = 1;
            int firstBadLine = 0;
            boolean utf8Characters = false;
            int pending = 0; // continuation bytes still expected by the sequence being read
            int b;
            while ((b = in.read()) != -1) {
                if (b == 0 && read < 8192) {
                    throw new FileFormatException(Words.format("read.notText", name));
                }
                read++;
                if (pending > 0) {
                    if ((b & 0xC0) == 0x80) {
                        if (--pending == 0) {
                            utf8Characters = true;
                        }
                        continue;
                    }
                    pending = 0; // the sequence broke off: that byte before is not UTF-8
                    if (firstBadLine == 0) {
                        firstBadLine = line;
                    }
                }
                if (b == '\n') {
                    line++;
                } else if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                } else if (b >= 0x80 && firstBadLine == 0) {
                    firstBadLine = line;
                }
            }
            if (pending > 0 && firstBadLine == 0) {
                firstBadLine = line;
            }
            if (firstBadLine == 0) {
                return StandardCharsets.UTF_8;
            }
            if (!utf8Characters) {
                return WINDOWS_1252;
            }
            throw new FileFormatException(Words.format("read.mixedEncoding", name, String.valueOf(firstBadLine)));
        }
    }

    public String name() {
        return name;
    }

    /** The header row's column names, trimmed and upper case. */
    public List<String> header() {
        return header;
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** The next non-blank row, or null at the end of the file. */
    public Row next() throws IOException {
        List<String> fields;
        do {
            line = nextLine;
            fields = readRecord();
            if (fields == null) {
                return null;
            }
        } while (isBlank(fields));
        return new Row(line, fields, tooLong);
    }

    /** One row: its line number in the file (the header is line 1) and its fields by column name. */
    public final class Row {
        private final int line;
        private final List<String> fields;
        private final boolean tooLong;

        Row(int line, List<String> fields, boolean tooLong) {
            this.line = line;
            this.fields = fields;
            this.tooLong = tooLong;
        }

        public int line() {
            return line;
        }

        /**
         * The row went past the longest field or the most fields the tracker reads: what was kept of it is
         * not the row, and it must be rejected ({@link #tooLongReason}).
         */
        public boolean tooLong() {
            return tooLong;
        }

        /**
         * The row has fewer fields than the first row has named columns: cut short (a truncated file, a lost
         * line break). Read as it is, its missing fields would be blank and blank stored values.
         */
        public boolean cutShort() {
            return !tooLong && fields.size() < namedColumns;
        }

        /** Why a row that is {@link #cutShort} is rejected. */
        public String cutShortReason() {
            return Words.format(fields.size() == 1 ? "read.shortRow.one" : "read.shortRow", String.valueOf(fields.size()),
                    String.valueOf(namedColumns));
        }

        /** Why a row that is {@link #tooLong} is rejected. */
        public String tooLongReason() {
            return Words.format("read.longRow", String.valueOf(LONGEST_FIELD), String.valueOf(MOST_FIELDS));
        }

        /** The trimmed value of {@code column}, or null when blank or the file has no such column. */
        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= fields.size()) {
                return null;
            }
            String v = fields.get(i).strip();
            return v.isEmpty() ? null : v;
        }
    }

    private static boolean isBlank(List<String> fields) {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** One record, which a quoted field may spread over several lines; null at the end of the input. */
    private List<String> readRecord() throws IOException {
        int c = in.read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atFieldStart = true;
        tooLong = false;
        while (true) {
            if (c == -1) {
                add(fields, field);
                return fields;
            }
            if (field.length() > LONGEST_FIELD) {
                tooLong = true;
                field.setLength(0); // read on to the row's end, keeping nothing of it
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    if (ch == '\n') {
                        nextLine++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && atFieldStart) {
                quoted = true;
                atFieldStart = false;
            } else if (ch == ',') {
                add(fields, field);
                field.setLength(0);
                atFieldStart = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                nextLine++;
                add(fields, field);
                return fields;
            } else {
                field.append(ch);
                atFieldStart = false;
            }
            c = in.read();
        }
    }

    private void add(List<String> fields, StringBuilder field) {
        if (fields.size() >= MOST_FIELDS) {
            tooLong = true;
        } else {
            fields.add(field.toString());
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
