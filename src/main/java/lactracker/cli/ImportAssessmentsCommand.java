package lactracker.cli;

import java.nio.file.Path;
import lactracker.app.AppContext;
import lactracker.app.ImportAssessments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code import-assessments FILE}: the team's own assessment records, from its old tracker. */
@Command(name = "import-assessments", mixinStandardHelpOptions = true,
        description = "Import the team's assessment records from its old tracker (CSV).",
        footer = {"",
            "The file is CSV with a header row, columns in any order:",
            "  CHILD             the child's local authority id (known to the tracker)",
            "  TYPE              IHA or RHA",
            "  COMPLETED         the date it was done; blank when not done",
            "  REQUEST_RECEIVED  a date, optional",
            "  OUTCOME           completed, refused, did-not-attend or not-required",
            "                    (blank is completed when COMPLETED is set)",
            "  NHS_NUMBER        optional: 10 digits, spaces allowed",
            "  PRACTITIONER, PROVIDER  text;  ROLE  doctor or nurse",
            "  OUT_OF_AREA       Y or N: done by another area's provider",
            "  IMMUNISATIONS_UP_TO_DATE  Y, N or blank",
            "  SDQ_SCORE         0 to 40, or blank",
            "  DENTAL_CHECK_DATE, DENTAL_FOLLOW_UP_DATE  dates, optional",
            "  CARIES            Y, N or blank",
            "  DELAY_REASON      late request, consent not received, child refused,",
            "                    did not attend, placement moved, provider capacity,",
            "                    out-of-area provider or other",
            "Dates are dd/mm/yyyy (or yyyy-mm-dd). A bad row, and a second row for",
            "the same child, type and completed date, is left out and listed with",
            "its line and reason; the good rows are imported."})
public final class ImportAssessmentsCommand extends DatabaseCommand {
    @Parameters(paramLabel = "FILE", description = "The assessment records, as CSV.")
    private Path file;

    @Mixin
    private ImportOptions options;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = options.dryRun ? openForDryRun() : openContext()) {
            ImportAssessments importer = new lactracker.app.AppServices(context).importAssessments();
            ImportAssessments.Plan plan = importer.check(file);
            out().println(plan.line());
            return options.finish(plan.rejectedCount(), f -> ImportAssessments.saveRejections(plan, f),
                    () -> importer.apply(plan, context.username()), err());
        }
    }
}
