package lactracker.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lactracker.domain.Action;
import lactracker.domain.Child;
import lactracker.domain.ChildCase;
import lactracker.domain.ChildSummary;
import lactracker.domain.Dates;
import lactracker.domain.DentalFindings;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Named;
import lactracker.domain.SdqBand;
import lactracker.domain.UascScreening;
import lactracker.domain.UserFacingException;
import lactracker.domain.Words;
import lactracker.domain.YesNoUnknown;
import lactracker.io.DocumentTemplate;
import lactracker.io.PdfDocument;

/**
 * The papers the team wrote by hand, made from the record as PDFs (issue 24, decision 0022): each from its
 * template in the data folder's {@code templates} folder, which the team may edit (the shipped one is put
 * there the first time it is needed), marked on every page, written whole or not at all, and audited.
 */
public final class DocumentService {
    /** The documents the tracker makes, by the name of their template and command. */
    public enum Kind {
        CARE_LEAVER_SUMMARY("care-leaver-summary", "document.careLeaverSummary.title"),
        ESCALATION_LETTER("escalation-letter", "document.escalationLetter.title"),
        IHA_REQUEST("iha-request", "document.ihaRequest.title");

        private final String name;
        private final String titleKey;

        Kind(String name, String titleKey) {
            this.name = name;
            this.titleKey = titleKey;
        }

        /** As the command line and the template's file name have it ("care-leaver-summary"). */
        public String fileName() {
            return name;
        }
    }

    /** A document written: where, and how many pages. */
    public record Made(Path file, int pages) {
    }

    private final AppContext context;
    private final Path templates;

    public DocumentService(AppContext context, Path templates) {
        this.context = context;
        this.templates = templates;
    }

    /** The templates' folder for {@code context}: beside this computer's database, or in the data folder on a server. */
    public static Path templatesFor(AppContext context) {
        Path folder = context.onServer() ? AppPaths.forThisUser().dataFolder()
                : context.databaseFile().toAbsolutePath().getParent();
        return folder.resolve("templates");
    }

    /**
     * A care leaver's health summary for the child with LA id {@code laChildId}: their assessments,
     * immunisations, SDQ scores over time, teeth, a UASC's screening, GP and dentist, and room for their
     * own words.
     *
     * @throws UserFacingException when there is no such child, or the template cannot be filled (its field
     *     and line named); nothing is written then
     */
    public Made careLeaverSummary(String laChildId, Path out) throws IOException {
        context.require(Action.KEEP_CHILD_RECORD);
        Child child = child(laChildId);
        ChildCase c = context.repositories().caseload().loadChild(child.id()).orElseThrow();
        return make(Kind.CARE_LEAVER_SUMMARY, child.id(), careLeaverFields(c, LocalDate.now(context.clock())), out);
    }

    /**
     * A letter for a step up the escalation ladder of {@code laChildId}'s escalation (the open one, else
     * the latest): the step at {@code level}, or the last step when {@code level} is null. The child is
     * named by LA id and date of birth only: the letter goes to another area.
     *
     * @throws UserFacingException when there is no such child, escalation or step; nothing is written then
     */
    public Made escalationLetter(String laChildId, Integer level, Path out) throws IOException {
        context.require(Action.RUN_ESCALATIONS);
        Child child = child(laChildId);
        List<lactracker.domain.Escalation> all = context.repositories().escalations().findByChild(child.id());
        lactracker.domain.Escalation escalation = all.stream().filter(e -> e.closedOn() == null)
                .reduce((first, second) -> second)
                .or(() -> all.stream().reduce((first, second) -> second))
                .orElseThrow(() -> new UserFacingException(Words.format("document.noEscalation", child.laChildId())));
        lactracker.domain.EscalationStep step = escalation.steps().stream()
                .filter(s -> level == null || s.level() == level).reduce((first, second) -> second)
                .orElseThrow(() -> new UserFacingException(level == null
                        ? Words.format("document.noEscalation", child.laChildId())
                        : Words.format("document.noStep", child.laChildId(), level)));
        return make(Kind.ESCALATION_LETTER, child.id(), step.id(),
                escalationFields(child, escalation, step, LocalDate.now(context.clock())), out);
    }

    /** A letter for {@code step} of {@code escalation}, as the Escalations screen shows them. */
    public Made escalationLetter(lactracker.domain.Escalation escalation, lactracker.domain.EscalationStep step, Path out)
            throws IOException {
        context.require(Action.RUN_ESCALATIONS);
        Child child = context.repositories().children().findById(escalation.childId())
                .orElseThrow(() -> new UserFacingException(Words.get("refused.childGone")));
        return make(Kind.ESCALATION_LETTER, child.id(), step.id(),
                escalationFields(child, escalation, step, LocalDate.now(context.clock())), out);
    }

