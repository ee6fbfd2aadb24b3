package lactracker.cli;

import java.nio.file.Path;
import lactracker.app.AppContext;
import lactracker.app.AppServices;
import lactracker.app.DocumentService;
import lactracker.domain.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code document care-leaver-summary CHILD --out FILE} and {@code document escalation-letter CHILD [--level N]
 * --out FILE}: a document made from the record as a PDF, from the team's template (issue 24).
 */
@Command(name = "document", mixinStandardHelpOptions = true)
public final class DocumentCommand extends DatabaseCommand {
    /** The documents, as the command line names them. */
    enum Kind {
        care_leaver_summary,
        escalation_letter,
        iha_request;

        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    @Parameters(index = "0", paramLabel = "DOCUMENT", descriptionKey = "cli.document.kind",
            converter = KindConverter.class)
    private Kind kind;

    @Parameters(index = "1", paramLabel = "CHILD", descriptionKey = "cli.document.child")
    private String child;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.document.out")
    private Path out;

    @Option(names = "--level", paramLabel = "N", descriptionKey = "cli.document.level")
    private Integer level;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = openExisting()) {
            DocumentService documents = new AppServices(context).documents();
            DocumentService.Made made = switch (kind) {
                case care_leaver_summary -> documents.careLeaverSummary(child, out);
                case escalation_letter -> documents.escalationLetter(child, level, out);
                case iha_request -> documents.ihaRequest(child, out);
            };
            out().println(Words.format("cli.document.done", made.file().toAbsolutePath(), made.pages()));
            return ExitCodes.DONE;
        }
    }

    /** "care-leaver-summary" as the command line writes it. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            return Kind.valueOf(value.strip().replace('-', '_'));
        }
    }
}
