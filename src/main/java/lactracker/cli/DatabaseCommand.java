package lactracker.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import lactracker.app.AppContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that works on the database chosen with the top-level --db option. */
abstract class DatabaseCommand implements Callable<Integer> {
    @ParentCommand
    private LacTrackerCommand parent;

    @Spec
    private CommandSpec spec;

    AppContext openContext() {
        return parent.openContext();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