    /**
     * The request to the provider for the initial health assessment of the child with LA id {@code laChildId}:
     * who the child is, when they came into care, where they are placed, and the day it is due (of their
     * latest period of care; the open duty if there is one).
     *
     * @throws UserFacingException when there is no such child, or no initial assessment is due of them
     */
    public Made ihaRequest(String laChildId, Path out) throws IOException {
        context.require(Action.LOG_ASSESSMENT);
        Child child = child(laChildId);
        ChildCase c = context.repositories().caseload().loadChild(child.id()).orElseThrow();
        LocalDate today = LocalDate.now(context.clock());
        RulesService rules = new RulesService(context.repositories());
        lactracker.domain.CaseFacts facts = lactracker.domain.CaseFacts.of(c, today, rules.settings(), rules.calendar());
        List<lactracker.domain.Duty> ihas = facts.duties().stream()
                .filter(d -> d.type() == lactracker.domain.AssessmentType.IHA).toList();
        lactracker.domain.Duty duty = ihas.stream().filter(d -> d.fulfilledBy() == null).reduce((a, b) -> b)
                .or(() -> ihas.stream().reduce((a, b) -> b))
                .orElseThrow(() -> new UserFacingException(Words.format("document.noIha", child.laChildId())));
        String nurse = child.allocatedNurseId() == null ? Words.get("document.notAllocated")
                : context.repositories().team().findById(child.allocatedNurseId())
                        .map(lactracker.domain.TeamMember::name).orElse(Words.get("document.notAllocated"));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("madeOn", Dates.written(today));
        f.put("name", fullName(child));
        f.put("laChildId", child.laChildId());
        f.put("dateOfBirth", Dates.written(child.dateOfBirth()));
        f.put("sex", Words.get(Named.key(child.sex())));
        f.put("nhsNumber", child.nhsNumber() == null ? none() : lactracker.domain.NhsNumber.format(child.nhsNumber()));
        f.put("gpPractice", orNone(child.gpPractice()));
        f.put("cameIntoCare", Dates.written(duty.period().start()));
        f.put("dueDate", Dates.written(duty.dueDate()));
        lactracker.domain.Placement placed = facts.history().placementOn(duty.period().start(), rules.settings());
        f.put("placement", Words.get(Named.key(placed == null ? lactracker.domain.Placement.UNKNOWN : placed)));
        f.put("nurse", nurse);
        f.put("uasc", child.uascOn(today) ? List.of(Map.of()) : List.of());
        return make(Kind.IHA_REQUEST, child.id(), f, out);
    }

