package lactracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import lactracker.app.AppContext;
import lactracker.app.Import903;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import-903 PATH...}: the local authority's 903 tables, from files or a folder. */
@Command(name = "import-903", mixinStandardHelpOptions = true,
        description = "Import 903 tables (files, or a folder holding them): children, episodes, UASC, OC2.")
public final class Import903Command implements Callable<Integer> {
    @ParentCommand
    private LacTrackerCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "903 table files, or folders holding them.")
    private List<Path> paths;

    @Option(names = "--dry-run", description = "Check and report; write nothing.")
    private boolean dryRun;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write the rejected rows (file, line, column, reason) as CSV.")
    private Path rejects;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext context = parent.openContext()) {
            Import903 importer = Import903.of(context);
            Import903.Plan plan = importer.check(paths, String.join(", ", paths.stream().map(Path::toString).toList()));
            for (String skipped : plan.skippedFiles()) {
                err.println(skipped + ": a 903 table the tracker does not use; left aside.");
            }
            for (Import903.TableSummary s : plan.summaries()) {
                out.println(s.line());
            }
            if (rejects != null) {
                Import903.saveRejections(plan, rejects);
                err.println(plan.rejectedCount() + " rejected rows written to " + rejects + ".");
            }
            if (dryRun) {
                err.println("Dry run: nothing was written.");
            } else {
                importer.apply(plan, context.username());
            }
            return plan.rejectedCount() > 0 ? ExitCodes.DONE_WITH_REJECTS : ExitCodes.DONE;
        }
    }
}
