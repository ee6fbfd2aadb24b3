package lactracker.app;

import lactracker.testdata.Databases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import lactracker.domain.FieldProblem;
import lactracker.domain.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: the settings' limits are the domain's, held by the service whoever saves, not only by the screen. */
class SettingsServiceTest {
    @TempDir
    Path dir;

    @Test
    void aSettingOutsideItsRangeIsRefusedByTheServiceAndNothingIsSaved() {
        try (AppContext c = AppContext.open(Databases.fresh(dir.resolve("db")), Clock.systemUTC(), "lead")) {
            SettingsService service = new SettingsService(c);
            assertThatThrownBy(() -> service.save(Settings.DEFAULTS.withIhaDueWorkingDays(61)))
                    .isInstanceOf(FieldProblem.Refused.class)
                    .satisfies(e -> assertThat(((FieldProblem.Refused) e).problems()).extracting(FieldProblem::field)
                            .containsExactly("ihaDue"));
            assertThat(service.load().settings()).isEqualTo(Settings.DEFAULTS);

            service.save(Settings.DEFAULTS.withIhaDueWorkingDays(25));
            assertThat(service.load().settings().ihaDueWorkingDays()).isEqualTo(25);
        }
    }
}
