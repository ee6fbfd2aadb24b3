package lactracker.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import lactracker.app.AppContext;
import lactracker.app.ImportAssessments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import-assessments FILE}: the team's own assessment records, from its old tracker. */
@Command(name = "import-assessments", mixinStandardHelpOptions = true,
        description = "Import the team's assessment records (CSV, import-formats.md).")
public final class ImportAssessmentsCommand implements Callable<Integer> {
    @ParentCommand
    private LacTrackerCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The assessment records, as CSV.")
    private Path file;

    @Option(names = "--dry-run", description = "Check and report; write nothing.")
    private boolean dryRun;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write the rejected rows (file, line, column, reason) as CSV.")
    private Path rejects;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = parent.openContext()) {
            ImportAssessments importer = ImportAssessments.of(context);
            ImportAssessments.Plan plan = importer.check(file);
            spec.commandLine().getOut().println(plan.line());
            if (rejects != null) {
                ImportAssessments.saveRejections(plan, rejects);
                spec.commandLine().getErr().println(plan.rejectedCount() + " rejected rows written to " + rejects + ".");
            }
            if (dryRun) {
                spec.commandLine().getErr().println("Dry run: nothing was written.");
            } else {
                importer.apply(plan, context.username());
            }
            return plan.rejectedCount() > 0 ? ExitCodes.DONE_WITH_REJECTS : ExitCodes.DONE;
        }
    }
}
