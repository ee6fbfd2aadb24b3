package lactracker.ui.settings;

import lactracker.testdata.Databases;
import lactracker.app.AppServices;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import lactracker.app.AppContext;
import lactracker.app.ChildrenService;
import lactracker.app.SettingsService;
import lactracker.domain.AssessmentType;
import lactracker.domain.Child;
import lactracker.domain.TeamRole;
import lactracker.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings screen's model without a window: checked at the field, saved as one change, due dates move. */
class SettingsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    AppContext context;
    SettingsViewModel model;
    Child child;
    final AtomicInteger changed = new AtomicInteger();

    @BeforeEach
    void open() {
        context = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "lead");
        child = context.repositories().children().insert(aChild().withLaId("A1").bornOn(LocalDate.of(2010, 6, 15)).build());
        context.repositories().episodes().insert(anEpisode().forChild(child.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
        model = new SettingsViewModel(new DirectTaskRunner(), new SettingsService(context), "logs", changed::incrementAndGet);
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** Issue 24: the area's practices from a file, from the day chosen (today at first); said beside the part. */
    @Test
    void thePracticesAreImportedFromTheDayChosenAndSaid() throws Exception {
        Path file = dir.resolve("practices.csv");
        java.nio.file.Files.writeString(file, "PRACTICE_CODE,COMMISSIONER_CODE\nZ11111,15N\nZ22222,99A\n");
        assertThat(model.commissionersFrom.get()).isEqualTo(LocalDate.of(2017, 3, 1));
        model.commissionersFrom.set(LocalDate.of(2016, 4, 1));
        model.importCommissioners(file);
        assertThat(model.messagePartProperty().get()).isEqualTo(SettingsViewModel.Part.COMMISSIONERS);
        assertThat(model.messageProperty().get()).isEqualTo("2 practices added, 0 changed, 0 already so, from 1 Apr 2016.");
        assertThat(model.commissioners()).extracting(p -> p.practiceCode() + " " + p.commissionerCode())
                .containsExactly("Z11111 15N", "Z22222 99A");

        java.nio.file.Files.writeString(file, "PRACTICE_CODE,COMMISSIONER_CODE\nZ11111,15N\nZ22222,\n");
        model.importCommissioners(file);
        assertThat(model.messageProperty().get()).isEqualTo(
                "practices.csv, line 3: COMMISSIONER_CODE is blank. Nothing was imported.");
        assertThat(model.commissioners()).hasSize(2);

        model.deleteCommissioner(model.commissioners().get(0));
        assertThat(model.commissioners()).extracting(p -> p.practiceCode()).containsExactly("Z22222");
    }

    @Test
    void theStoredSettingsAreShownAndAChangedDuePeriodMovesTheDueDate() {
        assertThat(model.number("ihaDue").get()).isEqualTo("20");
        assertThat(model.holidaysProperty().get()).contains("shipped with the tracker");
        model.number("ihaDue").set("25");
        model.homeLocalAuthority.set("919");
        model.homePostcodeDistricts.set("al1, SG12");
        int audited = context.repositories().auditLog().count();

        model.saveSettings();

        assertThat(model.problems()).isEmpty();
        assertThat(changed).hasValue(1);
        assertThat(context.repositories().auditLog().count()).isEqualTo(audited + 1);
        assertThat(model.homePostcodeDistricts.get()).isEqualTo("AL1, SG12");
        var summary = new AppServices(context).children().summary(child.id(), LocalDate.of(2017, 3, 1)).orElseThrow();
        assertThat(summary.nextDue()).isEqualTo(LocalDate.of(2017, 2, 13)); // 25 working days after 9 Jan
    }

    @Test
    void aBadValueIsNamedAtItsFieldAndNothingIsSaved() {
        model.number("ihaDue").set("0");
        model.number("dentalCheck").set("twelve");
        model.homePostcodeDistricts.set("St Albans");
        int audited = context.repositories().auditLog().count();

        model.saveSettings();

        assertThat(model.problems()).containsOnlyKeys("ihaDue", "dentalCheck", "homePostcodeDistricts");
        assertThat(model.problems().get("ihaDue")).isEqualTo("The IHA due period must be between 1 and 60.");
        assertThat(context.repositories().auditLog().count()).isEqualTo(audited);
        assertThat(changed).hasValue(0);
    }

    @Test
    void aTariffLineAndATeamMemberAreSavedAndAudited() {
        model.tariffType.set(AssessmentType.RHA);
        model.tariffFrom.set(LocalDate.of(2016, 4, 1));
        model.tariffAmount.set("330");
        model.addTariff();
        assertThat(model.tariff()).singleElement().satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("330"));

        model.newMember();
        model.memberName.set("Nurse Invented");
        model.memberRole.set(TeamRole.NURSE);
        model.memberUsername.set("invented1");
        model.saveMember();
        model.newMember();
        model.memberName.set("Another Invented");
        model.memberUsername.set("INVENTED1");
        model.saveMember();

        assertThat(model.team()).extracting(m -> m.name()).containsExactly("Nurse Invented");
        assertThat(model.problems()).containsKey("memberUsername");
    }

    @Test
    void aBankHolidayFileReplacesTheShippedOnesAndAFileThatIsNotOneChangesNothing() throws Exception {
        Path bad = dir.resolve("notes.json");
        Files.writeString(bad, "{\"scotland\": {\"events\": []}}");
        model.importBankHolidays(bad);
        assertThat(model.messageProperty().get()).startsWith("notes.json is not a bank-holiday file");
        assertThat(context.repositories().bankHolidays().findAll()).isEmpty();

        Path good = dir.resolve("bank-holidays.json");
        Files.writeString(good, "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
                + "{\"title\": \"New Year’s Day\", \"date\": \"2017-01-02\", \"notes\": \"Substitute day\", \"bunting\": true},"
                + "{\"title\": \"Good Friday\", \"date\": \"2017-04-14\", \"notes\": \"\", \"bunting\": false}]}}");
        model.importBankHolidays(good);

        assertThat(model.messageProperty().get()).startsWith("2 bank holidays imported");
        assertThat(model.holidaysProperty().get()).isEqualTo("2 bank holidays, imported, known until 31 Dec 2017.");
        assertThat(changed).hasValue(1);
    }

    @Test
    void aTypedSettingIsUnsavedAndSurvivesATariffLineBeingSaved() {
        assertThat(model.hasUnsavedChanges()).isFalse();
        model.number("ihaDue").set("22");
        assertThat(model.hasUnsavedChanges()).isTrue();
        model.tariffType.set(AssessmentType.IHA);
        model.tariffFrom.set(LocalDate.of(2016, 4, 1));
        model.tariffAmount.set("560");

        model.addTariff();

        assertThat(model.tariff()).hasSize(1);
        assertThat(model.number("ihaDue").get()).isEqualTo("22");
        model.saveSettings();
        assertThat(model.hasUnsavedChanges()).isFalse();
    }
}
