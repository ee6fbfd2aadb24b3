package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Settings screen's checks (issue 6). */
class SettingsChecksTest {

    @org.junit.jupiter.api.Test
    void eachNumberSettingWritesItsOwnSettingAndLeavesTheOthers() {
        for (SettingsChecks.NumberSetting n : SettingsChecks.NUMBERS) {
            Settings changed = n.write().apply(Settings.DEFAULTS, 17);

            assertThat(n.read().applyAsInt(changed)).as(n.field()).isEqualTo(17);
            for (SettingsChecks.NumberSetting other : SettingsChecks.NUMBERS) {
                if (other != n) {
                    assertThat(other.read().applyAsInt(changed)).as(n.field() + " left " + other.field())
                            .isEqualTo(other.read().applyAsInt(Settings.DEFAULTS));
                }
            }
        }
        assertThat(SettingsChecks.NUMBERS).hasSize(8).extracting(SettingsChecks.NumberSetting::field).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource(nullValues = "-", value = {
        "ihaDue, 20, -",
        "ihaDue, 61, The IHA due period must be between 1 and 60.",
        "rhaDueSoon, 120, -",
        "rhaDueSoon, 121, The RHA due-soon warning must be between 1 and 120.",
        "dentalCheck, 37, The dental check period must be between 1 and 36.",
        "uascReview, 25, The UASC review period must be between 1 and 24.",
    })
    void aWholeSetOfSettingsIsCheckedWhoeverSavesIt(String field, int value, String problem) {
        var setting = SettingsChecks.NUMBERS.stream().filter(n -> n.field().equals(field)).findFirst().orElseThrow();
        var problems = SettingsChecks.settings(setting.write().apply(Settings.DEFAULTS, value));
        assertThat(problems).extracting(FieldProblem::message).containsExactlyElementsOf(
                problem == null ? java.util.List.of() : java.util.List.of(problem));
    }

    @ParameterizedTest(name = "{0} (max {1}): problem {2}")
    @CsvSource(nullValues = "-", value = {"20, 60, false", "1, 60, false", "60, 60, false", "0, 60, true",
        "61, 60, true", "-, 60, true", "-3, 60, true"})
    void aNumberSettingIsAWholeNumberInItsRange(Integer value, int max, boolean problem) {
        assertThat(SettingsChecks.number("ihaDue", "The IHA due period", value, max) != null).isEqualTo(problem);
    }

    @ParameterizedTest(name = "home authority ''{0}'': problem {1}")
    @CsvSource(nullValues = "-", value = {"919, false", "'', false", "-, false", "E10000015, false", "91, true",
        "Herts, true", "9190, true"})
    void theHomeAuthorityIsADfeOrOnsCode(String code, boolean problem) {
        assertThat(SettingsChecks.homeLocalAuthority(code) != null).isEqualTo(problem);
    }

    @ParameterizedTest(name = "districts ''{0}'': {1}, problem {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "AL1, al2 SG12    | [AL1, AL2, SG12] | false",
        "''               | []               | false",
        "AL1, St Albans   | [AL1, ALBANS, ST] | true",
        "WC1A             | [WC1A]           | false",
        "AL1 1AA          | [1AA, AL1]       | true",
    })
    void homePostcodeDistrictsAreReadFromWhatWasTyped(String typed, String districts, boolean problem) {
        assertThat(SettingsChecks.districts(typed).toString()).isEqualTo(districts);
        assertThat(SettingsChecks.districtProblems(typed).isEmpty()).isEqualTo(!problem);
    }

    @ParameterizedTest(name = "member ''{0}'' username {1}, taken {2}: {3}")
    @CsvSource(nullValues = "-", value = {"Nurse Invented, -, false, -", "'  ', -, false, memberName",
        "Nurse Invented, nurse1, true, memberUsername", "Nurse Invented, nurse1, false, -"})
    void aTeamMemberHasANameAndAUsernameNobodyElseHas(String name, String username, boolean taken, String field) {
        var problems = SettingsChecks.member(new TeamMember(null, name, TeamRole.NURSE, username, true), taken);
        assertThat(problems.stream().map(FieldProblem::field).toList())
                .isEqualTo(field == null ? java.util.List.of() : java.util.List.of(field));
    }

    @ParameterizedTest(name = "tariff {0} from {1} at {2}: {3}")
    @CsvSource(nullValues = "-", value = {"IHA, 2017-04-01, 560.00, -", "-, 2017-04-01, 560.00, tariffType",
        "IHA, -, 560.00, tariffFrom", "IHA, 2017-04-01, -, tariffAmount", "IHA, 2017-04-01, -1, tariffAmount",
        "IHA, 2017-04-01, 560.001, tariffAmount"})
    void aTariffLineHasATypeADateAndAPrice(AssessmentType type, LocalDate from, BigDecimal amount, String field) {
        assertThat(SettingsChecks.tariff(type, from, amount).stream().map(FieldProblem::field).toList())
                .isEqualTo(field == null ? java.util.List.of() : java.util.List.of(field));
    }
}
