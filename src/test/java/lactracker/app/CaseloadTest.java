package lactracker.app;

import lactracker.testdata.Databases;
import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lactracker.domain.AlertKind;
import lactracker.domain.AssessmentType;
import lactracker.domain.Child;
import lactracker.domain.DutyState;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caseload of the day: worked out once, brought up to date child by child after a change (whoever
 * wrote it), worked out whole again when the settings or many children change, and always what a
 * caseload worked out afresh from the database would say.
 */
class CaseloadTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2017, 3, 1);

    @TempDir
    Path dir;
    AppContext context;
    Caseload caseload;
    List<Caseload.Change> told = new ArrayList<>();
    List<Child> children = new ArrayList<>();

    /** The database the tests start from: a fresh H2 file here; a server's in the OnPostgres twin (issue 23). */
    AppContext openContext(java.time.Clock clock, String user) {
        return AppContext.open(Databases.fresh(dir.resolve("db")), clock, user);
    }

    @BeforeEach
    void open() {
        context = openContext(CLOCK, "nurse");
        for (int i = 0; i < 6; i++) {
            Child c = context.repositories().children().insert(aChild().withLaId("C" + i).bornOn(LocalDate.of(2010, 6, 15)).build());
            context.repositories().episodes().insert(anEpisode().forChild(c.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
            children.add(c);
        }
        caseload = new Caseload(context, 3);
        caseload.addListener(told::add);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** Every child's day as a caseload worked out afresh from the database says it. */
    private Map<Long, Caseload.ChildDay> afresh(LocalDate day) {
        return new Caseload(context).day(day).children().stream()
                .collect(Collectors.toMap(c -> c.summary().childId(), c -> c));
    }

    private Map<Long, Caseload.ChildDay> kept(LocalDate day) {
        return caseload.day(day).children().stream().collect(Collectors.toMap(c -> c.summary().childId(), c -> c));
    }

    @Test
    void isWorkedOutOnceAndSharedWhileNothingChanges() {
        Caseload.Day first = caseload.day(TODAY);

        assertThat(first.size()).isEqualTo(6);
        assertThat(first.summaries()).extracting(lactracker.domain.ChildSummary::laChildId)
                .containsExactly("C0", "C1", "C2", "C3", "C4", "C5"); // LA id order, as the list had them
        assertThat(caseload.day(TODAY)).isSameAs(first);
        assertThat(told).isEmpty(); // the first working out is not a change
    }

    @Test
    void aSavedChildIsWorkedOutAgainAloneAndTheScreensAreToldWhichChild() {
        Caseload.Day before = caseload.day(TODAY);
        long id = children.get(2).id();
        assertThat(before.child(id).orElseThrow().summary().state()).isEqualTo(DutyState.OVERDUE);
        assertThat(before.child(id).orElseThrow().alerts()).extracting(a -> a.alert().kind()).contains(AlertKind.IHA_OVERDUE);

        new AppServices(context).children().save(anIha().forChild(id).requestedOn(LocalDate.of(2017, 1, 10))
                .completedOn(LocalDate.of(2017, 2, 1)).build());
        caseload.catchUp();

        assertThat(told).containsExactly(new Caseload.ChildrenChanged(java.util.Set.of(id)));
        Caseload.Day after = caseload.day(TODAY);
        assertThat(after.child(id).orElseThrow().summary().nextDuty()).isEqualTo(AssessmentType.RHA);
        assertThat(after.child(id).orElseThrow().alerts()).extracting(a -> a.alert().kind()).doesNotContain(AlertKind.IHA_OVERDUE);
        assertThat(kept(TODAY)).isEqualTo(afresh(TODAY));
        // The others were not worked out again: the very same lines.
        assertThat(after.child(children.get(0).id()).orElseThrow()).isSameAs(before.child(children.get(0).id()).orElseThrow());
    }

    @Test
    void aChangeWrittenWithoutTheServicesIsFoundToo() {
        TeamMember nurse = context.repositories().team().insert(new TeamMember(null, "Sam Ash", TeamRole.NURSE, null, true));
        caseload.day(TODAY);
        long id = children.get(4).id();

        // As another desk, or a command run beside the window, would write it: straight to the records.
        context.repositories().children().update(context.repositories().children().findById(id).orElseThrow()
                .withAllocatedNurseId(nurse.id()));
        caseload.catchUp();

        assertThat(told).containsExactly(new Caseload.ChildrenChanged(java.util.Set.of(id)));
        assertThat(caseload.day(TODAY).child(id).orElseThrow().summary().allocatedNurseId()).isEqualTo(nurse.id());
        assertThat(kept(TODAY)).isEqualTo(afresh(TODAY));
    }

    @Test
    void aNewChildIsAddedAndTheScreensAreToldOfIt() {
        caseload.day(TODAY);
        Child added = context.repositories().children().insert(aChild().withLaId("NEW").bornOn(LocalDate.of(2012, 1, 1)).build());

        caseload.catchUp();

        assertThat(told).containsExactly(new Caseload.ChildrenChanged(java.util.Set.of(added.id())));
        assertThat(caseload.day(TODAY).size()).isEqualTo(7);
        assertThat(kept(TODAY)).isEqualTo(afresh(TODAY));
    }

    @Test
    void moreChangedChildrenThanItTakesOneByOneWorksEverythingOutAgain() {
        caseload.day(TODAY);
        for (Child c : children.subList(0, 4)) { // more than 3
            context.repositories().episodes().insert(anEpisode().forChild(c.id()).startingOn(LocalDate.of(2017, 2, 9)).build());
        }

        caseload.catchUp();

        assertThat(told).containsExactly(new Caseload.Reloaded());
        assertThat(kept(TODAY)).isEqualTo(afresh(TODAY));
    }

    @Test
    void aChangedSettingWorksEverythingOutAgain() {
        caseload.day(TODAY);
        var settings = context.repositories().settings().load();
        context.repositories().settings().save(settings.withIhaDueWorkingDays(settings.ihaDueWorkingDays() + 20));

        caseload.catchUp();

        assertThat(told).containsExactly(new Caseload.Reloaded());
        assertThat(kept(TODAY)).isEqualTo(afresh(TODAY));
        assertThat(caseload.day(TODAY).child(children.get(0).id()).orElseThrow().summary().state())
                .isNotEqualTo(DutyState.OVERDUE); // 40 working days from 9 January is in March
    }

    @Test
    void anotherDayIsNotAChangeAndOneChildIsWorkedOutAlone() {
        caseload.day(TODAY);
        LocalDate earlier = LocalDate.of(2017, 1, 20);

        assertThat(caseload.day(earlier).child(children.get(0).id()).orElseThrow().summary().state())
                .isNotEqualTo(DutyState.OVERDUE);
        assertThat(told).isEmpty();
        assertThat(caseload.child(children.get(0).id(), TODAY)).contains(caseload.day(TODAY).child(children.get(0).id()).orElseThrow());
        assertThat(caseload.child(children.get(0).id(), LocalDate.of(2016, 12, 1))).isPresent();
        assertThat(caseload.child(-1, TODAY)).isEmpty();
    }

    @Test
    void aChangeAScreensReadingFindsIsToldByTheNextCatchingUpNotByTheReading() {
        // The window asks for the catching up after a save, knowing by then which screen saved: a reading
        // by another screen in the meantime must not tell the saving screen of its own save first.
        caseload.day(TODAY);
        long id = children.get(1).id();
        context.repositories().episodes().insert(anEpisode().forChild(id).startingOn(LocalDate.of(2017, 2, 9)).build());

        assertThat(caseload.day(TODAY).child(id).orElseThrow().summary()).isEqualTo(afresh(TODAY).get(id).summary());
        assertThat(told).isEmpty();

        caseload.catchUp();
        assertThat(told).containsExactly(new Caseload.ChildrenChanged(java.util.Set.of(id)));
        caseload.catchUp();
        assertThat(told).hasSize(1); // told once
    }
}
