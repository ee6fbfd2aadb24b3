package lactracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cli.md's alerts and snapshot over a small database whose answers are worked out by hand. */
class ReportCommandsTest {
    @TempDir
    Path dir;
    private CommandRun cli;
    private StringWriter out;
    private StringWriter err;

    /** A: in care from 2017-01-09, no IHA (due 2017-02-06). B: in care from 2017-01-09, IHA done 2017-01-30. */
    @BeforeEach
    void twoChildren() {
        CommandRun.seedTwoChildren(dir.resolve("db"));
        cli = new CommandRun(dir.resolve("db"));
        out = cli.out;
        err = cli.err;
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aReadCommandNeverMakesADatabase() {
        Path mistyped = dir.resolve("mistyped");
        CommandRun other = new CommandRun(mistyped);

        for (String[] command : new String[][] {{"alerts"}, {"snapshot"}, {"audit", "--quarter", "2016/17-Q4"}}) {
            assertThat(other.run(command)).as(command[0]).isEqualTo(ExitCodes.REFUSED);
        }
        assertThat(other.err.toString()).contains("There is no database at " + dir.resolve("mistyped.mv.db").toAbsolutePath()
                + ": check the --db path.");
        assertThat(dir.resolve("mistyped.mv.db")).doesNotExist();
    }

    @Test
    void alertsAreWrittenAsCliMdSaysInOrder() {
        assertThat(run("alerts", "--today", "2017-02-08")).isEqualTo(ExitCodes.DONE);

        assertThat(out.toString().split("\r\n")).containsExactly(
                "CHILD,ALERT,SEVERITY,DUE_DATE,DETAIL",
                "A,IHA_OVERDUE,red,2017-02-06,IHA due 2017-02-06: 2 working days overdue",
                "A,IHA_REQUEST_LATE,amber,2017-01-16,No IHA request from the local authority; it was due by 2017-01-16",
                "A,DENTAL_CHECK_OVERDUE,amber,,No dental check recorded",
                "B,DENTAL_CHECK_OVERDUE,amber,,No dental check recorded");
    }

    @Test
    void alertsCanBeWrittenAsJsonToAFile() throws Exception {
        Path file = dir.resolve("alerts.json");
        assertThat(run("alerts", "--today", "2017-02-08", "--format", "json", "--out", file.toString()))
                .isEqualTo(ExitCodes.DONE);

        assertThat(Files.readString(file)).contains("\"today\" : \"2017-02-08\"").contains("\"alert\" : \"IHA_OVERDUE\"");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void snapshotCountsTheAtPeriodEndRowsForADate() {
        assertThat(run("snapshot", "--date", "2017-03-31")).isEqualTo(ExitCodes.DONE);

        assertThat(out.toString()).startsWith("ID,LABEL,NUMERATOR,DENOMINATOR,PERCENT\r\n"
                + "lac_at_end,Children looked after at period end,2,,\r\n")
                .contains("lac_age_1_4,Looked after at period end: aged 1-4,1,,\r\n")
                .contains("lac_age_5_9,Looked after at period end: aged 5-9,1,,\r\n")
                // a postcode but no home area set: unknown, never guessed
                .contains("lac_placement_unknown,Placement not known at period end,2,2,100.0\r\n")
                .contains("iha_overdue_at_end,IHAs overdue at period end,1,,\r\n")
                .doesNotContain("iha_on_time");
    }

    @Test
    void snapshotAsJsonHasNullForAMissingDenominator() {
        assertThat(run("snapshot", "--date", "2016-12-31", "--format", "json")).isEqualTo(ExitCodes.DONE);

        assertThat(out.toString()).contains("\"id\" : \"lac_at_end\"").contains("\"numerator\" : 0")
                .contains("\"denominator\" : null").contains("\"percent\" : null");
    }

    @Test
    void aBadDateIsWrongUsage() {
        assertThat(run("alerts", "--today", "31/02/2017")).isEqualTo(ExitCodes.USAGE);
    }
}
