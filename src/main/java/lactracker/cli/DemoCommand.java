package lactracker.cli;

import lactracker.domain.Words;
import lactracker.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: fills an empty database with invented children, for trying the application. */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand extends DatabaseCommand {
    @Option(names = "--children", paramLabel = "N", descriptionKey = "cli.demo.children")
    private int children = 1000;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.demo.seed")
    private long seed = 1;

    @Option(names = "--years", paramLabel = "Y", descriptionKey = "cli.demo.years")
    private int years = lactracker.app.DemoData.DEFAULT_YEARS;

    @Override
    public Integer call() {
        try (AppContext context = openContext()) {
            long started = System.nanoTime();
            new lactracker.app.AppServices(context).demo().fill(children, seed, years, done -> { });
            out().println(Words.format("cli.demo.done", String.valueOf(children),
                    String.valueOf((System.nanoTime() - started) / 1_000_000)));
            return ExitCodes.DONE;
        }
    }
}
