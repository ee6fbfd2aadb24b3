package lactracker.app;

import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.AssessmentBuilder.anRha;
import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import lactracker.domain.Access;
import lactracker.domain.Child;
import lactracker.domain.DentalFindings;
import lactracker.domain.ScreeningItem;
import lactracker.domain.ScreeningOutcome;
import lactracker.domain.UascReview;
import lactracker.domain.UascScreening;
import lactracker.domain.YesNoUnknown;
import lactracker.io.FileFormatException;
import lactracker.testdata.Databases;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24: a care leaver's health summary made from an invented child's record, opened and read back: the
 * marking on every page, their history in order, the team's template put in the data folder and used,
 * a template the tracker cannot fill refused with nothing written, the making in the audit trail.
 */
public class DocumentServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void seed() {
        db = Databases.fresh(dir.resolve("data").resolve("tracker"));
        try (AppContext c = AppContext.open(db, CLOCK, "seed")) {
            var r = c.repositories();
            Child child = r.children().insert(aChild().withLaId("L18").named("Żaneta", "Invented").uasc()
                    .bornOn(LocalDate.of(2008, 12, 20)).build());
            r.assessments().insert(anIha().forChild(child.id()).requestedOn(LocalDate.of(2021, 3, 1))
                    .completedOn(LocalDate.of(2021, 3, 20)).withSdq(18)
                    .withDental(new DentalFindings(YesNoUnknown.NO, null, null, true, true, LocalDate.of(2021, 3, 20), null))
                    .withUascReview(new UascReview(true, "Tigrinya", "Eritrea", LocalDate.of(2021, 2, 1), false, false, true,
                            true, false, true, List.of(new UascScreening(ScreeningItem.TB, LocalDate.of(2021, 3, 20),
                                    ScreeningOutcome.DONE), new UascScreening(ScreeningItem.HIV, LocalDate.of(2021, 3, 20),
                                    ScreeningOutcome.DECLINED))))
                    .build());
            r.assessments().insert(anRha().forChild(child.id()).requestedOn(LocalDate.of(2022, 2, 1))
                    .completedOn(LocalDate.of(2022, 3, 1)).withSdq(12).build());
        }
    }

    @Test
    void theSummaryHoldsTheHistoryInOrderMarkedOnEveryPageAndItsMakingIsAudited() throws Exception {
        Path out = dir.resolve("summary.pdf");
        try (AppContext nurse = AppContext.open(db, CLOCK, "n.one", Access.NURSE)) {
            var made = new AppServices(nurse).documents().careLeaverSummary("L18", out);
            assertThat(made.pages()).isPositive();
            assertThat(nurse.database().dsl().fetchValues(
                    "SELECT new_values FROM audit_log WHERE table_name = 'document'").stream().map(String::valueOf).toList())
                    .singleElement().asString().contains("care-leaver-summary").contains(out.toAbsolutePath().toString());
        }
        String text = textOf(out);
        assertThat(text).contains("OFFICIAL-SENSITIVE: PERSONAL").contains("Your health summary")
                .contains("Żaneta Invented").contains("20 Dec 2008").contains("20 Dec 2026") // turning 18
                .containsSubsequence("TB", "Done", "HIV", "Declined")
                .contains("18 (a cause for concern, 17-40)").contains("12 (normal, 0-13)");
        assertThat(text.indexOf("20 Mar 2021")).as("the IHA before the RHA").isLessThan(text.indexOf("1 Mar 2022"));
        assertThat(Files.exists(dir.resolve("data").resolve("templates").resolve("care-leaver-summary.html")))
                .as("the shipped template put where the team can edit it").isTrue();
    }

    @Test
    void theTeamsOwnTemplateIsUsedAndOneTheTrackerCannotFillIsRefusedWithNothingWritten() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("data").resolve("templates"));
        Files.writeString(templates.resolve("care-leaver-summary.html"), "<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>t</title></head><body><p>Our own words for {{name}}</p></body></html>");
        Path out = dir.resolve("own.pdf");
        try (AppContext nurse = AppContext.open(db, CLOCK, "n.one", Access.NURSE)) {
            new AppServices(nurse).documents().careLeaverSummary("L18", out);
        }
        assertThat(textOf(out)).contains("Our own words for Żaneta Invented").contains("OFFICIAL-SENSITIVE: PERSONAL");

        Files.writeString(templates.resolve("care-leaver-summary.html"), "<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>t</title></head>\n<body><p>{{favouriteColour}}</p></body></html>");
        Path refused = dir.resolve("refused.pdf");
        try (AppContext nurse = AppContext.open(db, CLOCK, "n.one", Access.NURSE)) {
            assertThatThrownBy(() -> new AppServices(nurse).documents().careLeaverSummary("L18", refused))
                    .isInstanceOf(FileFormatException.class)
                    .hasMessageStartingWith("The template care-leaver-summary.html asks for {{favouriteColour}} on line 2");
            assertThatThrownBy(() -> new AppServices(nurse).documents().careLeaverSummary("ZZ9", refused))
                    .hasMessage("No child has the LA id ZZ9.");
        }
        Files.write(templates.resolve("care-leaver-summary.html"), new byte[] {'<', 'p', '>', (byte) 0xff, (byte) 0xfe});
        try (AppContext nurse = AppContext.open(db, CLOCK, "n.one", Access.NURSE)) {
            assertThatThrownBy(() -> new AppServices(nurse).documents().careLeaverSummary("L18", refused))
                    .isInstanceOf(FileFormatException.class).hasMessageContaining("is not saved as UTF-8 text");
        }
        assertThat(refused).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void anEscalationLetterNamesTheChildByLaIdAndBirthOnlyWithTheStepsBeforeIt() throws Exception {
        try (AppContext lead = AppContext.open(db, CLOCK, "t.lead", Access.TEAM_LEAD)) {
            long childId = lead.repositories().children().findByLaChildId("L18").orElseThrow().id();
            lead.repositories().escalations().insert(new lactracker.domain.Escalation(null, childId,
                    lactracker.domain.AssessmentType.RHA, LocalDate.of(2026, 11, 20), null, "Invented Shire",
                    "Invented Community Trust", LocalDate.of(2026, 11, 2), null, null, List.of(
                            new lactracker.domain.EscalationStep(null, 1, LocalDate.of(2026, 11, 2), "LAC admin, Invented Trust",
                                    "A date for the RHA?", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 10), "Soon"),
                            new lactracker.domain.EscalationStep(null, 2, LocalDate.of(2026, 11, 25),
                                    "Designated nurse, Invented Shire", "Please book the RHA & tell us <when>.",
                                    LocalDate.of(2026, 12, 9), null, null))));
            Path letter = dir.resolve("letter.pdf");
            new AppServices(lead).documents().escalationLetter("L18", null, letter);
            String text = textOf(letter);
            assertThat(text).contains("OFFICIAL-SENSITIVE: PERSONAL").contains("Escalation, level 2 (2: designated nurse)")
                    .contains("L18").contains("20 Dec 2008").contains("RHA, due 20 Nov 2026")
                    .contains("Please book the RHA & tell us <when>.").contains("Please respond by 9 Dec 2026")
                    .containsSubsequence("Steps taken before this one", "2 Nov 2026", "LAC admin, Invented Trust", "Soon")
                    .doesNotContain("Żaneta").doesNotContain("Invented Żaneta");

            Path first = dir.resolve("first.pdf");
            new AppServices(lead).documents().escalationLetter("L18", 1, first);
            assertThat(textOf(first)).contains("This is the first step.").contains("Please respond by 16 Nov 2026");
            assertThatThrownBy(() -> new AppServices(lead).documents().escalationLetter("L18", 3, dir.resolve("x.pdf")))
                    .hasMessage("The child L18's escalation has no step at level 3.");

            // Each letter is kept beside its step: the trail names the step, when, who and where.
            var steps = lead.repositories().escalations().findByChild(childId).get(0).steps();
            var letters = new AppServices(lead).escalations().letters(childId);
            assertThat(letters).containsOnlyKeys(steps.get(0).id(), steps.get(1).id());
            assertThat(letters.get(steps.get(1).id())).satisfies(l -> {
                assertThat(l.where()).isEqualTo(letter.toAbsolutePath().toString());
                assertThat(l.username()).isEqualTo("t.lead");
            });
            assertThat(letters.get(steps.get(0).id()).where()).isEqualTo(first.toAbsolutePath().toString());
        }
        try (AppContext nurse = AppContext.open(db, CLOCK, "n.one", Access.NURSE)) {
            assertThatThrownBy(() -> new AppServices(nurse).documents().escalationLetter("L18", null, dir.resolve("n.pdf")))
                    .isInstanceOf(lactracker.domain.NotAllowedException.class);
        }
    }

    @Test
    void anIhaRequestSaysWhenTheChildCameIntoCareWhereTheyArePlacedAndWhenItIsDue() throws Exception {
        try (AppContext nurse = AppContext.open(db, CLOCK, "n.one", Access.NURSE)) {
            var r = nurse.repositories();
            long lead = r.team().insert(new lactracker.domain.TeamMember(null, "Invented Nurse", lactracker.domain.TeamRole.NURSE,
                    null, true)).id();
            Child child = r.children().insert(aChild().withLaId("N1").named("Testa", "Fakename").withNurse(lead)
                    .withNhsNumber("9434765919")
                    .bornOn(LocalDate.of(2015, 5, 5)).build());
            // in care from Monday 9 Nov 2026: the IHA is due 20 working days on, Monday 7 Dec
            r.episodes().insert(lactracker.testdata.EpisodeBuilder.anEpisode().forChild(child.id())
                    .startingOn(LocalDate.of(2026, 11, 9)).placedAt("ME1 1AA", lactracker.domain.PlacementLocation.OUT).build());
            Path out = dir.resolve("iha.pdf");
            new AppServices(nurse).documents().ihaRequest("N1", out);
            assertThat(textOf(out)).contains("Request for an initial health assessment").contains("Testa Fakename")
                    .contains("5 May 2015").contains("NHS number 943 476 5919").contains("Came into care 9 Nov 2026").contains("Placed Out of county")
                    .contains("LAC nurse Invented Nurse").contains("The assessment is due by 7 Dec 2026.")
                    .doesNotContain("unaccompanied");
            assertThatThrownBy(() -> new AppServices(nurse).documents().ihaRequest("L18", dir.resolve("none.pdf")))
                    .hasMessage("The child L18 has no initial health assessment due: no period of care is recorded for them.");
        }
    }

    /** The text of a PDF, as PDFBox reads it. */
    public static String textOf(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
