package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lactracker.testdata.Calendars;
import lactracker.testdata.RandomCases;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the duties and alerts over random cases and random days. */
class RulesProperties {
    private static final Set<AlertKind> DUTY_ALERTS = Set.of(AlertKind.IHA_REQUEST_LATE, AlertKind.IHA_DUE_SOON,
            AlertKind.IHA_OVERDUE, AlertKind.RHA_DUE_SOON, AlertKind.RHA_OVERDUE);
    private final WorkingDayCalendar calendar = Calendars.englandAndWales();

    @Property
    void noDutyIsDueBeforeItsPeriodStarts(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2500) int day) {
        CaseFacts facts = CaseFacts.of(RandomCases.from(seed), LocalDate.of(2016, 1, 1).plusDays(day), Settings.DEFAULTS,
                calendar);
        for (Duty d : facts.duties()) {
            assertThat(d.dueDate()).isAfter(d.period().start());
        }
    }

    @Property
    void everyIhaIsDueOnAWorkingDay(@ForAll long seed) {
        CaseFacts facts = CaseFacts.of(RandomCases.from(seed), LocalDate.of(2022, 1, 1), Settings.DEFAULTS, calendar);
        facts.duties().stream().filter(d -> d.type() == AssessmentType.IHA)
                .forEach(d -> assertThat(calendar.isWorkingDay(d.dueDate())).isTrue());
    }

    @Property
    void everyDutyAlertPointsAtAnOpenDutyOfTheCurrentPeriod(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2500) int day) {
        LocalDate today = LocalDate.of(2016, 1, 1).plusDays(day);
        CaseFacts facts = CaseFacts.of(RandomCases.from(seed), today, Settings.DEFAULTS, calendar);
        List<Duty> open = facts.dutiesOfPeriodOn(today).stream().filter(Duty::open).toList();
        for (Alert a : Alerts.forChild(facts, Settings.DEFAULTS, calendar)) {
            if (DUTY_ALERTS.contains(a.kind())) {
                String type = a.kind().name().substring(0, 3);
                assertThat(open).anySatisfy(d -> {
                    assertThat(d.type().name()).isEqualTo(type);
                    assertThat(a.dueDate()).isIn(d.dueDate(), d.requestDeadline());
                });
            }
        }
    }

    @Property
    void aDutyIsNeverBothDoneAndOverdue(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2500) int day) {
        LocalDate today = LocalDate.of(2016, 1, 1).plusDays(day);
        CaseFacts facts = CaseFacts.of(RandomCases.from(seed), today, Settings.DEFAULTS, calendar);
        for (Duty d : facts.duties()) {
            assertThat(d.done() && d.overdueOn(today)).isFalse();
            if (d.done()) {
                assertThat(d.completedOn()).isBeforeOrEqualTo(today);
            }
        }
    }

    /**
     * What decision 0007's stored chains of duties rely on: a duty due by a day is, as the case stood that
     * day, the duty worked out from everything recorded since, less a completion or request dated after the
     * day. A clinician's "not required" dated after the day breaks it (DutiesTest
     * {@code anIhaRuledNotRequiredAfterItsDueDateWasOwedUntilTheRuling}); the random cases record none, and
     * a stored chain has to keep that decision's date.
     */
    @Property
    void aDutyDueByADayIsTheLaterDutyLessWhatCameAfterTheDay(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 3000) int day) {
        ChildCase c = RandomCases.from(seed);
        LocalDate asAt = LocalDate.of(2016, 1, 1).plusDays(day);
        List<Duty> then = CaseFacts.of(c, asAt, Settings.DEFAULTS, calendar).duties().stream()
                .filter(d -> !d.dueDate().isAfter(asAt)).toList();
        List<Duty> later = CaseFacts.of(c, LocalDate.of(2040, 1, 1), Settings.DEFAULTS, calendar).duties().stream()
                .filter(d -> !d.dueDate().isAfter(asAt) && !d.period().start().isAfter(asAt)).toList();

        assertThat(later).hasSameSizeAs(then);
        for (int i = 0; i < then.size(); i++) {
            Duty was = then.get(i);
            Duty is = later.get(i);
            assertThat(is.type()).isEqualTo(was.type());
            assertThat(is.period().start()).isEqualTo(was.period().start());
            assertThat(is.dueDate()).isEqualTo(was.dueDate());
            assertThat(is.notRequired()).isEqualTo(was.notRequired());
            assertThat(upTo(is.completedOn(), asAt)).isEqualTo(was.completedOn());
            assertThat(upTo(is.requestReceived(), asAt)).isEqualTo(was.requestReceived());
        }
    }

    private static LocalDate upTo(LocalDate date, LocalDate asAt) {
        return date == null || date.isAfter(asAt) ? null : date;
    }

    @Property
    void theRecordsAsAtADayAreTheSameCutInOneStepOrTwo(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2500) int later,
            @ForAll @IntRange(min = 0, max = 1000) int earlierBy) {
        // What lets the Team overview cut a case back quarter by quarter, each cut from the one after it.
        ChildCase c = RandomCases.from(seed);
        LocalDate d1 = LocalDate.of(2016, 1, 1).plusDays(later);
        LocalDate d2 = d1.minusDays(earlierBy);
        assertThat(c.asAt(d1).asAt(d2)).isEqualTo(c.asAt(d2));
    }
}
