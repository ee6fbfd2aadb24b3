package lactracker.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One line of the children list: who the child is and where they stand on a day, worked out once from
 * their {@link CaseFacts}, so that searching, filtering and sorting a national caseload reads fields
 * instead of running the rules again.
 *
 * @param legalStatus    the 903 LS code of the episode open that day; null when not looked after
 * @param placementType  the 903 PLACE code of that episode; null when not looked after
 * @param placement      in or out of county that day; null when not looked after
 * @param nextDuty       the type of the earliest open duty of the period of care that day; null when none
 * @param nextDue        its due date; null when none
 * @param state          red/amber/green of that duty, {@link DutyState#NONE} when none
 */
public record ChildSummary(
        long childId,
        String laChildId,
        String givenName,
        String familyName,
        String nhsNumber,
        LocalDate dateOfBirth,
        int age,
        CareStatus careStatus,
        String legalStatus,
        String placementType,
        Placement placement,
        boolean uasc,
        Long allocatedNurseId,
        AssessmentType nextDuty,
        LocalDate nextDue,
        DutyState state,
        LocalDate lastDentalCheck) {

    public ChildSummary {
        Objects.requireNonNull(laChildId, "laChildId");
        Objects.requireNonNull(careStatus, "careStatus");
        Objects.requireNonNull(state, "state");
    }

    public static ChildSummary of(CaseFacts facts, Settings settings, WorkingDayCalendar calendar) {
        LocalDate day = facts.asAt();
        Child child = facts.child();
        Duty next = facts.dutiesOfPeriodOn(day).stream().filter(Duty::open)
                .min(Comparator.comparing(Duty::dueDate)).orElse(null);
        Episode episode = facts.history().episodeOn(day);
        return new ChildSummary(
                child.id(),
                child.laChildId(),
                child.givenName(),
                child.familyName(),
                child.nhsNumber(),
                child.dateOfBirth(),
                AgeBand.ageOn(child.dateOfBirth(), day),
                CareStatus.of(facts.history(), child, day),
                episode == null ? null : episode.legalStatus(),
                episode == null ? null : episode.placementType(),
                episode == null ? null : Placement.of(episode, settings),
                child.uascOn(day),
                child.allocatedNurseId(),
                next == null ? null : next.type(),
                next == null ? null : next.dueDate(),
                next == null ? DutyState.NONE : DutyState.of(next, day, settings, calendar),
                Dental.lastCheckOnOrBefore(facts.record().assessments(), day));
    }

    public AgeBand ageBand() {
        return AgeBand.of(age);
    }

    /** "Family, Given", or the LA id when the team has not recorded a name. */
    public String displayName() {
        return displayName(givenName, familyName, laChildId);
    }

    /** The name a child is shown by, as {@link #displayName()}. */
    public static String displayName(Child child) {
        return displayName(child.givenName(), child.familyName(), child.laChildId());
    }

    private static String displayName(String given, String family, String laId) {
        if (family == null && given == null) {
            return laId;
        }
        if (family == null) {
            return given;
        }
        return given == null ? family : family + ", " + given;
    }
}
