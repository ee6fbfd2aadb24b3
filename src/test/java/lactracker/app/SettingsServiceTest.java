package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import lactracker.domain.Access;
import lactracker.domain.AssessmentType;
import lactracker.domain.FieldProblem;
import lactracker.domain.Settings;
import lactracker.domain.TariffPrice;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.store.StaleRecordException;
import lactracker.testdata.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: the settings' limits are the domain's, held by the service whoever saves, not only by the
 * screen; the team, the tariff and the bank holidays kept the same way.
 */
class SettingsServiceTest {
    @TempDir
    Path dir;

    /** The database the test works on: a file; its twin's, on the server. */
    TestDatabase freshDatabase() {
        return TestDatabase.file(dir.resolve("db"));
    }

    /**
     * Issue 24: the area's practices and their commissioners, from a file, each from a day; a second file
     * from a later day moves a practice on without losing the days before; a file with a bad row changes
     * nothing; a nurse may not import; every line added or changed is in the trail.
     */
    @Test
    void thePracticesTableIsImportedFromAFileInOneStepAndDatedLinesAddUp() throws Exception {
        Path first = dir.resolve("practices.csv");
        java.nio.file.Files.writeString(first, "PRACTICE_CODE,NAME,COMMISSIONER_CODE\nZ11111,Invented Surgery,15N\n"
                + "z22222,Made-up Practice,99a\n");
        Path later = dir.resolve("practices-2023.csv");
        java.nio.file.Files.writeString(later, "practice_code,commissioner_code\nZ11111,99A\nZ22222,99A\n");
        Path bad = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(bad, "PRACTICE_CODE,COMMISSIONER_CODE\nZ33333,15N\nZ44444,\n");
        try (AppContext c = freshDatabase().open(Clock.systemUTC(), "admin", Access.ADMINISTRATOR)) {
            SettingsService service = new SettingsService(c);
            var imported = service.importCommissioners(first, java.time.LocalDate.of(2019, 4, 1));
            assertThat(imported).isEqualTo(new SettingsService.CommissionersImported(2, 0, 0));
            assertThat(service.importCommissioners(first, java.time.LocalDate.of(2019, 4, 1)))
                    .isEqualTo(new SettingsService.CommissionersImported(0, 0, 2));
            assertThat(service.importCommissioners(later, java.time.LocalDate.of(2023, 7, 1)))
                    .isEqualTo(new SettingsService.CommissionersImported(2, 0, 0));
            assertThatThrownBy(() -> service.importCommissioners(bad, java.time.LocalDate.of(2024, 1, 1)))
                    .isInstanceOf(lactracker.io.FileFormatException.class)
                    .hasMessage("bad.csv, line 3: COMMISSIONER_CODE is blank. Nothing was imported.");

            assertThat(service.load().commissioners()).extracting(p -> p.practiceCode() + " " + p.validFrom() + " "
                    + p.commissionerCode()).containsExactly("Z11111 2019-04-01 15N", "Z11111 2023-07-01 99A",
                    "Z22222 2019-04-01 99A", "Z22222 2023-07-01 99A");
            var table = new RulesService(c.repositories()).commissioners();
            assertThat(table.on("Z11111", java.time.LocalDate.of(2023, 6, 30))).isEqualTo("15N");
            assertThat(table.on("Z11111", java.time.LocalDate.of(2023, 7, 1))).isEqualTo("99A");
            for (String key : java.util.List.of("Z11111@2019-04-01", "Z11111@2023-07-01", "Z22222@2019-04-01",
                    "Z22222@2023-07-01")) { // each line added once, into the trail; the same file again added nothing
                assertThat(c.repositories().auditLog().findByRecord("practice_commissioner", key)).as(key).hasSize(1);
            }

            service.deleteCommissioner(service.load().commissioners().get(1));
            assertThat(service.load().commissioners()).hasSize(3);
        }
        try (AppContext nurse = freshDatabase().open(Clock.systemUTC(), "s.ash", Access.NURSE)) {
            assertThatThrownBy(() -> new SettingsService(nurse).importCommissioners(first, java.time.LocalDate.of(2019, 4, 1)))
                    .isInstanceOf(lactracker.domain.NotAllowedException.class);
        }
    }

