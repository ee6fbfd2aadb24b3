package lactracker.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import lactracker.domain.AuditEntry;
import lactracker.domain.Dates;
import lactracker.domain.Words;

/**
 * An entry of the audit trail in words, as a nurse reads it ("Assessment changed", "Outcome: did not
 * attend, 5 Oct 2026 (was: none)"), never table names or JSON.
 */
public final class ChangeWords {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // 560.00, not 560.0
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final Pattern ACRONYM = Pattern.compile("\\b(iha|rha|uasc|sdq|gp|nhs|la|upn|oc2)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The constants of the record's choices, written in words; any other text (a name in capitals) stays as typed. */
    private static final Set<String> CODES = java.util.stream.Stream.<Enum<?>[]>of(lactracker.domain.Outcome.values(),
            lactracker.domain.PractitionerRole.values(), lactracker.domain.QualityCheck.values(),
            lactracker.domain.YesNoUnknown.values(), lactracker.domain.DelayReason.values(), lactracker.domain.Sex.values(),
            lactracker.domain.AppointmentOutcome.values(), lactracker.domain.ScreeningOutcome.values(),
            lactracker.domain.ScreeningItem.values(), lactracker.domain.TeamRole.values())
            .flatMap(java.util.Arrays::stream).map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Keys and bookkeeping a reader has no use for. */
    private static final Set<String> LEFT_OUT = Set.of("id", "childId", "version", "source", "assessmentId",
            "escalationId");

    /** Each table's record, by the key of its name in messages.properties. */
    private static final Map<String, String> RECORDS = Map.ofEntries(
            Map.entry("child", "change.record.child"),
            Map.entry("health_assessment", "change.record.healthAssessment"),
            Map.entry("episode", "change.record.episode"),
            Map.entry("escalation", "change.record.escalation"),
            Map.entry("payment", "change.record.payment"),
            Map.entry("oc2_outcome", "change.record.oc2Outcome"),
            Map.entry("setting", "change.record.setting"),
            Map.entry("bank_holiday", "change.record.bankHoliday"),
            Map.entry("tariff", "change.record.tariff"),
            Map.entry("practice_commissioner", "change.record.practiceCommissioner"),
            Map.entry("team_member", "change.record.teamMember"),
            Map.entry("import_run", "change.record.importRun"),
            Map.entry("account", "change.record.account"));

    /** Maintenance entries, said as what was done ("Backup made"), not as a record added. */
    private static final Map<String, String> DONE = Map.of(
            "backup", "change.done.backup",
            "restore", "change.done.restore",
            "check", "change.done.check");

    /** Fields whose name is not its words, by the key of their label in messages.properties. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("laChildId", "change.field.laChildId"),
            Map.entry("nhsNumber", "change.field.nhsNumber"),
            Map.entry("upn", "change.field.upn"),
            Map.entry("gpPractice", "change.field.gpPractice"),
            Map.entry("gpPracticeCode", "change.field.gpPracticeCode"),
            Map.entry("dentistPractice", "change.field.dentistPractice"),
            Map.entry("allocatedNurseId", "change.field.allocatedNurseId"),
            Map.entry("uascFlagged", "change.field.uascFlagged"),
            Map.entry("uascIn903", "change.field.uascIn903"),
            Map.entry("healthPassportIssued", "change.field.healthPassportIssued"),
            Map.entry("careLeaverSummaryGiven", "change.field.careLeaverSummaryGiven"),
            Map.entry("sdqScore", "change.field.sdqScore"),
            Map.entry("outcomeDate", "change.field.outcomeDate"),
            Map.entry("requestReceived", "change.field.requestReceived"),
            Map.entry("immunisationsUpToDate", "change.field.immunisationsUpToDate"),
            Map.entry("delayReason", "change.field.delayReason"),
            Map.entry("outOfArea", "change.field.outOfArea"),
            Map.entry("commissionerVerified", "change.field.commissionerVerified"),
            Map.entry("verifiedById", "change.field.verifiedById"),
            Map.entry("uascReview", "change.field.uascReview"));

    private ChangeWords() {
    }

    /** What was changed, in words: "Assessment added", "Child's record changed", "Invoice deleted". */
    public static String what(AuditEntry entry) {
        if (ACCESS.equals(entry.action())) {
            return switch (entry.table()) {
                case "child_record" -> Words.get("trail.what.opened");
                case "export" -> Words.format("trail.what.exported", exported(text(read(entry.newValues()), "what")));
                case "sign_in" -> Words.get("trail.what.signedIn");
                case "lock" -> Words.get("trail.what.locked");
                case "unlock" -> Words.get("trail.what.unlocked");
                case "unlock_refused" -> Words.get("trail.what.unlockRefused");
                case "moved_to_server" -> Words.get("trail.what.movedToServer");
                case "document" -> Words.format("trail.what.document", document(text(read(entry.newValues()), "document")));
                default -> words(entry.table());
            };
        }
        if ("insert".equals(entry.action()) && DONE.containsKey(entry.table())) {
            return Words.get(DONE.get(entry.table()));
        }
        String record = RECORDS.containsKey(entry.table()) ? Words.get(RECORDS.get(entry.table())) : words(entry.table());
        String done = switch (entry.action()) {
            case "insert" -> Words.get("change.added");
            case "update" -> Words.get("change.changed");
            case "delete" -> Words.get("change.deleted");
            default -> words(entry.action());
        };
        return Words.format("change.what", record, done);
    }

    /**
     * The values in words: each field added or changed with its new value (and, for a change, the old
     * one), or for a deletion what was deleted.
     */
    public static String values(AuditEntry entry) {
        return values(entry, Map.of());
    }

    /** As {@link #values(AuditEntry)}, with team members named (a nurse, who verified) from {@code people} by id. */
    public static String values(AuditEntry entry, Map<Long, String> people) {
        if (ACCESS.equals(entry.action())) {
            return accessDetails(entry);
        }
        JsonNode after = read(entry.newValues());
        JsonNode before = read(entry.oldValues());
        List<String> parts = new ArrayList<>();
        if (after != null && after.isObject()) {
            for (Map.Entry<String, JsonNode> field : after.properties()) {
                if (LEFT_OUT.contains(field.getKey()) || "insert".equals(entry.action()) && empty(field.getValue())) {
                    continue;
                }
                String part = Words.format("change.value", label(field.getKey()),
                        value(field.getKey(), field.getValue(), people));
                if ("update".equals(entry.action()) && before != null && before.has(field.getKey())) {
                    part = Words.format("change.valueWas", part, value(field.getKey(), before.get(field.getKey()), people));
                }
                parts.add(part);
            }
        } else if (before != null && before.isObject()) {
            for (Map.Entry<String, JsonNode> field : before.properties()) {
                if (!LEFT_OUT.contains(field.getKey()) && !empty(field.getValue())) {
                    parts.add(Words.format("change.value", label(field.getKey()), value(field.getKey(), field.getValue(), people)));
                }
            }
        }
        return String.join("; ", parts);
    }

    private static final String ACCESS = "access";

    /** What an access entry adds, in words: an export's period, format and place; a sign-in's failed tries before. */
    private static String accessDetails(AuditEntry entry) {
        JsonNode details = read(entry.newValues());
        List<String> parts = new ArrayList<>();
        switch (entry.table()) {
            case "moved_to_server" -> {
                String from = text(details, "from");
                if (from != null) {
                    parts.add(Words.format("trail.details.from", from));
                }
            }
            case "export" -> {
                String period = text(details, "period");
                String format = text(details, "format");
                String where = text(details, "where");
                if (period != null) {
                    parts.add(period);
                }
                boolean printout = "printout".equals(text(details, "what"));
                if (format != null) {
                    parts.add(printout ? format : format.toUpperCase(Locale.ROOT)); // "2 pages", or "CSV"
                }
                if (where != null) {
                    parts.add(printout ? Words.format("trail.details.on", where) : "stdout".equals(where)
                            ? Words.get("trail.details.stdout") : Words.format("trail.details.to", where));
                }
            }
            case "document" -> {
                String where = text(details, "where");
                if (where != null) {
                    parts.add(Words.format("trail.details.to", where));
                }
            }
            case "sign_in", "unlock" -> {
                long failed = number(details, "failedTriesBefore");
                if (failed > 0) {
                    parts.add(Words.format("trail.details.failedBefore", failed));
                }
                if (details != null && details.path("recoveryKey").asBoolean(false)) {
                    parts.add(Words.get("trail.details.recoveryKey"));
                }
                String workstation = details == null ? "" : details.path("workstation").asText("");
                if (!workstation.isEmpty()) {
                    parts.add(Words.format("trail.details.workstation", workstation));
                }
            }
            case "lock" -> {
                long minutes = number(details, "idleMinutes");
                parts.add(minutes > 0 ? Words.format("trail.details.idle", minutes) : Words.get("trail.details.byHand"));
            }
            default -> {
                // a record opened: who, when and which child say it all
            }
        }
        return String.join(", ", parts);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static long number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.canConvertToLong() ? 0 : v.asLong();
    }

    /** What was exported, in words: "audit_sheet" is "the audit sheet". */
    /** A document's name in words ("a care leaver's health summary"), from its template's name. */
    private static String document(String kind) {
        return switch (kind == null ? "" : kind) {
            case "care-leaver-summary" -> Words.get("trail.document.careLeaverSummary");
            case "escalation-letter" -> Words.get("trail.document.escalationLetter");
            case "iha-request" -> Words.get("trail.document.ihaRequest");
            default -> kind == null ? Words.get("change.none") : kind;
        };
    }

    private static String exported(String what) {
        return switch (what == null ? "" : what) {
            case "audit_sheet" -> Words.get("trail.exported.auditSheet");
            case "audit_trail" -> Words.get("trail.exported.auditTrail");
            case "alerts" -> Words.get("trail.exported.alerts");
            case "printout" -> Words.get("trail.exported.printout");
            case "snapshot" -> Words.get("trail.exported.snapshot");
            case "rejections_903" -> Words.get("trail.exported.rejections903");
            case "rejections_assessments" -> Words.get("trail.exported.rejectionsAssessments");
            default -> what == null ? Words.get("change.none") : words(what);
        };
    }

    private static JsonNode read(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            return null; // an entry written by an older version in another shape: shown without its values
        }
    }

