package lactracker.store;

import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.AssessmentBuilder.anRha;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lactracker.domain.Appointment;
import lactracker.domain.AppointmentOutcome;
import lactracker.domain.AssessmentType;
import lactracker.domain.BankHoliday;
import lactracker.domain.Child;
import lactracker.domain.DentalFindings;
import lactracker.domain.Episode;
import lactracker.domain.Escalation;
import lactracker.domain.EscalationStep;
import lactracker.domain.HealthAssessment;
import lactracker.domain.ImportRun;
import lactracker.domain.Oc2Outcome;
import lactracker.domain.Payment;
import lactracker.domain.PlacementLocation;
import lactracker.domain.ScreeningItem;
import lactracker.domain.ScreeningOutcome;
import lactracker.domain.Settings;
import lactracker.domain.TariffPrice;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.domain.UascReview;
import lactracker.domain.UascScreening;
import lactracker.domain.YesNoUnknown;
import org.junit.jupiter.api.Test;

/**
 * Migrates a fresh file database with Flyway and drives every repository through it, so the generated
 * jOOQ model and the real schema cannot drift apart unnoticed.
 */
class RepositoriesTest extends FreshDatabase {
    @Test
    void migrationCreatesTheDatabaseFileWhereAsked() {
        org.junit.jupiter.api.Assumptions.assumeTrue(serverUrl == null, "a server keeps its own files");
        assertThat(db.file()).exists().hasFileName("tracker.mv.db");
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsData() {
        repos.children().insert(aChild().withLaId("K1").build());
        db.close();
        db = reopen();
        repos = Repositories.over(db, "test.user", CLOCK);
        assertThat(repos.children().findByLaChildId("K1")).isPresent();
    }

    @Test
    void childRoundTripsEveryField() {
        TeamMember nurse = repos.team().insert(new TeamMember(null, "Nurse Invented", TeamRole.NURSE, "ninvented", true));
        Child child = aChild().withLaId("A1").named("Alpha", "Testperson").withNhsNumber("9434765919")
                .withNurse(nurse.id()).uasc().build();

        Child saved = repos.children().insert(child);

        assertThat(saved.id()).isNotNull();
        assertThat(repos.children().findById(saved.id())).contains(saved);
        assertThat(repos.children().findByLaChildId("A1")).contains(saved);
        assertThat(repos.children().findByNhsNumber("9434765919")).contains(saved);
        assertThat(repos.children().count()).isEqualTo(1);
    }

    @Test
    void childUpdateBumpsVersionAndRefusesAStaleCopy() {
        Child saved = repos.children().insert(aChild().build());
        Child renamed = repos.children().update(saved.withTeamFields("New", "Name", null, null, null, null, null,
                false, LocalDate.of(2018, 1, 2), "note"));

        assertThat(renamed.version()).isEqualTo(1);
        assertThat(repos.children().findById(saved.id()).orElseThrow().givenName()).isEqualTo("New");
        // Named from the trail: the update above, by this test's user, at its clock's time.
        assertThatThrownBy(() -> repos.children().update(saved))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageStartingWith("Changed by test.user at 09:00: reload to see their change.");
    }

    @Test
    void duplicateNhsNumberIsRefusedInPlainEnglish() {
        repos.children().insert(aChild().withNhsNumber("9434765919").build());
        assertThatThrownBy(() -> repos.children().insert(aChild().withNhsNumber("9434765919").build()))
                .isInstanceOf(StoreException.class)
                .hasMessage("Another child already has this NHS number.");
        assertThat(repos.children().count()).isEqualTo(1);
    }

    @Test
    void deletingAChildRemovesEverythingRecordedAboutThem() {
        Child child = repos.children().insert(aChild().addedByHand().build());
        repos.episodes().insert(anEpisode().forChild(child.id()).build());
        repos.assessments().insert(anIha().forChild(child.id()).build());

        repos.children().delete(child.id());

        assertThat(repos.children().count()).isZero();
        assertThat(repos.episodes().count()).isZero();
        assertThat(repos.assessments().count()).isZero();
        assertThat(repos.auditLog().findByChild(child.id())).first().extracting(e -> e.action()).isEqualTo("delete");
    }

    @Test
    void episodesAreKeyedByChildAndStartAndUpdatedInPlace() {
        Child child = repos.children().insert(aChild().build());
        Episode first = repos.episodes().insert(anEpisode().forChild(child.id())
                .startingOn(LocalDate.of(2017, 1, 9)).placedAt("SG1 2AB", PlacementLocation.OUT).build());
        repos.episodes().insert(anEpisode().forChild(child.id()).withReason("P")
                .startingOn(LocalDate.of(2017, 6, 1)).build());

        Episode ended = new Episode(first.id(), first.childId(), first.startDate(), first.reasonNewEpisode(),
                first.legalStatus(), first.categoryOfNeed(), first.placementType(), first.placementProvider(),
                LocalDate.of(2017, 6, 1), "X1", first.reasonPlaceChange(), first.homePostcode(),
                first.placementPostcode(), first.urn(), first.placementLa(), first.placementLocation(),
                first.placementDistance(), PlacementLocation.IN);
        Episode saved = repos.episodes().update(ended);

        assertThat(saved).isEqualTo(ended.withVersion(1));
        assertThat(repos.episodes().findByChild(child.id())).extracting(Episode::startDate)
                .containsExactly(LocalDate.of(2017, 1, 9), LocalDate.of(2017, 6, 1));
        assertThat(repos.episodes().findByKey(child.id(), LocalDate.of(2017, 1, 9))).contains(saved);
        assertThatThrownBy(() -> repos.episodes().update(ended)) // the copy read before that save
                .isInstanceOf(StaleRecordException.class);
        repos.episodes().delete(first.id());
        assertThat(repos.episodes().count()).isEqualTo(1);
    }

    @Test
    void anEpisodeForTheSameChildAndStartIsRefused() {
        Child child = repos.children().insert(aChild().build());
        repos.episodes().insert(anEpisode().forChild(child.id()).build());
        assertThatThrownBy(() -> repos.episodes().insert(anEpisode().forChild(child.id()).build()))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThat(repos.episodes().count()).isEqualTo(1);
    }

    @Test
    void oc2RowIsInsertedThenReplaced() {
        Child child = repos.children().insert(aChild().build());
        repos.oc2().save(new Oc2Outcome(child.id(), 12, null, false, true, true, false, true, false, null, null));
        Oc2Outcome replaced = new Oc2Outcome(child.id(), null, "SDQ1", false, true, false, false, true, false, true, true);
        repos.oc2().save(replaced);
        assertThat(repos.oc2().find(child.id())).contains(replaced);
    }

    @Test
    void assessmentRoundTripsWithAppointmentsDentalAndUascSection() {
        Child child = repos.children().insert(aChild().uasc().build());
        UascReview uasc = new UascReview(true, "Tigrinya", "Eritrea", LocalDate.of(2017, 11, 2), true, false, true,
                true, false, true, List.of(
                        new UascScreening(ScreeningItem.TB, LocalDate.of(2018, 1, 5), ScreeningOutcome.DONE),
                        new UascScreening(ScreeningItem.HIV, LocalDate.of(2018, 1, 5), ScreeningOutcome.PENDING)));
        DentalFindings dental = new DentalFindings(YesNoUnknown.YES, "Fake Dental Practice",
                LocalDate.of(2017, 10, 1), true, true, LocalDate.of(2018, 1, 10), null);
        HealthAssessment iha = anIha().forChild(child.id()).completedOn(LocalDate.of(2018, 1, 8)).withSdq(14)
                .withDental(dental).withUascReview(uasc)
                .withAppointment(new Appointment(null, LocalDate.of(2018, 1, 3), "Fake Clinic",
                        AppointmentOutcome.DID_NOT_ATTEND, "no show"))
                .withAppointment(new Appointment(null, LocalDate.of(2018, 1, 8), "Fake Clinic",
                        AppointmentOutcome.ATTENDED, null))
                .build();

        HealthAssessment saved = repos.assessments().insert(iha);

        assertThat(saved.id()).isNotNull();
        assertThat(saved.completedOn()).isEqualTo(LocalDate.of(2018, 1, 8));
        assertThat(saved.dental()).isEqualTo(dental);
        assertThat(saved.uascReview().screening()).hasSize(2);
        assertThat(saved.appointments()).extracting(Appointment::outcome)
                .containsExactly(AppointmentOutcome.DID_NOT_ATTEND, AppointmentOutcome.ATTENDED);
        assertThat(repos.assessments().findByChild(child.id())).containsExactly(saved);
    }

    @Test
    void assessmentUpdateReplacesItsPartsAndRefusesAStaleCopy() {
        Child child = repos.children().insert(aChild().build());
        HealthAssessment saved = repos.assessments().insert(anRha().forChild(child.id())
                .withAppointment(new Appointment(null, LocalDate.of(2018, 2, 1), "Home", AppointmentOutcome.BOOKED, null))
                .build());
        HealthAssessment done = new HealthAssessment(saved.id(), saved.childId(), saved.type(),
                saved.requestReceived(), lactracker.domain.Outcome.COMPLETED, LocalDate.of(2018, 2, 1), null,
                "Nurse Invented", lactracker.domain.PractitionerRole.NURSE, "Fake Trust", false, null, null, null,
                YesNoUnknown.YES, 20, null, null, DentalFindings.NONE, List.of(), null, saved.source(), saved.version());

        HealthAssessment updated = repos.assessments().update(done);

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.appointments()).isEmpty();
        assertThat(updated.sdqScore()).isEqualTo(20);
        assertThatThrownBy(() -> repos.assessments().update(done)).isInstanceOf(StaleRecordException.class);
        repos.assessments().delete(saved.id());
        assertThat(repos.assessments().count()).isZero();
    }