    @Test
    void aSettingOutsideItsRangeIsRefusedByTheServiceAndNothingIsSaved() {
        try (AppContext c = freshDatabase().open(Clock.systemUTC(), "lead", Access.ADMINISTRATOR)) {
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

    @Test
    void settingsSavedOverAnotherDesksSaveSinceTheyWereReadAreRefusedNamingWho() {
        TestDatabase db = freshDatabase();
        Settings read;
        try (AppContext jo = db.open(Clock.systemUTC(), "j.smith", Access.ADMINISTRATOR)) {
            read = new SettingsService(jo).load().settings();
        }
        try (AppContext sam = db.open(Clock.systemUTC(), "s.ash", Access.ADMINISTRATOR)) {
            SettingsService service = new SettingsService(sam);
            service.save(service.load().settings(), read.withIhaDueWorkingDays(22));
        }
        try (AppContext jo = db.open(Clock.systemUTC(), "j.smith", Access.ADMINISTRATOR)) {
            SettingsService service = new SettingsService(jo);
            assertThatThrownBy(() -> service.save(read, read.withIhaDueWorkingDays(30)))
                    .isInstanceOf(StaleRecordException.class).hasMessageStartingWith("Changed by s.ash ");
            assertThat(service.load().settings().ihaDueWorkingDays()).isEqualTo(22);
            Settings again = service.load().settings();
            service.save(again, again.withIhaDueWorkingDays(30));
            assertThat(service.load().settings().ihaDueWorkingDays()).isEqualTo(30);
        }
    }

    @Test
    void aTeamMemberIsAddedAndChangedFromTheCopyReadAndATakenUsernameOrAStaleCopyIsRefused() {
        try (AppContext c = freshDatabase().open(Clock.systemUTC(), "admin", Access.ADMINISTRATOR)) {
            SettingsService service = new SettingsService(c);
            TeamMember added = service.saveMember(new TeamMember(null, "  Ann Invented ", TeamRole.NURSE, " a.inv ", true));
            assertThat(added).isEqualTo(new TeamMember(added.id(), "Ann Invented", TeamRole.NURSE, "a.inv", true, 0));
            assertThatThrownBy(() -> service.saveMember(new TeamMember(null, "Another", TeamRole.NURSE, "A.INV", true)))
                    .isInstanceOf(FieldProblem.Refused.class).hasMessageContaining("already has the username A.INV");

            TeamMember lead = service.saveMember(new TeamMember(added.id(), "Ann Invented", TeamRole.TEAM_LEAD, "a.inv",
                    true, added.version()));
            assertThat(lead.version()).isEqualTo(1);
            assertThatThrownBy(() -> service.saveMember(new TeamMember(added.id(), "Ann Renamed", TeamRole.NURSE, "a.inv",
                    true, added.version()))).isInstanceOf(StaleRecordException.class);
            assertThat(service.load().team()).containsExactly(lead);
        }
    }

    @Test
    void tariffLinesAndBankHolidaysAreKeptAndAWrongFileChangesNothing() throws Exception {
        try (AppContext c = freshDatabase().open(Clock.systemUTC(), "admin", Access.ADMINISTRATOR)) {
            SettingsService service = new SettingsService(c);
            service.saveTariff(AssessmentType.IHA, LocalDate.of(2026, 4, 1), new BigDecimal("560.00"));
            service.saveTariff(AssessmentType.IHA, LocalDate.of(2026, 4, 1), new BigDecimal("575.00"));
            assertThat(service.load().tariff()).containsExactly(
                    new TariffPrice(AssessmentType.IHA, LocalDate.of(2026, 4, 1), new BigDecimal("575.00")));
            assertThatThrownBy(() -> service.saveTariff(AssessmentType.RHA, null, new BigDecimal("-1")))
                    .isInstanceOf(FieldProblem.Refused.class);

            Path notes = dir.resolve("notes.json");
            Files.writeString(notes, "{\"notes\": []}");
            assertThatThrownBy(() -> service.importBankHolidays(notes)).hasMessageStartingWith("notes.json is not a bank-holiday file");
            assertThat(service.load().holidaysImported()).isFalse();
            Path holidays = dir.resolve("bank-holidays.json");
            Files.writeString(holidays, "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
                    + "{\"title\": \"Christmas Day\", \"date\": \"2027-12-27\", \"notes\": \"Substitute day\", \"bunting\": true}]}}");
            assertThat(service.importBankHolidays(holidays)).isEqualTo(1);
            assertThat(service.load().holidays()).isEqualTo(1);
        }
    }

    @Test
    void aTeamLeadMayNotChangeTheSettingsOrTheTeam() {
        TestDatabase db = freshDatabase();
        try (AppContext c = db.open(Clock.systemUTC(), "lead", Access.TEAM_LEAD)) {
            SettingsService service = new SettingsService(c);
            assertThatThrownBy(() -> service.save(Settings.DEFAULTS)).isInstanceOf(lactracker.domain.NotAllowedException.class);
            assertThatThrownBy(() -> service.saveMember(new TeamMember(null, "Ann", TeamRole.NURSE, null, true)))
                    .isInstanceOf(lactracker.domain.NotAllowedException.class);
            assertThat(service.load().team()).isEmpty();
        }
    }
}
