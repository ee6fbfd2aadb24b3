package lactracker.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lactracker.domain.Action;
import lactracker.domain.FieldProblem;
import lactracker.domain.TeamMember;
import lactracker.domain.TrailKind;
import lactracker.domain.TrailQuery;
import lactracker.domain.Words;
import lactracker.io.RejectionsCsv;

/**
 * The Audit trail screen's work (issue 21): who changed or looked at what, in words, filtered by person,
 * child, kind and days; and its export. Only a team lead or an administrator reads it, and reading it for
 * an export is itself written into the trail.
 */
public final class AuditTrailService {
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm:ss", java.util.Locale.ROOT);
    private final AppContext context;

    public AuditTrailService(AppContext context) {
        this.context = context;
    }

    /** An entry in words, as the screen and the CSV show it. */
    public record Line(long id, LocalDateTime when, String who, TrailKind kind, String what, String laChildId,
            Long childId, String details) {
    }

    /** The entries found, newest first; {@code more} when older ones matched beyond {@link TrailQuery#MOST}. */
    public record Found(List<Line> lines, boolean more) {
    }

    /** What the screen asks: each null or blank for any. */
    public record Filter(String person, String laChildId, TrailKind kind, LocalDate from, LocalDate to) {
        public static Filter everything() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** The usernames of the team, for the person filter to offer. */
    public List<String> people() {
        context.require(Action.READ_AUDIT_TRAIL);
        return context.repositories().team().findAll().stream().map(TeamMember::username)
                .filter(u -> u != null && !u.isBlank()).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /**
     * The newest entries that match {@code filter}, in words.
     *
     * @throws FieldProblem.Refused when the child is unknown or the days are the wrong way round
     */
    public Found find(Filter filter) {
        context.require(Action.READ_AUDIT_TRAIL);
        var repositories = context.repositories();
        Long childId = null;
        String laId = blank(filter.laChildId()) ? null : filter.laChildId().strip();
        if (laId != null) {
            childId = repositories.children().findByLaChildId(laId).map(c -> c.id()).orElseThrow(() ->
                    new FieldProblem.Refused(List.of(new FieldProblem("child", Words.format("trail.refused.noChild", laId)))));
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new FieldProblem.Refused(List.of(new FieldProblem("from", Words.get("trail.refused.daysReversed"))));
        }
        TrailQuery query = new TrailQuery(blank(filter.person()) ? null : filter.person().strip(), childId, filter.kind(),
                filter.from(), filter.to(), TrailQuery.MOST);
        var found = repositories.auditLog().find(query, context.clock().getZone());
        Map<Long, String> people = new HashMap<>();
        repositories.team().findAll().forEach(m -> people.put(m.id(), m.name()));
        List<Line> lines = found.stream().limit(TrailQuery.MOST).map(f -> {
            var e = f.entry();
            return new Line(e.id(), LocalDateTime.ofInstant(e.changedAt(), context.clock().getZone()), e.username(),
                    TrailKind.of(e.action(), e.table()), ChangeWords.what(e), f.laChildId(), e.childId(),
                    ChangeWords.values(e, people));
        }).toList();
        return new Found(lines, found.size() > TrailQuery.MOST);
    }

    /**
     * Writes the entries shown to {@code file} as CSV for people (a spreadsheet), headed with the NHS marking;
     * written whole or not at all, and the export itself goes into the trail with the filter it was read with.
     */
    public void writeCsv(Found found, Filter filter, Path file) throws IOException {
        context.require(Action.READ_AUDIT_TRAIL);
        WholeFile.write(file, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(RejectionsCsv.quote(Words.get("print.marking")) + "\r\n");
            w.write(String.join(",", Words.get("trail.csv.when"), Words.get("trail.csv.who"), Words.get("trail.csv.kind"),
                    Words.get("trail.csv.what"), Words.get("trail.csv.child"), Words.get("trail.csv.details")) + "\r\n");
            for (Line line : found.lines()) {
                w.write(String.join(",", WHEN.format(line.when()), RejectionsCsv.quote(line.who()),
                        RejectionsCsv.quote(line.kind().label()), RejectionsCsv.quote(line.what()),
                        RejectionsCsv.quote(line.laChildId()), RejectionsCsv.quote(line.details())) + "\r\n");
            }
            w.flush();
        });
        context.repositories().access().exported("audit_trail", describe(filter), "csv", file.toAbsolutePath().toString());
    }

    /**
     * A printout left the tracker: what it showed, on which printer, how many pages. Anyone who may see a
     * screen may print it, so this needs no more access than reading; it is written into the trail.
     */
    public void printed(String what, String printer, int pages) {
        context.repositories().access().exported("printout", what, Words.format("trail.printed.pages", pages),
                printer);
    }

    /** The filter in words, for the export's entry: "person j.smith; child 1234; from 1 Dec 2026". */
    static String describe(Filter filter) {
        List<String> parts = new java.util.ArrayList<>();
        if (!blank(filter.person())) {
            parts.add(Words.format("trail.filter.person", filter.person().strip()));
        }
        if (!blank(filter.laChildId())) {
            parts.add(Words.format("trail.filter.child", filter.laChildId().strip()));
        }
        if (filter.kind() != null) {
            parts.add(filter.kind().label());
        }
        if (filter.from() != null) {
            parts.add(Words.format("trail.filter.from", lactracker.domain.Dates.written(filter.from())));
        }
        if (filter.to() != null) {
            parts.add(Words.format("trail.filter.to", lactracker.domain.Dates.written(filter.to())));
        }
        return parts.isEmpty() ? Words.get("trail.filter.everything") : String.join("; ", parts);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
