package lactracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 24: {@code document care-leaver-summary CHILD --out FILE}, and a child or document it does not know. */
class DocumentCommandTest {
    @TempDir
    Path dir;
    private CommandRun cli;

    @BeforeEach
    void twoChildren() {
        CommandRun.seedTwoChildren(dir.resolve("db"));
        cli = new CommandRun(dir.resolve("db"));
    }

    @Test
    void theSummaryIsWrittenAndSaidWhere() throws Exception {
        Path out = dir.resolve("B summary.pdf");

        assertThat(cli.run("document", "care-leaver-summary", "B", "--out", out.toString())).isEqualTo(ExitCodes.DONE);

        assertThat(cli.out.toString()).startsWith("Wrote " + out.toAbsolutePath() + " (2 pages), marked OFFICIAL-SENSITIVE: PERSONAL.");
        try (var doc = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Your health summary").contains("1 Jan 2014")
                    .contains("30 Jan 2017");
        }
    }

    @Test
    void aChildWithNoEscalationHasNoLetterAndSaysSo() {
        Path out = dir.resolve("letter.pdf");
        assertThat(cli.run("document", "escalation-letter", "A", "--out", out.toString())).isNotEqualTo(ExitCodes.DONE);
        assertThat(cli.err.toString()).contains("The child A has no escalation with a step to write a letter for.");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void anUnknownChildOrDocumentIsSaidAndNothingWritten() {
        Path out = dir.resolve("x.pdf");
        assertThat(cli.run("document", "care-leaver-summary", "ZZ9", "--out", out.toString())).isNotEqualTo(ExitCodes.DONE);
        assertThat(cli.err.toString()).contains("No child has the LA id ZZ9.");
        assertThat(cli.run("document", "birthday-card", "B", "--out", out.toString())).isNotEqualTo(ExitCodes.DONE);
        assertThat(Files.exists(out)).isFalse();
    }
}
