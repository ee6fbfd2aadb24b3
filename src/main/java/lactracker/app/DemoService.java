package lactracker.app;

import lactracker.domain.Action;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
import lactracker.domain.ChildCase;
import lactracker.domain.UserFacingException;
import lactracker.domain.Words;

/** Fills an empty database with the invented demo caseload ({@link DemoData}), clearly marked as such. */
public final class DemoService {
    private final AppContext context;

    public DemoService(AppContext context) {
        this.context = context;
    }

    /**
     * Adds {@code children} invented children in one transaction; {@code progress} hears how many are written.
     *
     * @throws UserFacingException when the database already holds children: demo data never mixes with real
     */
    public void fill(int children, long seed, LongConsumer progress) {
        fill(children, seed, DemoData.DEFAULT_YEARS, progress);
    }

    /** As {@link #fill(int, long, LongConsumer)}, the children coming into care within the last {@code years} years. */
    public void fill(int children, long seed, int years, LongConsumer progress) {
        context.require(Action.FILL_DEMO);
        if (years < 1 || years > 18) {
            throw new UserFacingException(Words.format("demo.refused.years", String.valueOf(years)));
        }
        if (children < 1) {
            throw new UserFacingException(Words.get("demo.refused.none"));
        }
        if (context.childrenCount() > 0) {
            throw new UserFacingException(Words.get("demo.refused.notEmpty"));
        }
        context.database().ensureRoomFor(children * 8L, Words.get("demo.room")); // a child, its episodes and assessments
        context.database().transaction(() -> {
            // A team already set up keeps its own nurses; an empty one gets the invented demo team.
            List<Long> nurses = new java.util.ArrayList<>(context.repositories().team().findAll().stream()
                    .filter(m -> m.role() == lactracker.domain.TeamRole.NURSE && m.active()).map(m -> m.id()).toList());
            for (String name : nurses.isEmpty() ? DemoData.NURSES : List.<String>of()) {
                nurses.add(context.repositories().team().insert(new lactracker.domain.TeamMember(null, name,
                        lactracker.domain.TeamRole.NURSE, null, true)).id());
            }
            if (context.repositories().commissioners().findAll().isEmpty()) { // the demo area's practices, two commissioners
                context.repositories().commissioners().save(DemoData.practices(LocalDate.now(context.clock())));
            }
            Iterable<ChildCase> cases = DemoData.made(children, seed, LocalDate.now(context.clock()), nurses, years);
            context.repositories().bulk().insert(cases, children, Words.format("demo.runLabel", String.valueOf(children), String.valueOf(seed)), progress);
            context.repositories().settings().markDemo();
        });
        context.repositories().caseload().refresh(); // the stored cases made now, not by the first reader
    }

    public boolean isDemo() {
        return context.repositories().settings().isDemo();
    }
}
