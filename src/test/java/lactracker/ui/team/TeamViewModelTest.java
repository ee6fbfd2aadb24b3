package lactracker.ui.team;

import lactracker.testdata.Databases;
import lactracker.app.AppServices;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import lactracker.app.AppContext;
import lactracker.app.TeamService;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Team screen's model without a window: caseloads, a nurse's children, moving them, a chart saved. */
class TeamViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-05-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    AppContext context;
    TeamViewModel model;
    TeamMember ash;
    TeamMember birch;
    final AtomicInteger changed = new AtomicInteger();

    @BeforeEach
    void open() {
        context = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "lead");
        var r = context.repositories();
        ash = r.team().insert(new TeamMember(null, "Nurse Ash", TeamRole.NURSE, null, true));
        birch = r.team().insert(new TeamMember(null, "Nurse Birch", TeamRole.NURSE, null, true));
        for (String id : new String[] {"A", "B", "C"}) {
            var c = r.children().insert(aChild().withLaId(id).bornOn(LocalDate.of(2010, 6, 15))
                    .withNurse(id.equals("C") ? null : ash.id()).build());
            r.episodes().insert(anEpisode().forChild(c.id()).startingOn(LocalDate.of(2017, 4, 3)).build());
        }
        model = new TeamViewModel(new DirectTaskRunner(), new AppServices(context).team(), "logs", changed::incrementAndGet);
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void choosingANurseShowsHerChildrenAndTheyCanBeMovedToAnother() {
        assertThat(model.caseload()).extracting(TeamViewModel.Load::nurse).containsExactly("Nurse Ash", "Not allocated");
        model.selectedLoadProperty().set(model.caseload().get(0));
        assertThat(model.children()).extracting(s -> s.laChildId()).containsExactlyInAnyOrder("A", "B");

        model.reassignToProperty().set(birch);
        model.reassign(java.util.List.of(model.children().get(0)));

        assertThat(model.messageProperty().get()).isEqualTo("1 child moved to Nurse Birch.");
        assertThat(changed).hasValue(1);
        model.load(); // as the shell does once told
        assertThat(model.caseload()).extracting(l -> l.nurse() + " " + l.load().children())
                .containsExactly("Nurse Ash 1", "Nurse Birch 1", "Not allocated 1");
    }

    @Test
    void nothingIsMovedWithoutChildrenOrANurseChosen() {
        model.selectedLoadProperty().set(model.caseload().get(0));
        model.reassign(java.util.List.of());
        assertThat(model.messageProperty().get()).startsWith("Choose the children to move first");
        model.reassign(java.util.List.of(model.children().get(0)));
        assertThat(model.messageProperty().get()).isEqualTo("Choose the nurse to move them to.");
        assertThat(changed).hasValue(0);
    }

    @Test
    void aChartPictureIsSavedAsAPngFile() throws Exception {
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        Path file = dir.resolve("chart.png");

        model.savePng(picture, file);

        assertThat(javax.imageio.ImageIO.read(file.toFile())).satisfies(i -> assertThat(i.getWidth()).isEqualTo(40));
        assertThat(model.messageProperty().get()).isEqualTo("Chart saved as chart.png.");
        assertThat(Files.size(file)).isPositive();
    }
}
