package lactracker.cli;

import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import lactracker.app.AppContext;
import lactracker.app.AppPaths;
import lactracker.domain.Child;

/** Runs the command line over a test database, keeping what it printed. */
final class CommandRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Path db;

    CommandRun(Path db) {
        this.db = db;
    }

    int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.commandLine(AppPaths.forThisUser(), (d, logs) -> {
            throw new AssertionError("no window");
        }, new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    }

    /**
     * A (born 1 Jan 2010) and B (born 1 Jan 2014), both in care from Monday 9 January 2017 (IHA due
     * 6 February); A has no IHA, B's was requested on 10 January and done on 30 January.
     */
    static void seedTwoChildren(Path db) {
        try (AppContext c = AppContext.open(db, Clock.systemUTC(), "seed")) {
            Child a = c.repositories().children().insert(aChild().withLaId("A").bornOn(LocalDate.of(2010, 1, 1)).build());
            Child b = c.repositories().children().insert(aChild().withLaId("B").bornOn(LocalDate.of(2014, 1, 1)).build());
            c.repositories().episodes().insert(anEpisode().forChild(a.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
            c.repositories().episodes().insert(anEpisode().forChild(b.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
            c.repositories().assessments().insert(anIha().forChild(b.id()).requestedOn(LocalDate.of(2017, 1, 10))
                    .completedOn(LocalDate.of(2017, 1, 30)).build());
        }
    }
}
