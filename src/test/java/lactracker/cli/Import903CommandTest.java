package lactracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import lactracker.app.AppContext;
import lactracker.app.AppPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cli.md's import-903: summary lines, the rejects file, dry runs and exit statuses. */
class Import903CommandTest {
    private static final String SAMPLE = "src/test/resources/ssda903-sample";

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(AppPaths.forThisUser(), (db, logs) -> {
            throw new AssertionError("no window for a command");
        }, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private int children() {
        try (AppContext c = AppContext.open(dir.resolve("db"), Clock.systemUTC(), "check")) {
            return c.childrenCount();
        }
    }

    @Test
    void rejectedRowsGiveExitThreeASummaryAndTheirReasonsInTheRejectsFile() throws Exception {
        Path rejects = dir.resolve("rejects.csv");

        int status = run("--db", dir.resolve("db").toString(), "import-903", SAMPLE, "--rejects", rejects.toString());

        assertThat(status).isEqualTo(ExitCodes.DONE_WITH_REJECTS);
        assertThat(out.toString()).contains("episodes: 5050 read, 4978 new, 0 updated, 0 unchanged, 72 rejected");
        assertThat(Files.readAllLines(rejects)).first().isEqualTo("FILE,LINE,COLUMN,REASON,KIND");
        assertThat(Files.readAllLines(rejects)).filteredOn(l -> l.endsWith(",rejected")).hasSize(72);
        assertThat(err.toString()).contains("reviews.csv: a 903 table the tracker does not use; left aside.")
                .contains("A new database was made: " + dir.resolve("db.mv.db").toAbsolutePath() + ".");
        assertThat(children()).isEqualTo(2675);
    }

    @Test
    void episodesReadRatherThanRejectedAreImportedAndListedAsWarnings() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("extract"));
        Files.writeString(folder.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
                + "900001,1,01/01/2010,WBRI,,,\n");
        Files.writeString(folder.resolve("episodes.csv"), String.join("\n",
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
                "900001,09/01/2017,S,C2,N1,U1,PR1,01/03/2017,E4A,,,,",
                "900001,01/03/2017,P,C2,N1,U1,PR1,01/06/2017,E4A,,,,",    // same day after E4A, not X1
                "900001,01/09/2017,P,C2,N1,U1,PR1,,,,,,") + "\n");        // a gap, RNE P not S
        Path rejects = dir.resolve("rejects.csv");

        int status = run("--db", dir.resolve("db").toString(), "import-903", folder.toString(), "--rejects",
                rejects.toString());

        assertThat(status).as("warnings are not rejections").isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("episodes: 3 read, 3 new, 0 updated, 0 unchanged, 0 rejected");
        assertThat(err.toString()).contains("2 rows were imported with a warning");
        assertThat(Files.readAllLines(rejects)).containsExactly("FILE,LINE,COLUMN,REASON,KIND",
                "episodes.csv,3,RNE,\"This episode starts on 1 Mar 2017, the day the episode before it (line 2) ended "
                        + "with REC E4A rather than X1: it is imported as the same period of care. Check the REC with "
                        + "the local authority.\",warning",
                "episodes.csv,4,RNE,\"This episode starts on 1 Sept 2017, after a gap since the episode before it "
                        + "(line 3) ended on 1 Jun 2017, but its RNE is P rather than S: it is imported as a new period "
                        + "of care from that day, with an IHA due.\",warning");
    }

    @Test
    void aDuplicateRowOfTheTeamsCsvIsRejectedWithItsLineAndTheGoodRowsAreImported() throws Exception {
        assertThat(run("--db", dir.resolve("db").toString(), "import-903", SAMPLE)).isEqualTo(ExitCodes.DONE_WITH_REJECTS);
        Path csv = dir.resolve("tracker.csv");
        Files.writeString(csv, String.join("\n",
                "CHILD,TYPE,REQUEST_RECEIVED,COMPLETED,OUTCOME,ROLE,PRACTITIONER",
                "566910,IHA,16/02/2016,10/03/2016,completed,doctor,Dr Invented",
                "566910,IHA,16/02/2016,10/03/2016,completed,doctor,Dr Another", // the same key: once stopped the import
                "384923,RHA,,10/03/2017,completed,nurse,Nurse Invented") + "\n");
        out.getBuffer().setLength(0);

        Path rejects = dir.resolve("rejects.csv");
        int status = run("--db", dir.resolve("db").toString(), "import-assessments", csv.toString(),
                "--rejects", rejects.toString());

        assertThat(status).as(err.toString()).isEqualTo(ExitCodes.DONE_WITH_REJECTS);
        assertThat(out.toString()).contains("assessments: 3 read, 2 new, 0 updated, 0 unchanged, 1 rejected");
        assertThat(Files.readAllLines(rejects)).hasSize(2).last().asString()
                .contains(",3,COMPLETED,").contains("Another row for CHILD 566910, IHA of 10 Mar 2016 (line 2)");
    }

    @Test
    void aDryRunReportsButWritesNothing() {
        int status = run("--db", dir.resolve("db").toString(), "import-903", "--dry-run", SAMPLE + "/header.csv");

        assertThat(status).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).isEqualTo("header: 2675 read, 2675 new, 0 updated, 0 unchanged, 0 rejected"
                + System.lineSeparator());
        assertThat(err.toString()).contains("Dry run: nothing was written.");
        assertThat(dir.resolve("db.mv.db")).as("no database made").doesNotExist();
    }

    @Test
    void aDryRunOfEitherImportLeavesTheDatabaseFileByteForByte() throws Exception {
        assertThat(run("--db", dir.resolve("db").toString(), "import-903", SAMPLE)).isEqualTo(ExitCodes.DONE_WITH_REJECTS);
        Path csv = dir.resolve("tracker.csv");
        Files.writeString(csv, "CHILD,TYPE,COMPLETED,ROLE\n566910,IHA,10/03/2016,doctor\n");
        byte[] before = Files.readAllBytes(dir.resolve("db.mv.db"));

        assertThat(run("--db", dir.resolve("db").toString(), "import-903", "--dry-run", SAMPLE))
                .isEqualTo(ExitCodes.DONE_WITH_REJECTS);
        assertThat(run("--db", dir.resolve("db").toString(), "import-assessments", "--dry-run", csv.toString()))
                .isEqualTo(ExitCodes.DONE);

        assertThat(out.toString()).contains("assessments: 1 read, 1 new");
        assertThat(Files.readAllBytes(dir.resolve("db.mv.db"))).as("the file, byte for byte").isEqualTo(before);
    }

    @Test
    void aFileThatIsNotA903TableIsRefusedWithExitTwoAndNothingWritten() throws Exception {
        Path other = dir.resolve("budget.csv");
        Files.writeString(other, "COST,CENTRE\n1,2\n");

        int status = run("--db", dir.resolve("db").toString(), "import-903", SAMPLE + "/header.csv", other.toString());

        assertThat(status).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("budget.csv is not a 903 table").doesNotContain("Exception");
        assertThat(children()).isZero();
    }

    @Test
    void aMissingFileIsRefusedPlainly() {
        int status = run("--db", dir.resolve("db").toString(), "import-903", dir.resolve("nowhere.csv").toString());

        assertThat(status).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("nowhere.csv was not found.");
    }

    @Test
    void noPathIsWrongUsage() {
        assertThat(run("--db", dir.resolve("db").toString(), "import-903")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Missing required parameter");
    }
}
