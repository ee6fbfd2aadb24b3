package lactracker.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lactracker.domain.Dates;
import lactracker.domain.AssessmentType;
import lactracker.domain.DelayReason;
import lactracker.domain.NhsNumber;
import lactracker.domain.Outcome;
import lactracker.domain.PractitionerRole;
import lactracker.domain.Rejection;
import lactracker.domain.Words;
import lactracker.domain.YesNoUnknown;

/**
 * The team's own assessment records (import-formats.md), for moving off a spreadsheet tracker: read a
 * row at a time, each row checked on its own. Which duty a row fulfils is worked out later from dates.
 */
public final class AssessmentFile {
    static final List<String> REQUIRED = List.of("CHILD", "TYPE");

    /** One good row. */
    public record Row(String file, int line, String child, String nhsNumber, AssessmentType type,
            LocalDate requestReceived, Outcome outcome, LocalDate outcomeDate, String practitioner, PractitionerRole role,
            String provider, boolean outOfArea, YesNoUnknown immunisations, Integer sdqScore, LocalDate dentalCheck,
            Boolean caries, LocalDate dentalFollowUp, DelayReason delayReason) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Rejection> rejected = new ArrayList<>();
    private int read;

    private AssessmentFile() {
    }

    /**
     * @throws FileFormatException when the file is empty, not text, or has no CHILD and TYPE columns
     */
    public static AssessmentFile read(Path path, LocalDate today) throws IOException {
        AssessmentFile result = new AssessmentFile();
        try (CsvFile csv = CsvFile.open(path)) {
            if (!csv.header().containsAll(REQUIRED) || !csv.hasColumn("COMPLETED")) {
                throw new FileFormatException(Words.format("read.assessments.notFile", csv.name()));
            }
            CsvFile.Row row;
            while ((row = csv.next()) != null) {
                result.read++;
                if (row.tooLong() || row.cutShort()) {
                    result.rejected.add(new Rejection(csv.name(), row.line(), "ROW",
                            row.tooLong() ? row.tooLongReason() : row.cutShortReason()));
                    continue;
                }
                List<Rejection> problems = new ArrayList<>();
                Row r = parse(new Fields(row, csv.name(), problems, today), today);
                if (problems.isEmpty()) {
                    result.rows.add(r);
                } else {
                    result.rejected.add(problems.get(0)); // one reason per rejected row: its first
                }
            }
        }
        return result;
    }

    private static Row parse(Fields f, LocalDate today) {
        String child = f.required("CHILD", "read.assessments.what.child");
        String nhs = f.text("NHS_NUMBER");
        if (nhs != null && NhsNumber.problem(nhs) != null) {
            f.reject("NHS_NUMBER", Words.format("read.assessments.nhs", NhsNumber.problem(nhs)));
        }
        AssessmentType type = null;
        String t = f.required("TYPE", "read.assessments.what.type");
        if (t != null) {
            try {
                type = AssessmentType.valueOf(t.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                f.reject("TYPE", Words.format("read.assessments.type", t));
            }
        }
        LocalDate request = f.date("REQUEST_RECEIVED", "read.assessments.what.request", false);
        LocalDate completed = f.date("COMPLETED", "read.assessments.what.completed", false);
        if (completed != null && completed.isAfter(today)) {
            f.reject("COMPLETED", Words.format("read.assessments.inFuture", "COMPLETED", Dates.written(completed)));
        }
        if (request != null && request.isAfter(today)) {
            f.reject("REQUEST_RECEIVED", Words.format("read.assessments.inFuture", "REQUEST_RECEIVED", Dates.written(request)));
        }
        if (request != null && completed != null && completed.isBefore(request)) {
            f.reject("COMPLETED", Words.format("read.assessments.beforeRequest", Dates.written(completed), Dates.written(request)));
        }
        Outcome outcome = null;
        String o = f.text("OUTCOME");
        if (o == null) {
            outcome = completed == null ? null : Outcome.COMPLETED;
        } else {
            outcome = switch (o.toLowerCase(Locale.ROOT)) {
                case "completed" -> Outcome.COMPLETED;
                case "refused" -> Outcome.REFUSED;
                case "did-not-attend" -> Outcome.DID_NOT_ATTEND;
                case "not-required" -> Outcome.NOT_REQUIRED;
                default -> {
                    f.reject("OUTCOME", Words.format("read.assessments.outcome", o));
                    yield null;
                }
            };
            if (outcome != null && completed == null) {
                f.reject("COMPLETED", Words.format("read.assessments.outcomeDate", o));
            }
        }
        if (outcome == null && completed == null && request == null) {
            f.reject("COMPLETED", Words.get("read.assessments.noDate"));
        }
        PractitionerRole role = null;
        String ro = f.text("ROLE");
        if (ro != null) {
            switch (ro.toLowerCase(Locale.ROOT)) {
                case "doctor" -> role = PractitionerRole.DOCTOR;
                case "nurse" -> role = PractitionerRole.NURSE;
                default -> f.reject("ROLE", Words.format("read.assessments.role", ro));
            }
        }
        if (type == AssessmentType.IHA && outcome == Outcome.COMPLETED && role == PractitionerRole.NURSE) {
            f.reject("ROLE", Words.get("read.assessments.ihaDoctor"));
        }
        Boolean outOfArea = yn(f, "OUT_OF_AREA");
        String imms = f.text("IMMUNISATIONS_UP_TO_DATE");
        YesNoUnknown immunisations = null;
        if (imms != null) {
            Boolean b = yn(f, "IMMUNISATIONS_UP_TO_DATE");
            immunisations = b == null ? null : b ? YesNoUnknown.YES : YesNoUnknown.NO;
        }
        Integer sdq = f.number("SDQ_SCORE", "read.assessments.what.sdq", 0, 40);
        LocalDate dental = f.date("DENTAL_CHECK_DATE", "read.assessments.what.dental", false);
        if (dental != null && dental.isAfter(today)) {
            f.reject("DENTAL_CHECK_DATE", Words.format("read.assessments.inFuture", "DENTAL_CHECK_DATE", Dates.written(dental)));
        }
        Boolean caries = yn(f, "CARIES");
        LocalDate followUp = f.date("DENTAL_FOLLOW_UP_DATE", "read.assessments.what.followUp", false);
        DelayReason delay = null;
        String d = f.text("DELAY_REASON");
        if (d != null) {
            String code = d.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            try {
                delay = DelayReason.valueOf(code.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                f.reject("DELAY_REASON", Words.format("read.assessments.delay", d));
            }
        }
        return new Row(f.file(), f.line(), child, nhs == null ? null : NhsNumber.digits(nhs), type, request, outcome,
                outcome == null ? null : completed, f.text("PRACTITIONER", 100), role, f.text("PROVIDER", 200),
                Boolean.TRUE.equals(outOfArea), immunisations, sdq, dental, caries, followUp, delay);
    }

    private static Boolean yn(Fields f, String column) {
        String v = f.text(column);
        if (v == null) {
            return null;
        }
        if (v.equalsIgnoreCase("Y") || v.equalsIgnoreCase("N")) {
            return v.equalsIgnoreCase("Y");
        }
        f.reject(column, Words.format("read.assessments.yn", column, v));
        return null;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Rejection> rejected() {
        return rejected;
    }

    public int read() {
        return read;
    }
}