    @Test
    void aCompletedAssessmentWithoutItsDateIsRefusedByTheSchemaToo() {
        Child child = repos.children().insert(aChild().build());
        assertThatThrownBy(() -> db.dsl().insertInto(lactracker.store.jooq.Tables.HEALTH_ASSESSMENT)
                .set(lactracker.store.jooq.Tables.HEALTH_ASSESSMENT.CHILD_ID, child.id())
                .set(lactracker.store.jooq.Tables.HEALTH_ASSESSMENT.ASSESSMENT_TYPE, "IHA")
                .set(lactracker.store.jooq.Tables.HEALTH_ASSESSMENT.OUTCOME, "completed")
                .set(lactracker.store.jooq.Tables.HEALTH_ASSESSMENT.SOURCE, "manual")
                .execute())
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
    }

    @Test
    void escalationClimbsTheLadderAndCloses() {
        Child child = repos.children().insert(aChild().build());
        Escalation opened = repos.escalations().insert(new Escalation(null, child.id(), AssessmentType.RHA,
                LocalDate.of(2018, 1, 15), null, "Fakeshire", "Fake Health Trust", LocalDate.of(2018, 1, 16), null,
                null, List.of(new EscalationStep(null, 1, LocalDate.of(2018, 1, 16), "LAC admin, Fake Trust",
                        "Date of appointment?", LocalDate.of(2018, 1, 30), null, null))));

        Escalation stepped = repos.escalations().addStep(opened, new EscalationStep(null, 2,
                LocalDate.of(2018, 2, 1), "Designated nurse, Fakeshire", "Please expedite",
                LocalDate.of(2018, 2, 15), null, null));
        long stepId = stepped.steps().get(1).id();
        Escalation answered = repos.escalations().recordResponse(stepped, stepId, LocalDate.of(2018, 2, 5),
                "Booked for 12 Feb");
        assertThat(repos.escalations().findOpen()).hasSize(1);

        Escalation closed = repos.escalations().close(answered, LocalDate.of(2018, 2, 12), "Assessment done", null);

        assertThat(closed.steps()).extracting(EscalationStep::level).containsExactly(1, 2);
        assertThat(closed.steps().get(1).response()).isEqualTo("Booked for 12 Feb");
        assertThat(repos.escalations().findOpen()).isEmpty();
        assertThat(repos.escalations().findByChild(child.id())).containsExactly(closed);

        // a step's change counts as the escalation's: a copy read before any of them is refused each time
        assertThat(closed.version()).isEqualTo(3);
        assertThatThrownBy(() -> repos.escalations().reopen(stepped)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> repos.escalations().deleteStep(answered, stepId)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> repos.escalations().addStep(opened, new EscalationStep(null, 2, LocalDate.of(2018, 2, 1),
                "Someone", null, LocalDate.of(2018, 2, 15), null, null))).isInstanceOf(StaleRecordException.class);
        assertThat(repos.escalations().findByChild(child.id())).containsExactly(closed);
        // and its duty, chased already, is not opened a second time
        assertThatThrownBy(() -> repos.escalations().insert(opened.withId(null))).isInstanceOf(StaleRecordException.class);
    }

