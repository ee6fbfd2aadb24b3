package lactracker.app;

import lactracker.testdata.Databases;
import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import lactracker.domain.Child;
import lactracker.domain.Episode;
import lactracker.domain.PlacementLocation;
import lactracker.domain.RecordSource;
import lactracker.io.Extract903;
import lactracker.domain.Rejection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing the 903 extract into a real database: what is new, updated, unchanged and rejected. */
class Import903Test {
    private static final Path SAMPLE = Path.of("src/test/resources/ssda903-sample");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2018-06-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";

    @TempDir
    Path dir;
    AppContext context;
    Import903 importer;

    /** The database the tests start from: a fresh H2 file here; a server's in the OnPostgres twin (issue 23). */
    AppContext openContext(java.time.Clock clock, String user) {
        return AppContext.open(Databases.fresh(dir.resolve("db")), clock, user);
    }

    @BeforeEach
    void open() {
        context = openContext(CLOCK, "test.nurse");
        importer = Import903.of(context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Import903.Plan importFiles(List<Path> paths) throws Exception {
        Import903.Plan plan = importer.check(Extract903.read(paths, LocalDate.now(CLOCK)), "test");
        importer.apply(plan, "test.nurse");
        return plan;
    }

    private static List<String> lines(Import903.Plan plan) {
        return plan.summaries().stream().map(Import903.TableSummary::line).toList();
    }

    @Test
    void theSampleExtractImportsWithItsOverlappingEpisodesRejected() throws Exception {
        Import903.Plan plan = importFiles(List.of(SAMPLE));

        assertThat(lines(plan)).containsExactly(
                "header: 2675 read, 2675 new, 0 updated, 0 unchanged, 0 rejected",
                "episodes: 5050 read, 4978 new, 0 updated, 0 unchanged, 72 rejected",
                "uasc: 132 read, 132 new, 0 updated, 0 unchanged, 0 rejected",
                "oc2: 2675 read, 2675 new, 0 updated, 0 unchanged, 0 rejected");
        assertThat(plan.rejections()).first().satisfies(r -> {
            assertThat(r.file()).isEqualTo("episodes.csv");
            assertThat(r.column()).isEqualTo("DECOM");
            assertThat(r.reason()).contains("episodes cannot overlap");
        });
        assertThat(context.repositories().children().count()).isEqualTo(2675);
        assertThat(context.repositories().episodes().count()).isEqualTo(4978);
        assertThat(context.repositories().importRuns().findLatest(1)).singleElement()
                .satisfies(run -> assertThat(run.rejectedRows()).isEqualTo(72));
    }

    @Test
    void newRowsAreAuditedByTheirCountAndChangesToExistingRecordsOneByOne() throws Exception {
        importFiles(List.of(SAMPLE));
        var log = lactracker.store.jooq.Tables.AUDIT_LOG;
        var entries = context.database().dsl().select(log.TABLE_NAME, log.RECORD_ID, log.NEW_VALUES).from(log)
                .orderBy(log.ID).fetch();
        assertThat(entries.getValues(log.TABLE_NAME)).as("decision 0018: a count per table, then the run")
                .containsExactly("child", "episode", "oc2_outcome", "import_run");
        assertThat(entries.get(0).get(log.NEW_VALUES)).isEqualTo("{\"rowsAdded\":2675}");
        assertThat(entries.get(1).get(log.NEW_VALUES)).isEqualTo("{\"rowsAdded\":4978}");
        assertThat(context.repositories().caseload().loadAll()).as("every new child's stored copy is made")
                .hasSize(2675);

        Path header = write("h.csv", HEADER + "A1,2,15/05/2010,WBRI,,,\n");
        importFiles(List.of(header));
        Child a1 = context.repositories().children().findByLaChildId("A1").orElseThrow();
        importFiles(List.of(write("h.csv", HEADER + "A1,2,15/05/2010,WIRI,,,\n")));
        assertThat(context.repositories().auditLog().findByChild(a1.id())).as("a change to an existing child, one by one")
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("update");
                    assertThat(e.newValues()).contains("WIRI");
                });
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws Exception {
        importFiles(List.of(SAMPLE));
        int audited = context.repositories().auditLog().count();

        Import903.Plan again = importFiles(List.of(SAMPLE));

        assertThat(lines(again)).containsExactly(
                "header: 2675 read, 0 new, 0 updated, 2675 unchanged, 0 rejected",
                "episodes: 5050 read, 0 new, 0 updated, 4978 unchanged, 72 rejected",
                "uasc: 132 read, 0 new, 0 updated, 132 unchanged, 0 rejected",
                "oc2: 2675 read, 0 new, 0 updated, 2675 unchanged, 0 rejected");
        assertThat(context.repositories().auditLog().count()).as("only the import run itself").isEqualTo(audited + 1);
    }

    @Test
    void aLaterExtractUpdatesByKeyAndKeepsWhatTheTeamTyped() throws Exception {
        Path header = write("h.csv", HEADER + "A1,2,15/05/2010,WBRI,,,\n");
        importFiles(List.of(header, write("e.csv", EPISODES + "A1,09/01/2017,S,C2,N1,U1,PR1,,,,AL1,AL1 1AA,\n")));
        Child child = context.repositories().children().findByLaChildId("A1").orElseThrow();
        context.repositories().children().update(child.withTeamFields("Testa", "Fakename", "9434765919", null, null,
                null, null, false, null, "typed by the team"));
        Episode episode = context.repositories().episodes().findByChild(child.id()).get(0);
        context.repositories().episodes().update(new Episode(episode.id(), episode.childId(), episode.startDate(),
                episode.reasonNewEpisode(), episode.legalStatus(), episode.categoryOfNeed(), episode.placementType(),
                episode.placementProvider(), null, null, null, episode.homePostcode(), episode.placementPostcode(),
                null, null, null, null, PlacementLocation.OUT));
        context.repositories().caseload().loadAll(); // the stored copy as it stands before the later extract

        Import903.Plan plan = importFiles(List.of(write("h.csv", HEADER + "A1,2,15/05/2010,WIRI,,,\n"),
                write("e.csv", EPISODES + "A1,09/01/2017,S,C2,N1,U1,PR1,30/06/2017,E4A,,AL1,AL1 1AA,\n")));

        assertThat(lines(plan)).containsExactly(
                "header: 1 read, 0 new, 1 updated, 0 unchanged, 0 rejected",
                "episodes: 1 read, 0 new, 1 updated, 0 unchanged, 0 rejected");
        Child after = context.repositories().children().findByLaChildId("A1").orElseThrow();
        assertThat(after.ethnicity()).isEqualTo("WIRI");
        assertThat(after.nhsNumber()).isEqualTo("9434765919");
        assertThat(after.notes()).isEqualTo("typed by the team");
        Episode ended = context.repositories().episodes().findByChild(after.id()).get(0);
        assertThat(ended.endDate()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(ended.outOfCountyOverride()).as("the team's override survives").isEqualTo(PlacementLocation.OUT);
        // The whole caseload's stored copy of the child has the import's changes too (decision 0009).
        var whole = context.repositories().caseload().loadAll();
        assertThat(whole).singleElement().satisfies(c -> {
            assertThat(c.child()).isEqualTo(after);
            assertThat(c.episodes()).containsExactly(ended);
        });
    }

    @Test
    void aChildAddedByHandIsMatchedByItsLaIdWhenTheExtractCatchesUp() throws Exception {
        context.repositories().children().insert(aChild().withLaId("M7").addedByHand().named("Emergency", "Placement")
                .bornOn(LocalDate.of(2012, 2, 2)).build());

        Import903.Plan plan = importFiles(List.of(write("h.csv", HEADER + "M7,2,02/02/2012,WBRI,,,\n")));

        assertThat(lines(plan)).containsExactly("header: 1 read, 0 new, 1 updated, 0 unchanged, 0 rejected");
        Child matched = context.repositories().children().findByLaChildId("M7").orElseThrow();
        assertThat(matched.source()).isEqualTo(RecordSource.EXTRACT);
        assertThat(matched.givenName()).isEqualTo("Emergency");
        assertThat(context.repositories().children().count()).isEqualTo(1);
    }

    @Test
    void aFieldLongerThanTheRecordHoldsRejectsItsRowAndTheGoodRowsAreImported() throws Exception {
        Path header = write("h.csv", HEADER + "123456789012345678901,1,01/03/2012,WBRI,,,\n"
                + "L2,1,01/03/2012,WBRI,A1234567890123,,\n"
                + "L3,1,01/03/2012,WBRI,,,\n");
        Path episodes = write("e.csv", EPISODES
                + "L3,09/01/2017,S,C2,N1,U1,PR1,,,,AL1 1AAXX,,\n"
                + "L3,09/02/2017,S,C2,N1,U1,PR1,,,,,AL1 1AA,12345678901\n"
                + "L3,09/03/2017,S,C2,N1,U1,PR1,,,,,AL1 1AA,1234567890\n"
                + "L2,09/01/2017,S,C2,N1,U1,PR1,,,,,,\n");

        Import903.Plan plan = importFiles(List.of(header, episodes));

        assertThat(plan.rejections()).extracting(Rejection::file, Rejection::line, Rejection::column, Rejection::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("e.csv", 2, "HOME_POST", "HOME_POST is longer than 8 characters."),
                        org.assertj.core.groups.Tuple.tuple("e.csv", 3, "URN", "URN is longer than 10 characters."),
                        org.assertj.core.groups.Tuple.tuple("e.csv", 5, "CHILD", "CHILD L2's row in the header table was "
                                + "rejected (h.csv line 3), so this episode has no child to belong to."),
                        org.assertj.core.groups.Tuple.tuple("h.csv", 2, "CHILD", "CHILD (child id) is longer than 20 characters."),
                        org.assertj.core.groups.Tuple.tuple("h.csv", 3, "UPN", "UPN is longer than 13 characters."));
        assertThat(context.repositories().children().count()).isEqualTo(1);
        assertThat(context.repositories().episodes().count()).isEqualTo(1);
    }

    @Test
    void aRowCutShortIsRejectedAndNeverBlanksWhatIsStored() throws Exception {
        Path header = write("h.csv", HEADER + "T1,1,01/03/2012,WBRI,,,\n");
        importFiles(List.of(header, write("e.csv", EPISODES + "T1,09/01/2017,S,C2,N1,U1,PR1,01/03/2017,E4A,,,AL1 1AA,\n")));

        // the same episode again, the file cut off after DECOM's neighbours: DEC, REC and the postcodes missing
        Import903.Plan plan = importFiles(List.of(header, write("e2.csv", EPISODES + "T1,09/01/2017,S,C2,N1,U1,PR1\n")));

        assertThat(plan.rejections()).extracting(Rejection::line, Rejection::column, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "ROW", "This row has 7 fields where the first row has 13 "
                        + "columns: it looks cut short, so none of it was imported."));
        var stored = context.repositories().episodes().findAll().get(0);
        assertThat(stored.endDate()).isEqualTo(LocalDate.of(2017, 3, 1));
        assertThat(stored.reasonCeased()).isEqualTo("E4A");
    }

    @Test
    void aDateBefore1900OrMoreThanAYearAheadIsABadRow() throws Exception {
        Path header = write("h.csv", HEADER + "D1,1,01/01/1800,WBRI,,,\nD2,1,01/03/2012,WBRI,,,\n");
        Path episodes = write("e.csv", EPISODES + "D2,09/01/2017,S,C2,N1,U1,PR1,31/12/9999,E4A,,,,\n");

        Import903.Plan plan = importFiles(List.of(header, episodes));

        assertThat(plan.rejections()).extracting(Rejection::file, Rejection::column, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("e.csv", "DEC", "DEC (date episode ceased) 31 Dec 9999 cannot be "
                        + "right: the tracker takes dates from 1900 to a year from today."),
                org.assertj.core.groups.Tuple.tuple("h.csv", "DOB", "DOB (date of birth) 1 Jan 1800 cannot be right: "
                        + "the tracker takes dates from 1900 to a year from today."));
    }

    @Test
    void rowsThatDisagreeWithOtherRowsAreRejectedWithTheirReasons() throws Exception {
        Path header = write("h.csv", HEADER + "B1,1,01/03/2012,WBRI,,,\nB1,1,01/03/2012,WBRI,,,\n");
        Path episodes = write("e.csv", EPISODES
                + "B1,09/01/2017,S,C2,N1,U1,PR1,,,,,,\n"
                + "B1,09/01/2017,P,C2,N1,U4,PR1,,,,,,\n"
                + "B1,01/02/2012,S,C2,N1,U1,PR1,05/02/2012,E4A,,,,\n"
                + "ZZ,09/01/2017,S,C2,N1,U1,PR1,,,,,,\n");

        Import903.Plan plan = importFiles(List.of(header, episodes));

        assertThat(plan.rejections()).extracting(Rejection::file, Rejection::line, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("e.csv", 3, "Another episode of CHILD B1 starts on 9 Jan 2017 "
                        + "(line 2): an episode is keyed by child and start date."),
                org.assertj.core.groups.Tuple.tuple("e.csv", 4, "DECOM (date episode started) 1 Feb 2012 is before "
                        + "the child's date of birth, 1 Mar 2012."),
                org.assertj.core.groups.Tuple.tuple("e.csv", 5, "CHILD ZZ has no row in the header table, so this "
                        + "episode has no child to belong to."),
                org.assertj.core.groups.Tuple.tuple("h.csv", 3, "CHILD B1 appears more than once in the header table; "
                        + "only its first row is used."));
        assertThat(context.repositories().episodes().count()).isEqualTo(1);
    }

    @Test
    void anImportStoppedPartWayRollsBackWhole() throws Exception {
        Import903.Plan plan = importer.check(Extract903.read(List.of(SAMPLE), LocalDate.now(CLOCK)), "test");
        int[] calls = {0};

        // stops at the second check: after the children's batch was written, before the episodes
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.apply(plan, "nurse", () -> ++calls[0] > 1))
                .isInstanceOf(java.util.concurrent.CancellationException.class);

        assertThat(calls[0]).isEqualTo(2);
        assertThat(context.repositories().children().count()).isZero();
        assertThat(context.repositories().auditLog().count()).isZero();
        assertThat(context.repositories().importRuns().findLatest(1)).isEmpty();
    }

    @Test
    void checkingAloneWritesNothing() throws Exception {
        Import903.Plan plan = importer.check(Extract903.read(List.of(SAMPLE), LocalDate.now(CLOCK)), "test");

        assertThat(plan.changesAnything()).isTrue();
        assertThat(context.repositories().children().count()).isZero();
        assertThat(context.repositories().auditLog().count()).isZero();
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
