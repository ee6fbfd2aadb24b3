package lactracker.cli;

import java.nio.file.Path;
import java.util.List;
import lactracker.app.AppContext;
import lactracker.app.Import903;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code import-903 PATH...}: the local authority's 903 tables, from files or a folder. */
@Command(name = "import-903", mixinStandardHelpOptions = true,
        description = "Import 903 tables (files, or a folder holding them): children, episodes, UASC, OC2.",
        footer = {"",
            "The 903 tables are CSV files with a header row, columns in any order",
            "(others are ignored); each table is known by its columns:",
            "  header    CHILD, SEX, DOB, ETHNIC, UPN",
            "  episodes  CHILD, DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC,",
            "            REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN",
            "            (newer years also PL_LA, PL_LOCATION, PL_DISTANCE)",
            "  uasc      CHILD, SEX, DOB, DUC",
            "  oc2       CHILD, DOB, SDQ_SCORE, ... (for cross-checking only)",
            "Other 903 tables (reviews, missing, ...) are left aside and named.",
            "Dates are dd/mm/yyyy (or yyyy-mm-dd); SEX is 1 male, 2 female; codes",
            "are the DfE's. A child is matched by CHILD and an episode by CHILD and",
            "DECOM, so a later extract updates what an earlier one brought; what",
            "the team typed is never overwritten. A bad row is left out and listed",
            "with its file, line, column and reason. An episode the rules read",
            "rather than reject (a same-day episode after a REC other than X1, a",
            "gap with an RNE other than S) is imported and listed as a warning."})
public final class Import903Command extends DatabaseCommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "903 table files, or folders holding them.")
    private List<Path> paths;

    @Mixin
    private ImportOptions options;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = options.dryRun ? openForDryRun() : openContext()) {
            Import903 importer = new lactracker.app.AppServices(context).import903();
            Import903.Plan plan = importer.check(paths, String.join(", ", paths.stream().map(Path::toString).toList()));
            for (String skipped : plan.skippedFiles()) {
                err().println(skipped + ": a 903 table the tracker does not use; left aside.");
            }
            for (Import903.TableSummary s : plan.summaries()) {
                out().println(s.line());
            }
            return options.finish(plan.rejectedCount(), plan.warnings().size(), file -> Import903.saveRejections(plan, file),
                    () -> importer.apply(plan, context.username()), err());
        }
    }
}
