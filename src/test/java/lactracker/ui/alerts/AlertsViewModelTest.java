package lactracker.ui.alerts;

import lactracker.testdata.Databases;
import lactracker.app.AppServices;
import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import lactracker.app.AlertsService;
import lactracker.app.AppContext;
import lactracker.app.ChildrenService;
import lactracker.domain.AlertKind;
import lactracker.domain.Alerts;
import lactracker.domain.Child;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home screen's model: the day's alerts, counts by kind, filters, and a child worked out again after a save. */
class AlertsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    AppContext context;
    AlertsViewModel model;
    ChildrenService children;
    Child overdue;
    TeamMember nurse;

    @BeforeEach
    void open() {
        context = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "lead");
        var r = context.repositories();
        nurse = r.team().insert(new TeamMember(null, "Nurse Invented", TeamRole.NURSE, null, true));
        overdue = r.children().insert(aChild().withLaId("A1").bornOn(LocalDate.of(2010, 6, 15)).withNurse(nurse.id()).build());
        r.episodes().insert(anEpisode().forChild(overdue.id()).startingOn(LocalDate.of(2017, 1, 9)).build()); // IHA due 6 Feb
        Child other = r.children().insert(aChild().withLaId("B2").bornOn(LocalDate.of(2010, 6, 15)).build());
        r.episodes().insert(anEpisode().forChild(other.id()).startingOn(LocalDate.of(2017, 2, 20)).build()); // IHA due 20 Mar
        children = new AppServices(context).children();
        model = new AlertsViewModel(new DirectTaskRunner(), new AppServices(context).alerts(), children::team, "logs");
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private java.util.List<AlertKind> kinds(String laId) {
        return model.rows().stream().filter(l -> l.alert().laChildId().equals(laId)).map(l -> l.alert().kind()).toList();
    }

    @Test
    void theScreenShowsWhatTheRulesEngineComputesWithNames() {
        var expected = Alerts.forDay(context.repositories().caseload().loadAll(), LocalDate.of(2017, 3, 1),
                lactracker.domain.Settings.DEFAULTS, lactracker.testdata.Calendars.englandAndWales());
        assertThat(model.rows()).extracting(AlertsService.AlertLine::alert).containsExactlyElementsOf(expected);
        assertThat(model.rows().get(0).alert().kind()).isEqualTo(AlertKind.IHA_OVERDUE);
        assertThat(model.rows().get(0).childName()).isEqualTo("Fakename, Testa");
        assertThat(model.summaryProperty().get()).startsWith("1 red, ");
        assertThat(model.redSummary()).isEqualTo("1 assessment overdue, no escalation step due");
        assertThat(model.groups()).filteredOn(g -> g.kind() == AlertKind.IHA_OVERDUE)
                .singleElement().extracting(AlertsViewModel.Group::count).isEqualTo(1);
    }

    @Test
    void anOverdueIhaDisappearsWhenItIsLogged() {
        assertThat(kinds("A1")).contains(AlertKind.IHA_OVERDUE);

        children.save(anIha().forChild(overdue.id()).requestedOn(LocalDate.of(2017, 1, 10))
                .completedOn(LocalDate.of(2017, 2, 1)).build());
        model.refreshChild(overdue.id());

        assertThat(kinds("A1")).doesNotContain(AlertKind.IHA_OVERDUE, AlertKind.IHA_DUE_SOON);
        assertThat(model.redSummary()).isNull();
        assertThat(kinds("B2")).isNotEmpty(); // the others stay as they were
    }

    @Test
    void filtersByKindAndNurse() {
        model.kindProperty().set(AlertKind.IHA_OVERDUE);
        assertThat(model.rows()).extracting(l -> l.alert().laChildId()).containsExactly("A1");
        model.kindProperty().set(null);
        model.nurseProperty().set(nurse);
        assertThat(model.rows()).extracting(l -> l.alert().laChildId()).containsOnly("A1");
        assertThat(model.nurses()).startsWith(AlertsViewModel.NOT_ALLOCATED);
        model.nurseProperty().set(AlertsViewModel.NOT_ALLOCATED); // the children no nurse holds
        assertThat(model.rows()).isNotEmpty().extracting(l -> l.alert().laChildId()).containsOnly("B2");
    }

    @Test
    void theAlertsCanBeWorkedOutAsAtAnotherDay() {
        assertThat(kinds("A1")).contains(AlertKind.IHA_OVERDUE); // today, 1 Mar 2017
        model.asAtProperty().set(LocalDate.of(2017, 2, 1)); // before its IHA was due (6 Feb)
        assertThat(kinds("A1")).doesNotContain(AlertKind.IHA_OVERDUE).contains(AlertKind.IHA_DUE_SOON);
        assertThat(model.summaryProperty().get()).contains("1 Feb 2017");
        model.asAtProperty().set(null);
        assertThat(kinds("A1")).contains(AlertKind.IHA_OVERDUE);
    }
}
