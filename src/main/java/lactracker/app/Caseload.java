package lactracker.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import lactracker.app.AlertsService.AlertLine;
import lactracker.app.EscalationsService.EscalationLine;
import lactracker.app.PaymentsService.PaymentLine;
import lactracker.domain.BankHoliday;
import lactracker.domain.CaseFacts;
import lactracker.domain.ChildCase;
import lactracker.domain.ChildSummary;
import lactracker.domain.Settings;
import lactracker.domain.TariffPrice;
import lactracker.domain.TeamMember;
import lactracker.domain.WorkingDayCalendar;
import lactracker.store.CaseloadRepository;
import lactracker.store.Repositories;

/**
 * The caseload of the day: every child's line, alerts, escalation lines and invoice lines as at a day,
 * worked out once from one reading of the stored cases and shared by every screen and command that shows
 * the whole caseload (five screens each read and worked out all of it before, issue 20).
 *
 * <p>It is brought up to date, not read again: each time it is asked, it reads only the stored cases made
 * since it last looked (changed at this desk, or by another process on the same database) and works those
 * children out again. A change to the settings, the bank holidays, the tariff or the team, or more changed children
 * than {@link #CHILDREN_AT_ONCE}, works it all out again. Listeners are told what changed, as one of two
 * typed events, when {@link #catchUp} is asked; asking for another day is not a change and tells nobody.
 */
