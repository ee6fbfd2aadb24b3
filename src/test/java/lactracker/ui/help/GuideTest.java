package lactracker.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The user guide shipped in the application: read into blocks, every picture there, no Markdown left over. */
class GuideTest {

    @Test
    void theMarkdownKindsTheGuideUsesAreRead() {
        List<Guide.Block> blocks = Guide.read("""
                # Title

                A paragraph
                over two lines, with **bold** and `code`.

                1. **First** step
                   goes on here.
                2. Second step
                - a point

                ![A picture](screenshots/a.png)

                    lac-tracker alerts
                    lac-tracker audit

                3. Then:

                       CREATE ROLE lac_nurse;
                   after it.
                """);
        assertThat(blocks).containsExactly(
                new Guide.Heading(1, "Title"),
                new Guide.Paragraph("A paragraph over two lines, with bold and code."),
                new Guide.Item("1.", "First step goes on here."),
                new Guide.Item("2.", "Second step"),
                new Guide.Item("•", "a point"),
                new Guide.Picture("A picture", "screenshots/a.png"),
                new Guide.Code("lac-tracker alerts\nlac-tracker audit"),
                new Guide.Item("3.", "Then:"),
                new Guide.Code("CREATE ROLE lac_nurse;"),
                new Guide.Paragraph("after it."));
    }

    @Test
    void theShippedGuideCoversTheTasksAndEveryPictureIsInTheApplication() {
        List<Guide.Block> blocks = Guide.read(HelpWindow.guideText());
        assertThat(blocks).filteredOn(b -> b instanceof Guide.Heading).extracting(b -> ((Guide.Heading) b).text())
                .contains("The first hour", "Import the 903 extract and the team's records", "The day's alerts",
                        "Find a child and log an assessment", "Chase an out-of-county assessment",
                        "Verify out-of-area invoices", "The quarterly audit");
        assertThat(blocks).filteredOn(b -> b instanceof Guide.Picture).hasSizeGreaterThan(5)
                .allSatisfy(b -> assertThat(HelpWindow.class.getResource(HelpWindow.FOLDER + ((Guide.Picture) b).path()))
                        .as(((Guide.Picture) b).path()).isNotNull());
        assertThat(blocks).noneMatch(b -> b.toString().contains("**") || b.toString().contains("!["));
    }
}
