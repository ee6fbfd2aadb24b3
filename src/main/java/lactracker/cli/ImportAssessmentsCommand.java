package lactracker.cli;

import java.nio.file.Path;
import lactracker.app.AppContext;
import lactracker.app.ImportAssessments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code import-assessments FILE}: the team's own assessment records, from its old tracker. */
@Command(name = "import-assessments", mixinStandardHelpOptions = true)
public final class ImportAssessmentsCommand extends DatabaseCommand {
    @Parameters(paramLabel = "FILE", descriptionKey = "cli.importAssessments.file")
    private Path file;

    @Mixin
    private ImportOptions options;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = options.dryRun ? openForDryRun() : openContext()) {
            ImportAssessments importer = new lactracker.app.AppServices(context).importAssessments();
            ImportAssessments.Plan plan = importer.check(file);
            out().println(plan.line());
            return options.finish(plan.rejectedCount(), f -> importer.saveRejections(plan, f),
                    () -> importer.apply(plan, context.username()), err());
        }
    }
}