    @Test
    void paymentIsInsertedVerifiedAndFoundByInvoiceDate() {
        Child child = repos.children().insert(aChild().build());
        HealthAssessment rha = repos.assessments().insert(anRha().forChild(child.id())
                .completedOn(LocalDate.of(2018, 1, 20)).outOfArea().build());
        TeamMember lead = repos.team().insert(new TeamMember(null, "Lead Invented", TeamRole.TEAM_LEAD, null, true));
        Payment invoiced = repos.payments().insert(new Payment(null, rha.id(), "INV-1", LocalDate.of(2018, 2, 3),
                new BigDecimal("350.00"), false, null, null, null, null));

        Payment verified = repos.payments().update(new Payment(invoiced.id(), rha.id(), "INV-1",
                LocalDate.of(2018, 2, 3), new BigDecimal("350.00"), true, lead.id(), LocalDate.of(2018, 2, 5),
                null, "checked against episodes"));

        assertThat(repos.payments().findByAssessment(rha.id())).contains(verified);
        assertThat(repos.payments().findInvoicedBetween(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 3, 31)))
                .containsExactly(verified);
        assertThat(repos.payments().findInvoicedBetween(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 6, 30))).isEmpty();

        // the copy read before that save: its change and its deletion are both refused, the save kept
        assertThatThrownBy(() -> repos.payments().update(invoiced.withVersion(0))).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> repos.payments().delete(invoiced)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> repos.payments().insert(new Payment(null, rha.id(), "INV-2", LocalDate.of(2018, 2, 4),
                new BigDecimal("1.00"), false, null, null, null, null))).isInstanceOf(StaleRecordException.class);
        assertThat(repos.payments().findByAssessment(rha.id())).contains(verified);
        repos.payments().delete(verified);
        assertThat(repos.payments().findByAssessment(rha.id())).isEmpty();
    }

    @Test
    void tariffPricesAreSavedReplacedAndDeleted() {
        repos.tariff().save(new TariffPrice(AssessmentType.IHA, LocalDate.of(2017, 4, 1), new BigDecimal("500.00")));
        repos.tariff().save(new TariffPrice(AssessmentType.IHA, LocalDate.of(2017, 4, 1), new BigDecimal("510.00")));
        repos.tariff().save(new TariffPrice(AssessmentType.RHA, LocalDate.of(2017, 4, 1), new BigDecimal("300.00")));

        assertThat(repos.tariff().findAll()).containsExactly(
                new TariffPrice(AssessmentType.IHA, LocalDate.of(2017, 4, 1), new BigDecimal("510.00")),
                new TariffPrice(AssessmentType.RHA, LocalDate.of(2017, 4, 1), new BigDecimal("300.00")));
        repos.tariff().delete(new TariffPrice(AssessmentType.RHA, LocalDate.of(2017, 4, 1), BigDecimal.ZERO));
        assertThat(repos.tariff().findAll()).hasSize(1);
    }

    @Test
    void teamMembersAreAddedAndChanged() {
        TeamMember nurse = repos.team().insert(new TeamMember(null, "Zed Invented", TeamRole.NURSE, "zed", true));
        repos.team().insert(new TeamMember(null, "Amy Invented", TeamRole.DOCTOR, null, true));
        TeamMember left = repos.team().update(new TeamMember(nurse.id(), "Zed Invented", TeamRole.NURSE, "zed", false));

        assertThat(repos.team().findAll()).extracting(TeamMember::name).containsExactly("Amy Invented", "Zed Invented");
        assertThat(repos.team().findById(nurse.id())).contains(left);
        assertThat(left.version()).isEqualTo(1);
        assertThatThrownBy(() -> repos.team().update(new TeamMember(nurse.id(), "Zed Renamed", TeamRole.NURSE, "zed",
                true, nurse.version()))).isInstanceOf(StaleRecordException.class);
        assertThat(repos.team().findById(nurse.id())).contains(left);
    }

    @Test
    void settingsDefaultUntilSavedThenKeepWhatWasSaved() {
        assertThat(repos.settings().load()).isEqualTo(Settings.DEFAULTS);
        Settings changed = new Settings(3, 20, 5, 20, 10, 12, 3, 3, "E10000015", Set.of("AL1", "SG12"));

        repos.settings().save(changed);

        assertThat(repos.settings().load()).isEqualTo(changed);
        repos.settings().save(Settings.DEFAULTS);
        assertThat(repos.settings().load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void bankHolidaysAreReplacedWhole() {
        repos.bankHolidays().replaceAll(List.of(new BankHoliday(LocalDate.of(2017, 12, 25), "Christmas Day")));
        List<BankHoliday> newer = List.of(
                new BankHoliday(LocalDate.of(2018, 12, 25), "Christmas Day"),
                new BankHoliday(LocalDate.of(2018, 1, 1), "New Year's Day"));

        repos.bankHolidays().replaceAll(newer);

        assertThat(repos.bankHolidays().findAll()).extracting(BankHoliday::date)
                .containsExactly(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 25));
    }

    @Test
    void importRunsAreListedNewestFirst() {
        repos.importRuns().insert(new ImportRun(null, "903", Instant.parse("2018-01-01T10:00:00Z"), "u", "a.csv", 5, 0, 0, 1));
        repos.importRuns().insert(new ImportRun(null, "assessments", Instant.parse("2018-02-01T10:00:00Z"), "u", "b.csv", 2, 1, 0, 0));

        assertThat(repos.importRuns().findLatest(10)).extracting(ImportRun::sourceName).containsExactly("b.csv", "a.csv");
    }

    @Test
    void everyChangeIsAuditedWithUserTimeAndOnlyTheChangedValues() {
        Child saved = repos.children().insert(aChild().named("Before", "Fakename").build());
        repos.children().update(saved.withTeamFields("After", "Fakename", null, null, null, null, null, false, null, null));

        var trail = repos.auditLog().findByChild(saved.id());

        assertThat(trail).extracting(e -> e.action()).containsExactly("update", "insert");
        var update = trail.get(0);
        assertThat(update.username()).isEqualTo("test.user");
        assertThat(update.changedAt()).isEqualTo(CLOCK.instant());
        assertThat(update.oldValues()).contains("\"givenName\":\"Before\"").doesNotContain("familyName");
        assertThat(update.newValues()).contains("\"givenName\":\"After\"").contains("\"version\":1");
        assertThat(repos.auditLog().findByRecord("child", String.valueOf(saved.id()))).hasSize(2);
    }

    @Test
    void theCaseloadIsReadInBulkExactlyAsEachRecordReadsAlone() {
        Child a = repos.children().insert(aChild().withLaId("B2").build());
        Child b = repos.children().insert(aChild().withLaId("A1").uasc().build());
        repos.episodes().insert(anEpisode().forChild(a.id()).build());
        repos.episodes().insert(anEpisode().forChild(b.id()).startingOn(LocalDate.of(2017, 2, 1)).build());
        UascReview review = new UascReview(true, "Dari", "Afghanistan", null, false, true, true, true, false, true,
                List.of(new UascScreening(ScreeningItem.HEPATITIS_B, LocalDate.of(2017, 3, 1), ScreeningOutcome.DONE)));
        HealthAssessment iha = repos.assessments().insert(anIha().forChild(b.id()).completedOn(LocalDate.of(2017, 3, 1))
                .withUascReview(review).withAppointment(new Appointment(null, LocalDate.of(2017, 3, 1), "Clinic",
                        AppointmentOutcome.ATTENDED, null))
                // logged after the later one: each read gives them in date order (the first decides the period)
                .withAppointment(new Appointment(null, LocalDate.of(2017, 2, 20), "Clinic",
                        AppointmentOutcome.DID_NOT_ATTEND, null)).build());
        // Every kind of column the bulk read converts: a small integer, yes/no/unknown codes, a flag, dates.
        HealthAssessment rha = repos.assessments().insert(anRha().forChild(b.id()).completedOn(LocalDate.of(2017, 9, 1))
                .outOfArea().withSdq(17).withDental(new DentalFindings(YesNoUnknown.YES, "Invented Dental",
                        LocalDate.of(2017, 8, 20), true, true, LocalDate.of(2017, 8, 21), LocalDate.of(2017, 10, 2)))
                .build());
        Escalation escalation = repos.escalations().insert(new Escalation(null, b.id(), AssessmentType.RHA,
                LocalDate.of(2017, 9, 1), rha.id(), "Fakeshire", null, LocalDate.of(2017, 8, 1), null, null,
                List.of(new EscalationStep(null, 1, LocalDate.of(2017, 8, 1), "Invented", null,
                        LocalDate.of(2017, 8, 15), null, null))));
        Payment payment = repos.payments().insert(new Payment(null, rha.id(), "I1", LocalDate.of(2017, 10, 1),
                new BigDecimal("300.00"), false, null, null, null, null));

        var cases = repos.caseload().loadAll();

        assertThat(cases).extracting(c -> c.child().laChildId()).containsExactly("A1", "B2");
        var first = cases.get(0);
        assertThat(first.child()).isEqualTo(repos.children().findById(b.id()).orElseThrow());
        assertThat(first.episodes()).isEqualTo(repos.episodes().findByChild(b.id()));
        assertThat(first.assessments()).containsExactlyInAnyOrderElementsOf(repos.assessments().findByChild(b.id()));
        assertThat(first.assessments()).extracting(HealthAssessment::id).containsExactlyInAnyOrder(iha.id(), rha.id());
        assertThat(first.escalations()).containsExactly(escalation);
        assertThat(first.payments()).containsExactly(payment);
        assertThat(cases.get(1).assessments()).isEmpty();
    }

    @Test
    void aFailedUseCaseWritesNothingAtAll() {
        assertThatThrownBy(() -> db.transaction(() -> {
            Child child = repos.children().insert(aChild().withLaId("X1").build());
            repos.episodes().insert(anEpisode().forChild(child.id()).build());
            repos.episodes().insert(anEpisode().forChild(child.id()).build()); // same key: refused
        })).isInstanceOf(org.jooq.exception.DataAccessException.class);

        assertThat(repos.children().count()).isZero();
        assertThat(repos.episodes().count()).isZero();
        assertThat(repos.auditLog().count()).isZero();
    }
}
