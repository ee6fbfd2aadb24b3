package lactracker.cli;

import lactracker.domain.Words;
import java.nio.file.Path;
import java.util.List;
import lactracker.app.AppContext;
import lactracker.app.Import903;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code import-903 PATH...}: the local authority's 903 tables, from files or a folder. */
@Command(name = "import-903", mixinStandardHelpOptions = true)
public final class Import903Command extends DatabaseCommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "cli.import903.path")
    private List<Path> paths;

    @Mixin
    private ImportOptions options;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = options.dryRun ? openForDryRun() : openContext()) {
            Import903 importer = new lactracker.app.AppServices(context).import903();
            Import903.Plan plan = importer.check(paths, String.join(", ", paths.stream().map(Path::toString).toList()));
            for (String skipped : plan.skippedFiles()) {
                err().println(Words.format("cli.import903.skipped", skipped));
            }
            for (Import903.TableSummary s : plan.summaries()) {
                out().println(s.line());
            }
            return options.finish(plan.rejectedCount(), plan.warnings().size(), file -> importer.saveRejections(plan, file),
                    () -> importer.apply(plan, context.username()), err());
        }
    }
}
