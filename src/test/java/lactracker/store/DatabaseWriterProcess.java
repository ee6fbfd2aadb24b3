package lactracker.store;

import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import lactracker.domain.Child;

/**
 * Run in a separate JVM by the store's process tests.
 * {@code write DB PREFIX}: writes transactions of one child and {@link #EPISODES_PER_CHILD} episodes,
 * printing {@code ACK n} after each commit has returned, until killed.
 * {@code hold DB}: opens the database, prints {@code READY}, and keeps it open until killed.
 */
public final class DatabaseWriterProcess {
    static final int EPISODES_PER_CHILD = 5;

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[1]));
        if (args[0].equals("hold")) {
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
        Repositories repos = Repositories.over(db, "crash.test", Clock.systemUTC());
        String prefix = args[2];
        for (int n = 0; ; n++) {
            String laId = prefix + n;
            db.transaction(() -> {
                Child child = repos.children().insert(aChild().withLaId(laId).build());
                for (int e = 0; e < EPISODES_PER_CHILD; e++) {
                    repos.episodes().insert(anEpisode().forChild(child.id()).withReason(e == 0 ? "S" : "P")
                            .startingOn(LocalDate.of(2017, 1, 1).plusDays(e)).build());
                }
            });
            System.out.println("ACK " + n);
            System.out.flush();
        }
    }
}
