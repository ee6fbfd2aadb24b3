package lactracker.ui.children;

import lactracker.testdata.Databases;
import lactracker.app.AppServices;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import lactracker.app.AppContext;
import lactracker.app.ChildrenService;
import lactracker.domain.Child;
import lactracker.domain.DutyState;
import lactracker.domain.Placement;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Children screen's model, without a window: search, filters, order, count, and a line refreshed. */
class ChildrenViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    AppContext context;
    ChildrenViewModel model;
    TeamMember nurse;
    Child overdue;
    Child onTrack;
    Child left;

    @BeforeEach
    void open() {
        context = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "nurse");
        var r = context.repositories();
        nurse = r.team().insert(new TeamMember(null, "Nurse Invented", TeamRole.NURSE, null, true));
        // In care since 9 Jan 2017: IHA due 6 Feb, overdue on 1 March.
        overdue = r.children().insert(aChild().withLaId("A1").named("Ann", "Zeta").withNhsNumber("9990000018")
                .withNurse(nurse.id()).build());
        r.episodes().insert(anEpisode().forChild(overdue.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
        // In care since 20 Feb 2017: IHA due 20 March, on track on 1 March.
        onTrack = r.children().insert(aChild().withLaId("B2").named("Bea", "Alpha").withNhsNumber("9990000026").build());
        r.episodes().insert(anEpisode().forChild(onTrack.id()).startingOn(LocalDate.of(2017, 2, 20))
                .placedAt("LU1 1AA", lactracker.domain.PlacementLocation.OUT).build());
        left = r.children().insert(aChild().withLaId("C3").named("Cal", "Beta").build());
        r.episodes().insert(anEpisode().forChild(left.id()).startingOn(LocalDate.of(2016, 1, 4))
                .endingOn(LocalDate.of(2016, 6, 1), "E4A").build());
        model = new ChildrenViewModel(new DirectTaskRunner(), new AppServices(context).children(), "logs");
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private java.util.List<String> shown() {
        return model.rows().stream().map(r -> r.summary().laChildId()).toList();
    }

    @Test
    void listsTheChildrenLookedAfterMostUrgentFirstWithACount() {
        assertThat(shown()).containsExactly("A1", "B2");
        assertThat(model.countProperty().get()).isEqualTo("Showing 2 of 3");
        ChildrenViewModel.Row first = model.rows().get(0);
        assertThat(first.nhsNumber()).isEqualTo("999 000 0018");
        assertThat(first.nurse()).isEqualTo("Nurse Invented");
        assertThat(first.summary().state()).isEqualTo(DutyState.OVERDUE);
        assertThat(first.legalStatus()).isEqualTo("Full care order");
    }

    @Test
    void searchFindsByNameNhsNumberWithOrWithoutSpacesAndLaId() {
        model.searchProperty().set("999 000 0026");
        assertThat(shown()).containsExactly("B2");
        model.searchProperty().set("9990000018");
        assertThat(shown()).containsExactly("A1");
        model.searchProperty().set("alpha");
        assertThat(shown()).containsExactly("B2");
        model.searchProperty().set("Zeta, Ann");
        assertThat(shown()).containsExactly("A1");
        model.searchProperty().set("b2");
        assertThat(shown()).containsExactly("B2");
        model.searchProperty().set("nobody");
        assertThat(shown()).isEmpty();
        assertThat(model.countProperty().get()).isEqualTo("Showing 0 of 3");
    }

    @Test
    void filtersNarrowTheListAndClearingThemBringsItBack() {
        model.stateProperty().set(DutyState.ON_TRACK);
        assertThat(shown()).containsExactly("B2");
        model.stateProperty().set(null);
        model.placementProperty().set(Placement.OUT_OF_COUNTY);
        assertThat(shown()).containsExactly("B2");
        model.placementProperty().set(null);
        model.nurseProperty().set(model.nurses().get(1)); // not allocated
        assertThat(shown()).containsExactly("B2");
        model.nurseProperty().set(model.nurses().get(2)); // the nurse
        assertThat(shown()).containsExactly("A1");
        model.showProperty().set(ChildrenViewModel.Show.LEFT);
        assertThat(shown()).isEmpty(); // the nurse holds no child who left
        model.clearFilters();
        model.showProperty().set(ChildrenViewModel.Show.ALL);
        assertThat(shown()).containsExactlyInAnyOrder("A1", "B2", "C3");
    }

    @Test
    void theOrderTheTableAsksForIsApplied() {
        model.orderProperty().set(Comparator.comparing(ChildrenViewModel.Row::name));
        assertThat(shown()).containsExactly("B2", "A1"); // Alpha before Zeta
    }

    @Test
    void aSavedChildsLineIsRefreshedWithoutReadingTheOthers() {
        context.repositories().children().update(context.repositories().children().findById(onTrack.id()).orElseThrow()
                .withTeamFields("Bea", "Omega", "9990000026", null, null, null, nurse.id(), false, null, null));
        model.refreshChild(onTrack.id());
        model.searchProperty().set("omega");
        assertThat(shown()).containsExactly("B2");
        assertThat(model.rows().get(0).nurse()).isEqualTo("Nurse Invented");
    }

    @Test
    void theListCanBeWorkedOutAsAtAnotherDay() {
        assertThat(model.rows()).filteredOn(r -> r.summary().laChildId().equals("A1")).singleElement()
                .satisfies(r -> assertThat(r.summary().state()).isEqualTo(DutyState.OVERDUE)); // today, 1 Mar 2017

        model.asAtProperty().set(LocalDate.of(2016, 3, 1)); // C3 was looked after then; A1 and B2 not yet
        assertThat(shown()).containsExactly("C3");
        assertThat(model.today()).isEqualTo(LocalDate.of(2016, 3, 1));

        model.asAtProperty().set(null);
        assertThat(shown()).containsExactly("A1", "B2");
    }
}