    static Map<String, Object> escalationFields(Child child, lactracker.domain.Escalation e,
            lactracker.domain.EscalationStep step, LocalDate today) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("madeOn", Dates.written(today));
        f.put("laChildId", child.laChildId());
        f.put("dateOfBirth", Dates.written(child.dateOfBirth()));
        f.put("assessmentType", Words.get(Named.key(e.type())));
        f.put("dutyDueDate", Dates.written(e.dutyDueDate()));
        f.put("hostArea", e.hostArea());
        f.put("hostProvider", orNone(e.hostProvider()));
        f.put("level", String.valueOf(step.level()));
        f.put("levelName", Words.get(switch (step.level()) {
            case 1 -> "escalations.level.1";
            case 2 -> "escalations.level.2";
            case 3 -> "escalations.level.3";
            default -> "escalations.level.4";
        }));
        f.put("stepDate", Dates.written(step.stepDate()));
        f.put("contact", step.contact());
        f.put("asked", orNone(step.asked()));
        f.put("responseDue", Dates.written(step.responseDue()));
        List<Map<String, Object>> earlier = new ArrayList<>();
        for (var s : e.steps().subList(0, Math.max(0, e.steps().indexOf(step)))) { // the steps come in the order taken
            earlier.add(Map.of("date", Dates.written(s.stepDate()), "level", String.valueOf(s.level()),
                    "contact", s.contact(), "response", s.response() == null ? Words.get("document.noResponse")
                            : s.response()));
        }
        f.put("earlierSteps", earlier);
        f.put("anyEarlierSteps", earlier.isEmpty() ? List.of() : List.of(Map.of())); // shown once, when there are
        return f;
    }

    static Map<String, Object> careLeaverFields(ChildCase c, LocalDate today) {
        Child child = c.child();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", fullName(child));
        f.put("laChildId", child.laChildId());
        f.put("dateOfBirth", Dates.written(child.dateOfBirth()));
        f.put("turns18On", Dates.written(child.dateOfBirth().plusYears(18)));
        f.put("madeOn", Dates.written(today));
        f.put("nhsNumber", child.nhsNumber() == null ? none() : lactracker.domain.NhsNumber.format(child.nhsNumber()));
        f.put("gpPractice", orNone(child.gpPractice()));
        f.put("dentistPractice", orNone(child.dentistPractice()));
        f.put("healthPassportGiven", child.healthPassportIssued() == null ? none()
                : Dates.written(child.healthPassportIssued()));
        List<HealthAssessment> done = c.assessments().stream().filter(a -> a.outcome() != null && dateOf(a) != null)
                .sorted(Comparator.comparing(DocumentService::dateOf)).toList();
        List<Map<String, Object>> assessments = new ArrayList<>();
        List<Map<String, Object>> sdq = new ArrayList<>();
        List<Map<String, Object>> dental = new ArrayList<>();
        YesNoUnknown immunisations = null;
        for (HealthAssessment a : done) {
            String date = Dates.written(dateOf(a));
            assessments.add(Map.of("date", date, "type", Words.get(Named.key(a.type())),
                    "outcome", Words.get(Named.key(a.outcome())), "provider", orNone(a.provider()),
                    "immunisations", a.immunisationsUpToDate() == null ? none() : Words.get(Named.key(a.immunisationsUpToDate())),
                    "sdq", a.sdqScore() == null ? "" : String.valueOf(a.sdqScore())));
            if (a.sdqScore() != null) {
                sdq.add(Map.of("date", date, "score", String.valueOf(a.sdqScore()),
                        "band", Words.get(SdqBand.of(a.sdqScore()).key())));
            }
            DentalFindings d = a.dental();
            if (d != null && !d.equals(DentalFindings.NONE)) {
                dental.add(Map.of("date", date,
                        "registered", d.registeredWithDentist() == null ? none() : Words.get(Named.key(d.registeredWithDentist())),
                        "lastCheck", d.lastCheckDate() == null ? none() : Dates.written(d.lastCheckDate()),
                        "caries", yesNo(d.cariesFound()), "referral", yesNo(d.referralMade())));
            }
            if (a.immunisationsUpToDate() != null) {
                immunisations = a.immunisationsUpToDate();
            }
        }
        f.put("immunisations", immunisations == null ? none() : Words.get(Named.key(immunisations)));
        f.put("assessments", assessments);
        f.put("sdqScores", sdq);
        f.put("dental", dental);
        List<Map<String, Object>> screening = new ArrayList<>();
        done.stream().filter(a -> a.uascReview() != null).reduce((first, second) -> second)
                .ifPresent(a -> {
                    for (UascScreening s : a.uascReview().screening().stream()
                            .sorted(Comparator.comparing(UascScreening::item)).toList()) {
                        screening.add(Map.of("item", Words.get(Named.key(s.item())),
                                "outcome", s.outcome() == null ? none() : Words.get(Named.key(s.outcome())),
                                "offeredOn", s.offeredOn() == null ? none() : Dates.written(s.offeredOn())));
                    }
                });
        f.put("uascScreening", screening);
        f.put("uasc", screening.isEmpty() ? List.of() : List.of(Map.of()));
        return f;
    }

    private Made make(Kind kind, long childId, Map<String, Object> fields, Path out) throws IOException {
        return make(kind, childId, null, fields, out);
    }

    /** @param stepId the escalation step a letter is for (its entry in the trail names it), else null */
    private Made make(Kind kind, long childId, Long stepId, Map<String, Object> fields, Path out) throws IOException {
        String name = kind.fileName() + ".html";
        String filled = DocumentTemplate.parse(name, template(name)).fill(fields);
        PdfDocument.Rendered pdf = PdfDocument.render(name, filled, Words.get(kind.titleKey));
        WholeFile.write(out, stream -> stream.write(pdf.bytes()));
        context.repositories().access().documented(kind.fileName(), childId, stepId, out.toAbsolutePath().toString());
        return new Made(out, pdf.pages());
    }

    /** The team's template, or the shipped one, put in the templates folder the first time. */
    private String template(String name) throws IOException {
        Path file = templates.resolve(name);
        if (!Files.exists(file)) {
            try (InputStream shipped = DocumentService.class.getResourceAsStream("/lactracker/documents/" + name)) {
                byte[] text = shipped.readAllBytes();
                try {
                    Files.createDirectories(templates);
                    WholeFile.write(file, stream -> stream.write(text));
                } catch (IOException e) {
                    return new String(text, StandardCharsets.UTF_8); // a folder it may not write: the shipped one, as it is
                }
            }
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new lactracker.io.FileFormatException(Words.format("document.template.notUtf8", file), e);
        } catch (IOException e) {
            throw new lactracker.io.FileFormatException(Words.format("document.template.unreadable", file), e);
        }
    }

    /** The child's name as they would write it, given name first. */
    private static String fullName(Child child) {
        return child.givenName() != null && child.familyName() != null ? child.givenName() + " " + child.familyName()
                : ChildSummary.displayName(child);
    }

    /** The child with LA id {@code laChildId}, or a refusal naming it. */
    private Child child(String laChildId) {
        return context.repositories().children().findByLaChildId(laChildId.strip())
                .orElseThrow(() -> new UserFacingException(Words.format("document.noChild", laChildId.strip())));
    }

    private static LocalDate dateOf(HealthAssessment a) {
        return a.completedOn() != null ? a.completedOn() : a.outcomeDate();
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? none() : s;
    }

    private static String none() {
        return Words.get("document.none");
    }

    private static String yesNo(Boolean b) {
        return b == null ? none() : Words.get(b ? "answer.yes" : "answer.no");
    }
}