public final class Caseload {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Caseload.class);
    /** More changed children than this are worked out again as a whole caseload, batch by batch. */
    static final int CHILDREN_AT_ONCE = 5_000;
    /** Days kept worked out: today's, and one "as at" day a screen may be showing. */
    private static final int DAYS_KEPT = 2;

    /** One child as the screens show them on the day, worked out from one reading of their case. */
    public record ChildDay(ChildSummary summary, List<AlertLine> alerts, List<EscalationLine> escalations,
            List<PaymentLine> payments) {
        public ChildDay {
            alerts = List.copyOf(alerts);
            escalations = List.copyOf(escalations);
            payments = List.copyOf(payments);
        }
    }

    /**
     * What the day's figures are worked out with, and the team the screens name: a change to any of it
     * changes every child's line.
     */
    record Inputs(Settings settings, List<BankHoliday> holidays, List<TariffPrice> tariff, List<TeamMember> team,
            lactracker.domain.Commissioners commissioners) {
    }

    /** The caseload as at one day, as it stood when asked: never changed once made. */
    public static final class Day {
        private final LocalDate day;
        private final Map<Long, ChildDay> children;
        private final long version;
        private final Inputs inputs;
        private final WorkingDayCalendar calendar;

        private Day(LocalDate day, Map<Long, ChildDay> children, long version, Inputs inputs,
                WorkingDayCalendar calendar) {
            this.day = day;
            this.children = children;
            this.version = version;
            this.inputs = inputs;
            this.calendar = calendar;
        }

        public LocalDate day() {
            return day;
        }

        /** Every child, in no particular order. */
        public Collection<ChildDay> children() {
            return children.values();
        }

        /** Every child's list line, in LA id order (a list's order among equal due dates stays the same). */
        public List<ChildSummary> summaries() {
            return children.values().stream().map(ChildDay::summary)
                    .sorted(java.util.Comparator.comparing(ChildSummary::laChildId)).toList();
        }

        /** One child; empty when there is no such child. */
        public Optional<ChildDay> child(long childId) {
            return Optional.ofNullable(children.get(childId));
        }

        public Settings settings() {
            return inputs.settings();
        }

        public WorkingDayCalendar calendar() {
            return calendar;
        }

        public int size() {
            return children.size();
        }
    }

    /** What changed in the caseload, for the screens that show it. */
    public sealed interface Change permits ChildrenChanged, Reloaded {
    }

    /** These children's records changed: their lines, alerts and duties are worked out again. */
    public record ChildrenChanged(Set<Long> childIds) implements Change {
        public ChildrenChanged {
            childIds = Set.copyOf(childIds);
        }
    }

    /** Everything was worked out again (many records changed, or the settings, holidays, tariff or team did). */
    public record Reloaded() implements Change {
    }

    private final Repositories repositories;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    /** Found changed since the listeners were last told (guarded by this): told by the next catching up. */
    private final Set<Long> changedToTell = new HashSet<>();
    private boolean reloadToTell;
    /** Guarded by this; the least recently asked day first. */
    private final LinkedHashMap<LocalDate, Day> days = new LinkedHashMap<>(4, 0.75f, true);

    private final int childrenAtOnce;

    public Caseload(AppContext context) {
        this(context, CHILDREN_AT_ONCE);
    }

    /** @param childrenAtOnce more changed children than this are worked out again as a whole caseload */
    Caseload(AppContext context, int childrenAtOnce) {
        this.repositories = context.repositories();
        this.childrenAtOnce = childrenAtOnce;
    }

    /** Tells {@code listener} each change, on the thread that found it. */
    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /**
     * The caseload as at {@code day}, brought up to date with the records first. What it finds changed is
     * told to the listeners by the next {@link #catchUp}, not here: the window asks for that after a save,
     * knowing by then which screen saved, so a screen is not told of its own save while it is still showing it.
     */
    public Day day(LocalDate day) {
        synchronized (this) {
            Inputs inputs = inputs();
            Day kept = days.get(day);
            Update update = kept == null ? new Update(build(day, inputs), null)
                    : kept.inputs.equals(inputs) ? caughtUp(kept) : new Update(build(day, inputs), new Reloaded());
            Day current = update.day();
            if (update.change() instanceof Reloaded) {
                days.clear(); // the other day's figures are stale too: made again when next asked
                reloadToTell = true;
                changedToTell.clear();
            } else if (update.change() instanceof ChildrenChanged children && !reloadToTell) {
                changedToTell.addAll(children.childIds());
            }
            days.put(day, current);
            while (days.size() > DAYS_KEPT) {
                days.remove(days.keySet().iterator().next());
            }
            return current;
        }
    }

    /**
     * One child as at {@code day}, worked out from their records alone (the day kept is brought up to date
     * by {@link #catchUp}, which tells the screens; one screen's reading of the child it just saved tells
     * nobody). Empty when there is no such child.
     */
    public Optional<ChildDay> child(long childId, LocalDate day) {
        Inputs inputs = inputs();
        WorkingDayCalendar calendar = calendarOf(inputs);
        return repositories.caseload().loadChild(childId).map(c -> childDay(c, day, inputs, calendar));
    }

    /** The calendar of a day kept with the same holidays, else one made from them (the shipped list is parsed). */
    private WorkingDayCalendar calendarOf(Inputs inputs) {
        synchronized (this) {
            for (Day d : days.values()) {
                if (d.inputs.holidays().equals(inputs.holidays())) {
                    return d.calendar;
                }
            }
        }
        return RulesService.calendarOf(inputs.holidays());
    }

    /**
     * Brings every day kept up to date with the records (after a save, an import, or another desk's work)
     * and tells the listeners what changed since they were last told, including what a screen's reading found
     * meanwhile; reads nothing when no day has been asked for yet.
     */
    public void catchUp() {
        List<LocalDate> kept;
        synchronized (this) {
            kept = new ArrayList<>(days.keySet());
        }
        kept.forEach(this::day);
        Change change;
        synchronized (this) {
            change = reloadToTell ? new Reloaded() : changedToTell.isEmpty() ? null : new ChildrenChanged(changedToTell);
            reloadToTell = false;
            changedToTell.clear();
        }
        if (change != null) {
            listeners.forEach(l -> l.accept(change));
        }
    }

    private record Update(Day day, Change change) {
    }

    private Update caughtUp(Day kept) {
        CaseloadRepository.Changes changes = repositories.caseload().changedSince(kept.version, childrenAtOnce);
        if (changes == null) {
            return new Update(build(kept.day, kept.inputs), new Reloaded());
        }
        if (changes.cases().isEmpty() && changes.copies() == kept.children.size()) {
            return new Update(kept, null);
        }
        Map<Long, ChildDay> children = new HashMap<>(kept.children);
        WorkingDayCalendar calendar = kept.calendar;
        Set<Long> changed = new HashSet<>();
        for (ChildCase c : changes.cases()) {
            children.put(c.child().id(), childDay(c, kept.day, kept.inputs, calendar));
            changed.add(c.child().id());
        }
        if (children.size() != changes.copies()) { // a child was deleted: read them all again
            return new Update(build(kept.day, kept.inputs), new Reloaded());
        }
        return new Update(new Day(kept.day, children, changes.version(), kept.inputs, calendar),
                new ChildrenChanged(changed));
    }

    private Day build(LocalDate day, Inputs inputs) {
        long started = System.nanoTime();
        WorkingDayCalendar calendar = calendarOf(inputs);
        ExecutorService workers = Workers.forReading("caseload-of-the-day");
        CaseloadRepository.Reading<List<ChildDay>> reading;
        try {
            reading = repositories.caseload().readBatches(cases -> {
                List<ChildDay> out = new ArrayList<>(cases.size());
                for (ChildCase c : cases) {
                    out.add(childDay(c, day, inputs, calendar));
                }
                return out;
            }, workers);
        } finally {
            workers.shutdownNow();
        }
        Map<Long, ChildDay> children = new HashMap<>();
        for (List<ChildDay> batch : reading.results()) {
            for (ChildDay c : batch) {
                children.put(c.summary().childId(), c);
            }
        }
        LOG.info("Caseload of {} worked out: {} children in {} ms", day, children.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new Day(day, children, reading.version(), inputs, calendar);
    }

    private static ChildDay childDay(ChildCase c, LocalDate day, Inputs inputs, WorkingDayCalendar calendar) {
        CaseFacts facts = CaseFacts.of(c, day, inputs.settings(), calendar);
        return new ChildDay(ChildSummary.of(facts, inputs.settings(), calendar),
                AlertsService.lines(c, facts, inputs.settings(), calendar),
                EscalationsService.lines(c, facts, day, inputs.settings(), calendar),
                PaymentsService.lines(c, inputs.tariff(), inputs.commissioners()));
    }

    private Inputs inputs() {
        return new Inputs(repositories.settings().load(), repositories.bankHolidays().findAll(),
                repositories.tariff().findAll(), repositories.team().findAll(), new lactracker.domain.Commissioners(repositories.commissioners().findAll()));
    }
}
