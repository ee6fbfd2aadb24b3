package lactracker.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 24, decision 0022: the team's templates, filled with escaped values, lists repeated, mistakes named. */
class DocumentTemplateTest {
    private static final Map<String, Object> FIELDS = Map.of(
            "name", "Testa <Fakename> & co",
            "assessments", List.of(Map.of("type", "IHA", "date", "3 Feb 2017"), Map.of("type", "RHA", "date", "1 Feb 2018")),
            "none", List.of());

    @Test
    void valuesAreEscapedListsRepeatedAndAnEmptyListShowsItsOwnText() {
        String text = "<!-- {{name}} is the child's name; {{#x}} is not a section here --><p>{{name}}</p><ul>{{#assessments}}<li>{{type}} {{ date }} for {{name}}</li>{{/assessments}}</ul>"
                + "{{#none}}x{{/none}}{{^none}}<p>None recorded.</p>{{/none}}{{^assessments}}never{{/assessments}}";

        assertThat(DocumentTemplate.parse("t.html", text).fill(FIELDS)).isEqualTo(
                "<!-- {{name}} is the child's name; {{#x}} is not a section here --><p>Testa &lt;Fakename&gt; &amp; co</p><ul><li>IHA 3 Feb 2017 for Testa &lt;Fakename&gt; &amp; co</li>"
                        + "<li>RHA 1 Feb 2018 for Testa &lt;Fakename&gt; &amp; co</li></ul><p>None recorded.</p>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<p>\\n{{nhsNumber}}</p> | The template t.html asks for {{nhsNumber}} on line 2, which the tracker does not fill",
        "{{#assessments}}{{type}} | The template t.html opens the section {{#assessments}} on line 1 and never closes it with {{/assessments}}",
        "{{#assessments}}{{/none}} | The template t.html closes {{/none}} on line 1, which is not the section open there",
        "{{assessments}} | The template t.html asks for {{assessments}} on line 1 as one value, but it is a list",
        "{{#name}}{{/name}} | The template t.html repeats {{#name}} on line 1, but it is one value, not a list",
    })
    void aTemplateTheTrackerCannotFillIsRefusedNamingTheFieldAndLine(String text, String said) {
        assertThatThrownBy(() -> DocumentTemplate.parse("t.html", text.replace("\\n", "\n")).fill(FIELDS))
                .isInstanceOf(FileFormatException.class).hasMessageStartingWith(said).hasMessageEndingWith("Nothing was made.");
    }

    @Test
    void aFilledTemplateBecomesAPdfMarkedOnEveryPageInAnyAlphabet() throws Exception {
        String xhtml = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title>"
                + "<style>@page { @top-center { content: none } }</style></head><body><h1>{{name}}</h1>"
                + "<p style=\"page-break-after: always\">Żaneta Ḥasan Ελένη</p><p>Second page</p></body></html>";
        PdfDocument.Rendered rendered = PdfDocument.render("t.html", DocumentTemplate.parse("t.html", xhtml).fill(FIELDS), "Test");
        assertThat(rendered.pages()).isEqualTo(2);
        byte[] pdf = rendered.bytes();

        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= 2; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertThat(text).as("page %d", page).contains("OFFICIAL-SENSITIVE: PERSONAL")
                        .contains("page " + page + " of 2");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc)).contains("Testa <Fakename> & co").contains("Żaneta Ḥasan Ελένη");
        }
    }

    @Test
    void aTemplateThatIsNotWellFormedIsRefusedWithItsLine() {
        assertThatThrownBy(() -> PdfDocument.render("t.html", "<html>\n<body><p>open</body></html>", "Test"))
                .isInstanceOf(FileFormatException.class).hasMessageStartingWith("The template t.html is not well-formed XHTML on line 2:");
    }
}
