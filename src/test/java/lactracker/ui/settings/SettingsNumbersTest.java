package lactracker.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import lactracker.domain.Settings;
import org.junit.jupiter.api.Test;

/** Each number on the Settings screen reads and writes its own setting, and no other, by name. */
class SettingsNumbersTest {
    @Test
    void eachNumberWritesItsOwnSettingAndLeavesTheOthers() {
        for (SettingsViewModel.NumberSetting n : SettingsViewModel.NUMBERS) {
            Settings changed = n.write().apply(Settings.DEFAULTS, 17);

            assertThat(n.read().applyAsInt(changed)).as(n.field()).isEqualTo(17);
            for (SettingsViewModel.NumberSetting other : SettingsViewModel.NUMBERS) {
                if (other != n) {
                    assertThat(other.read().applyAsInt(changed)).as(n.field() + " left " + other.field())
                            .isEqualTo(other.read().applyAsInt(Settings.DEFAULTS));
                }
            }
        }
    }

    @Test
    void everySettingOfTheRulesIsOnTheScreenOnce() {
        assertThat(SettingsViewModel.NUMBERS).extracting(n -> n.read().applyAsInt(n.write().apply(Settings.DEFAULTS, 29)))
                .containsOnly(29);
        assertThat(SettingsViewModel.NUMBERS).hasSize(8).extracting(SettingsViewModel.NumberSetting::field)
                .doesNotHaveDuplicates();
    }
}
