package lactracker.campaign;

import lactracker.app.AppServices;
import static lactracker.testdata.ChildBuilder.aChild;

import java.nio.file.Path;
import java.time.Clock;
import lactracker.app.AppContext;
import lactracker.app.ChildrenService;
import lactracker.domain.Child;

/**
 * Run in a JVM of its own by {@link SaveKillCampaign}: saves one child's notes through the window's own
 * save path ({@link ChildrenService#save}), printing {@code ACK n} after each save has returned, until
 * killed. {@code save DB TRIAL [reader|compact]}: with {@code reader}, a second thread reads the whole
 * caseload again and again meanwhile, so the stored case copies are being made again while the saves
 * land; with {@code compact}, every fifth save is followed by the database being closed with a full
 * compaction (as close does for a big, mostly empty file) and opened again, so kills land inside it too.
 */
public final class SaveWriterProcess {
    static final String CHILD = "KILL-1";

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        String trial = args[2];
        boolean reader = args.length > 3 && args[3].equals("reader");
        boolean compact = args.length > 3 && args[3].equals("compact");
        final AppContext opened = AppContext.open(db, Clock.systemUTC(), "campaign");
        final ChildrenService service = new AppServices(opened).children();
        Child child = opened.repositories().children().findByLaChildId(CHILD)
                .orElseGet(() -> service.save(aChild().withLaId(CHILD).addedByHand().build()));
        AppContext context = opened;
        ChildrenService children = service;
        if (reader) {
            Thread t = new Thread(() -> {
                while (true) {
                    opened.repositories().caseload().loadAll();
                }
            }, "reader");
            t.setDaemon(true);
            t.start();
        }
        System.out.println("READY");
        System.out.flush();
        for (int n = 1; ; n++) {
            child = context.repositories().children().findById(child.id()).orElseThrow();
            try {
                child = children.save(withNotes(child, trial + "-" + n));
            } catch (lactracker.store.StaleRecordException e) {
                // After a kill H2 can leave the save that was in flight visible to a write but not yet to a
                // read (decision 0011): the save is refused as "changed elsewhere", as the window says, and
                // made again on the record read afresh, as a nurse would.
                System.out.println("STALE " + n);
                child = context.repositories().children().findById(child.id()).orElseThrow();
                child = children.save(withNotes(child, trial + "-" + n));
            }
            System.out.println("ACK " + n);
            System.out.flush();
            if (compact && n % 5 == 0) {
                // as Database.close compacts a big, mostly empty file: the pool closed, then on a connection of its own
                context.close();
                try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + db
                        + ";WRITE_DELAY=0;REUSE_SPACE=FALSE", "sa", ""); var st = c.createStatement()) {
                    st.execute("SHUTDOWN COMPACT");
                }
                context = AppContext.open(db, Clock.systemUTC(), "campaign");
                children = new AppServices(context).children();
            }
        }
    }

    static Child withNotes(Child c, String notes) {
        return new Child(c.id(), c.laChildId(), c.sex(), c.dateOfBirth(), c.ethnicity(), c.upn(), c.givenName(),
                c.familyName(), c.nhsNumber(), c.gpPractice(), c.gpPracticeCode(), c.dentistPractice(),
                c.allocatedNurseId(), c.uascIn903(), c.uascCeasedOn(), c.uascFlagged(), c.healthPassportIssued(),
                notes, c.source(), c.version());
    }
}
