package lactracker.store;

import static lactracker.store.jooq.Tables.CASE_CHANGED;
import static lactracker.store.jooq.Tables.CASE_SNAPSHOT;
import static lactracker.store.jooq.Tables.CASE_SNAPSHOT_FORMAT;
import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.AssessmentBuilder.anRha;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lactracker.domain.Appointment;
import lactracker.domain.AppointmentOutcome;
import lactracker.domain.AssessmentType;
import lactracker.domain.Child;
import lactracker.domain.ChildCase;
import lactracker.domain.Episode;
import lactracker.domain.Escalation;
import lactracker.domain.EscalationStep;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Payment;
import lactracker.domain.ScreeningItem;
import lactracker.domain.ScreeningOutcome;
import lactracker.domain.UascReview;
import lactracker.domain.UascScreening;
import lactracker.testdata.RandomCases;
import org.junit.jupiter.api.Test;

/**
 * The whole caseload is read from stored copies of each case (decision 0009): every kind of change to a
 * child's records shows in the next whole read, because each one notes its child for copying again.
 */
class CaseSnapshotTest extends FreshDatabase {
    @Test
    void everyKindOfChangeShowsInTheNextWholeRead() {
        Child child = repos.children().insert(aChild().withLaId("A1").build());
        assertThat(only().child()).isEqualTo(child);

        child = repos.children().update(child.withTeamFields("Invented", "Person", null, null, null, null, null, true,
                null, "a note"));
        assertThat(only().child().notes()).isEqualTo("a note");

        Episode episode = repos.episodes().insert(anEpisode().forChild(child.id()).startingOn(LocalDate.of(2017, 2, 1))
                .build());
        assertThat(only().episodes()).containsExactly(episode);
        Episode ended = new Episode(episode.id(), child.id(), episode.startDate(), episode.reasonNewEpisode(),
                episode.legalStatus(), episode.categoryOfNeed(), episode.placementType(), episode.placementProvider(),
                LocalDate.of(2017, 9, 1), "E11", null, null, null, null, null, null, null, null);
        ended = repos.episodes().update(ended);
        assertThat(only().episodes()).containsExactly(ended);

        HealthAssessment iha = repos.assessments().insert(anIha().forChild(child.id())
                .completedOn(LocalDate.of(2017, 3, 1)).build());
        assertThat(only().assessments()).containsExactly(iha);
        UascReview review = new UascReview(true, "Dari", null, null, false, true, true, true, false, true,
                List.of(new UascScreening(ScreeningItem.HEPATITIS_B, LocalDate.of(2017, 3, 1), ScreeningOutcome.DONE)));
        HealthAssessment withParts = repos.assessments().update(new HealthAssessment(iha.id(), iha.childId(), iha.type(),
                iha.requestReceived(), iha.outcome(), iha.outcomeDate(), iha.notRequiredReason(), iha.practitionerName(),
                iha.practitionerRole(), iha.provider(), iha.outOfArea(), iha.qualityCheck(), iha.qualityCheckDate(),
                iha.healthPlanSent(), iha.immunisationsUpToDate(), iha.sdqScore(), iha.delayReason(), iha.notes(),
                iha.dental(), List.of(new Appointment(null, LocalDate.of(2017, 2, 20), "Clinic",
                        AppointmentOutcome.ATTENDED, null)), review, iha.source(), iha.version()));
        assertThat(only().assessments()).containsExactly(withParts);
        assertThat(only().assessments().get(0).uascReview()).isEqualTo(review);

        HealthAssessment rha = repos.assessments().insert(anRha().forChild(child.id())
                .completedOn(LocalDate.of(2017, 8, 1)).outOfArea().build());
        Escalation escalation = repos.escalations().insert(new Escalation(null, child.id(), AssessmentType.RHA,
                LocalDate.of(2017, 9, 1), rha.id(), "Fakeshire", null, LocalDate.of(2017, 8, 1), null, null, List.of()));
        assertThat(only().escalations()).containsExactly(escalation);
        escalation = repos.escalations().addStep(escalation, new EscalationStep(null, 1, LocalDate.of(2017, 8, 2),
                "Invented", null, LocalDate.of(2017, 8, 16), null, null));
        assertThat(only().escalations()).containsExactly(escalation);
        long step = escalation.steps().get(0).id();
        escalation = repos.escalations().recordResponse(escalation, step, LocalDate.of(2017, 8, 10), "booked");
        assertThat(only().escalations()).containsExactly(escalation);
        escalation = repos.escalations().close(escalation, LocalDate.of(2017, 8, 20), "done", rha.id());
        assertThat(only().escalations()).containsExactly(escalation);

        Payment payment = repos.payments().insert(new Payment(null, rha.id(), "I1", LocalDate.of(2017, 10, 1),
                new BigDecimal("300.00"), false, null, null, null, null));
        assertThat(only().payments()).containsExactly(payment);
        Payment paid = repos.payments().update(new Payment(payment.id(), rha.id(), "I1", LocalDate.of(2017, 10, 1),
                new BigDecimal("300.00"), false, null, null, LocalDate.of(2017, 11, 1), null));
        assertThat(only().payments()).containsExactly(paid);

        repos.assessments().delete(rha.id()); // its payment goes with it, its escalation keeps no assessment
        assertThat(only().assessments()).containsExactly(withParts);
        assertThat(only().payments()).isEmpty();
        assertThat(only().escalations().get(0).assessmentId()).isNull();

        repos.episodes().delete(episode.id());
        assertThat(only().episodes()).isEmpty();

        repos.children().delete(child.id());
        assertThat(repos.caseload().loadAll()).isEmpty();
        assertThat(notes()).isZero();
    }