    private static boolean empty(JsonNode v) {
        return v == null || v.isNull() || v.isTextual() && v.asText().isEmpty() || v.isArray() && v.isEmpty()
                || v.isObject() && v.isEmpty();
    }

    /** A field's name as words: "outcomeDate" is "Outcome date". */
    static String label(String field) {
        String known = FIELDS.get(field);
        if (known != null) {
            return Words.get(known);
        }
        String spaced = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.UK);
        spaced = ACRONYM.matcher(spaced).replaceAll(m -> m.group(1).toUpperCase(Locale.UK));
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static final Set<String> PEOPLE = Set.of("allocatedNurseId", "verifiedById");

    private static String value(String field, JsonNode v, Map<Long, String> people) {
        if (PEOPLE.contains(field) && v != null && v.canConvertToLong()) {
            return people.getOrDefault(v.asLong(), Words.format("change.teamMember", String.valueOf(v.asLong())));
        }
        return value(v);
    }

    static String value(JsonNode v) {
        if (v == null || v.isNull() || v.isTextual() && v.asText().isEmpty()) {
            return Words.get("change.none");
        }
        if (v.isBoolean()) {
            return Words.get(v.asBoolean() ? "change.yes" : "change.no");
        }
        if (v.isNumber()) {
            return v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText();
        }
        if (v.isTextual()) {
            String text = v.asText();
            if (ISO_DATE.matcher(text).matches()) {
                try {
                    return Dates.written(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    return text;
                }
            }
            return CODES.contains(text) ? words(text) : text;
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(value(item)));
            return items.isEmpty() ? Words.get("change.none") : String.join(" / ", items);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : v.properties()) {
            if (!LEFT_OUT.contains(field.getKey()) && !empty(field.getValue())) {
                parts.add(label(field.getKey()).toLowerCase(Locale.UK) + " " + value(field.getValue()));
            }
        }
        return parts.isEmpty() ? Words.get("change.none") : String.join(", ", parts);
    }

    /** A code in words: DID_NOT_ATTEND is "did not attend"; a short code (IHA, RHA) stays as it is. */
    private static String words(String code) {
        return code.length() <= 3 ? code : code.replace('_', ' ').toLowerCase(Locale.UK);
    }
}
