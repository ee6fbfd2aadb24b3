package lactracker.cli;

import lactracker.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: fills an empty database with invented children, for trying the application. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill an empty database with invented children (every family name is Demo) for trying the application.")
public final class DemoCommand extends DatabaseCommand {
    @Option(names = "--children", paramLabel = "N", description = "How many children (default: ${DEFAULT-VALUE}).")
    private int children = 1000;

    @Option(names = "--seed", paramLabel = "S", description = "The same seed gives the same children (default: ${DEFAULT-VALUE}).")
    private long seed = 1;

    @Option(names = "--years", paramLabel = "Y", description = "Children came into care within the last Y years, 1 to 18: "
            + "more years, more assessments each (default: ${DEFAULT-VALUE}).")
    private int years = lactracker.app.DemoData.DEFAULT_YEARS;

    @Override
    public Integer call() {
        try (AppContext context = openContext()) {
            long started = System.nanoTime();
            new lactracker.app.AppServices(context).demo().fill(children, seed, years, done -> { });
            out().println(children + " invented children added in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms. The database is marked as demo data.");
            return ExitCodes.DONE;
        }
    }
}