    @Test
    void casesLoadedInBulkAreCopiedWhenLoaded() {
        List<ChildCase> cases = new java.util.ArrayList<>();
        for (long seed = 0; seed < 40; seed++) {
            ChildCase c = RandomCases.from(seed);
            cases.add(new ChildCase(c.child(), c.episodes(), c.assessments(), c.escalations(), List.of()));
        }
        repos.bulk().insert(cases, "test cases", n -> { });
        repos.caseload().refresh();

        assertThat(notes()).isZero();
        assertThat(repos.caseload().loadAll()).hasSize(40);
        assertThat(repos.caseload().copiesAgreeWithRecords()).isTrue();
        assertThat(db.dsl().fetchCount(CASE_SNAPSHOT)).isEqualTo(40);
    }

    @Test
    void copiesInAnotherFormatAreMadeAgainFromTheRecords() {
        Child child = repos.children().insert(aChild().withLaId("A1").build());
        repos.episodes().insert(anEpisode().forChild(child.id()).build());
        repos.caseload().refresh();
        db.dsl().update(CASE_SNAPSHOT_FORMAT).set(CASE_SNAPSHOT_FORMAT.FORMAT, CaseCodec.FORMAT + 1).execute();
        db.dsl().update(CASE_SNAPSHOT).set(CASE_SNAPSHOT.DATA, new byte[] {1, 2, 3}).execute();

        assertThat(only().episodes()).hasSize(1);
        assertThat(db.dsl().fetchOne(CASE_SNAPSHOT_FORMAT).getFormat()).isEqualTo(CaseCodec.FORMAT);
    }

    @Test
    void aChangeThatFailsNotesNothing() {
        repos.caseload().refresh();
        assertThatThrownBy(() -> db.transaction(() -> {
            Child child = repos.children().insert(aChild().withLaId("X1").build());
            repos.episodes().insert(anEpisode().forChild(child.id()).build());
            repos.episodes().insert(anEpisode().forChild(child.id()).build()); // same key: refused
        })).isInstanceOf(org.jooq.exception.DataAccessException.class);

        assertThat(notes()).isZero();
    }

    /** A change still uncommitted when the copies are made keeps its note, and shows once committed. */
    @Test
    void aChangeCommittedDuringARefreshIsCopiedByTheNextOne() throws Exception {
        Child first = repos.children().insert(aChild().withLaId("A1").build());
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch refreshed = new CountDownLatch(1);
        Thread writer = new Thread(() -> db.transaction(() -> {
            repos.episodes().insert(anEpisode().forChild(first.id()).build());
            written.countDown();
            await(refreshed);
        }));
        writer.start();
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(only().episodes()).isEmpty(); // not committed yet: the copy is made without it
        refreshed.countDown();
        writer.join(10_000);

        assertThat(notes()).isEqualTo(1);
        assertThat(only().episodes()).hasSize(1);
    }

    /**
     * One refresh at a time through a lock in the database, not in this process's memory: a refresh waits
     * while another transaction holds the copies (as another desk's tracker on a shared server would).
     */
    @Test
    void aRefreshWaitsForTheOneUnderWayWhereverItRuns() throws Exception {
        repos.children().insert(aChild().withLaId("A1").build());
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> db.transaction(() -> {
            db.dsl().execute("SELECT format FROM case_snapshot_format FOR UPDATE");
            locked.countDown();
            await(release);
        }));
        other.start();
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        Thread refresher = new Thread(() -> repos.caseload().refresh());
        refresher.start();
        refresher.join(1_500);
        assertThat(refresher.isAlive()).as("waiting for the lock the other holds").isTrue();
        assertThat(notes()).isEqualTo(1);

        release.countDown();
        other.join(10_000);
        refresher.join(10_000);
        assertThat(refresher.isAlive()).isFalse();
        assertThat(notes()).as("copied once the other let go").isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ChildCase only() {
        List<ChildCase> all = repos.caseload().loadAll();
        assertThat(all).hasSize(1);
        assertThat(repos.caseload().copiesAgreeWithRecords()).isTrue();
        return all.get(0);
    }

    private int notes() {
        return db.dsl().fetchCount(CASE_CHANGED);
    }
}
