package lactracker.app;

import lactracker.testdata.Databases;
import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import lactracker.domain.AssessmentType;
import lactracker.domain.Child;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Outcome;
import lactracker.domain.Rejection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-formats.md, the team's own assessment records: checks, matching on re-import, NHS numbers. */
class ImportAssessmentsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2018-06-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String HEADER = "CHILD,NHS_NUMBER,TYPE,REQUEST_RECEIVED,COMPLETED,OUTCOME,PRACTITIONER,ROLE,"
            + "PROVIDER,OUT_OF_AREA,IMMUNISATIONS_UP_TO_DATE,SDQ_SCORE,DENTAL_CHECK_DATE,CARIES,DENTAL_FOLLOW_UP_DATE,DELAY_REASON\n";

    @TempDir
    Path dir;
    AppContext context;
    ImportAssessments importer;
    Child a;
    Child b;

    /** The database the tests start from: a fresh H2 file here; a server's in the OnPostgres twin (issue 23). */
    AppContext openContext(java.time.Clock clock, String user) {
        return AppContext.open(Databases.fresh(dir.resolve("db")), clock, user);
    }

    @BeforeEach
    void open() {
        context = openContext(CLOCK, "nurse");
        importer = ImportAssessments.of(context);
        a = context.repositories().children().insert(aChild().withLaId("A").bornOn(LocalDate.of(2010, 1, 1)).build());
        b = context.repositories().children().insert(aChild().withLaId("B").bornOn(LocalDate.of(2016, 1, 1))
                .withNhsNumber("4010232137").build());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private ImportAssessments.Plan importFile(String rows) throws Exception {
        Path file = dir.resolve("tracker.csv");
        Files.writeString(file, HEADER + rows);
        ImportAssessments.Plan plan = importer.check(file);
        importer.apply(plan, "nurse");
        return plan;
    }

    @Test
    void goodRowsAreImportedAndBadOnesRejectedWithTheirReasons() throws Exception {
        ImportAssessments.Plan plan = importFile(""
                + "A,943 476 5919,IHA,10/01/2017,01/02/2017,,Dr Invented,doctor,Fake Trust,N,Y,12,01/12/2016,N,,\n"
                + "A,,RHA,,25/01/2018,refused,,,,,,,,,,child_refused\n"
                + "A,,RHA,,01/02/2018,,Nurse Invented,nurse,Fake Trust,Y,Y,14,10/01/2018,Y,15/03/2018,\n"
                + "B,,IHA,,20/02/2017,,Nurse Invented,nurse,,,,,,,,\n"
                + "B,9434765919,RHA,,01/03/2017,,Nurse,nurse,,,,,,,,\n"
                + "Z,,IHA,,01/03/2017,,Dr,doctor,,,,,,,,\n"
                + "A,,RHA,,01/03/2019,,Nurse,nurse,,,,,,,,\n"
                + "A,,IHA,,01/01/2009,,Dr,doctor,,,,,,,,\n"
                + "A,,XHA,,01/01/2017,,,,,,,,,,,\n"
                + "A,1234567890,RHA,,01/04/2018,,Nurse,nurse,,,,,,,,\n"
                + "A,,RHA,,01/05/2018,,Nurse,nurse,,,,41,,,,\n");

        assertThat(plan.line()).isEqualTo("assessments: 11 read, 3 new, 0 updated, 0 unchanged, 8 rejected");
        assertThat(plan.rejections()).extracting(Rejection::line, Rejection::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(5, "An IHA is done by a doctor; this row says a nurse."),
                org.assertj.core.groups.Tuple.tuple(6, "NHS_NUMBER differs from the one recorded for CHILD B; check "
                        + "which is right before importing."),
                org.assertj.core.groups.Tuple.tuple(7, "CHILD Z is not a child in the tracker: import the 903 extract "
                        + "first, or add the child by hand."),
                org.assertj.core.groups.Tuple.tuple(8, "COMPLETED 1 Mar 2019 is in the future."),
                org.assertj.core.groups.Tuple.tuple(9, "The date 1 Jan 2009 is before the child's date of birth, 1 Jan 2010."),
                org.assertj.core.groups.Tuple.tuple(10, "TYPE \"XHA\" is not IHA or RHA."),
                org.assertj.core.groups.Tuple.tuple(11, "NHS_NUMBER: This is not a valid NHS number: its check digit "
                        + "does not match. Check it for a mistyped digit."),
                org.assertj.core.groups.Tuple.tuple(12, "SDQ_SCORE (SDQ total score) 41 is not from 0 to 40."));

        var stored = context.repositories().assessments().findByChild(a.id());
        assertThat(stored).extracting(HealthAssessment::type, HealthAssessment::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AssessmentType.IHA, Outcome.COMPLETED),
                org.assertj.core.groups.Tuple.tuple(AssessmentType.RHA, Outcome.REFUSED),
                org.assertj.core.groups.Tuple.tuple(AssessmentType.RHA, Outcome.COMPLETED));
        assertThat(stored.get(2).dental().cariesFound()).isTrue();
        assertThat(stored.get(2).outOfArea()).isTrue();
        assertThat(context.repositories().children().findById(a.id()).orElseThrow().nhsNumber())
                .as("the NHS number is taken when the child had none").isEqualTo("9434765919");
    }

    @Test
    void oneNhsNumberForTwoChildrenRejectsTheRowNotTheFile() throws Exception {
        context.repositories().children().insert(aChild().withLaId("C").bornOn(LocalDate.of(2011, 1, 1)).build());

        ImportAssessments.Plan plan = importFile(""
                + "A,401 023 2137,RHA,,01/03/2017,,Nurse,nurse,,,,,,,,\n"       // B's number, in the tracker
                + "A,943 476 5919,RHA,,02/03/2017,,Nurse,nurse,,,,,,,,\n"
                + "C,9434765919,RHA,,03/03/2017,,Nurse,nurse,,,,,,,,\n"         // A's, given on line 3
                + "C,,RHA,,04/03/2017,,Nurse,nurse,,,,,,,,\n");

        assertThat(plan.rejections()).extracting(Rejection::line, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "NHS_NUMBER 401 023 2137 is CHILD B's (in the tracker): one NHS "
                        + "number cannot belong to two children; check which is right before importing."),
                org.assertj.core.groups.Tuple.tuple(4, "NHS_NUMBER 943 476 5919 is CHILD A's (line 3): one NHS number "
                        + "cannot belong to two children; check which is right before importing."));
        assertThat(plan.createdCount()).isEqualTo(2);
        assertThat(context.repositories().children().findById(a.id()).orElseThrow().nhsNumber()).isEqualTo("9434765919");
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        String rows = "A,,IHA,10/01/2017,01/02/2017,,Dr Invented,doctor,,,,,,,,\n"
                + "A,,RHA,,01/02/2018,,Nurse Invented,nurse,,,,,,,,\n";
        importFile(rows);

        ImportAssessments.Plan again = importFile(rows);

        assertThat(again.line()).isEqualTo("assessments: 2 read, 0 new, 0 updated, 2 unchanged, 0 rejected");
        assertThat(context.repositories().assessments().count()).isEqualTo(2);
    }

    @Test
    void aCorrectedRowUpdatesWhatAnEarlierImportWroteButNeverWhatTheTeamTyped() throws Exception {
        context.repositories().assessments().insert(anIha().forChild(b.id()).completedOn(LocalDate.of(2017, 2, 20)).build());
        importFile("A,,RHA,,01/02/2018,,Nurse Invented,nurse,,,,10,,,,\n");

        ImportAssessments.Plan plan = importFile("A,,RHA,,01/02/2018,,Nurse Invented,nurse,,,,15,,,,\n"
                + "B,,IHA,,20/02/2017,,Dr Other,doctor,,,,,,,,\n");

        assertThat(plan.line()).isEqualTo("assessments: 2 read, 0 new, 1 updated, 1 unchanged, 0 rejected");
        assertThat(context.repositories().assessments().findByChild(a.id()).get(0).sdqScore()).isEqualTo(15);
        assertThat(context.repositories().assessments().findByChild(b.id()).get(0).practitionerName())
                .isEqualTo("Dr Invented Person");
    }
}
