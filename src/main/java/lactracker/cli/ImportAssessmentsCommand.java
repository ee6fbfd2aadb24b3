package lactracker.cli;

import java.nio.file.Path;
import lactracker.app.AppContext;
import lactracker.app.ImportAssessments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code import-assessments FILE}: the team's own assessment records, from its old tracker. */
@Command(name = "import-assessments", mixinStandardHelpOptions = true,
        description = "Import the team's assessment records (CSV, import-formats.md).")
public final class ImportAssessmentsCommand extends DatabaseCommand {
    @Parameters(paramLabel = "FILE", description = "The assessment records, as CSV.")
    private Path file;

    @Mixin
    private ImportOptions options;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = openContext()) {
            ImportAssessments importer = ImportAssessments.of(context);
            ImportAssessments.Plan plan = importer.check(file);
            out().println(plan.line());
            return options.finish(plan.rejectedCount(), f -> ImportAssessments.saveRejections(plan, f),
                    () -> importer.apply(plan, context.username()), err());
        }
    }
}
