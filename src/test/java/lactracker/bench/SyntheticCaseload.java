package lactracker.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import lactracker.domain.AssessmentType;
import lactracker.domain.Child;
import lactracker.domain.ChildCase;
import lactracker.domain.DentalFindings;
import lactracker.domain.Episode;
import lactracker.domain.Escalation;
import lactracker.domain.EscalationStep;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Outcome;
import lactracker.domain.Payment;
import lactracker.domain.PlacementLocation;
import lactracker.domain.PractitionerRole;
import lactracker.domain.RecordSource;
import lactracker.domain.Sex;
import lactracker.domain.YesNoUnknown;

/**
 * An invented national caseload for benchmarks: children in and out of care since 2010, about ten
 * assessments each, some late, some out of county, some escalated and invoiced. Same seed, same data.
 */
final class SyntheticCaseload {
    private SyntheticCaseload() {
    }

    static List<ChildCase> generate(int children, int assessmentsPerChild, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<ChildCase> cases = new ArrayList<>(children);
        long id = 1;
        for (int i = 0; i < children; i++) {
            long childId = i + 1;
            LocalDate born = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(7000));
            LocalDate start = born.plusDays(r.nextInt(3000));
            if (start.isBefore(LocalDate.of(2010, 1, 4))) {
                start = LocalDate.of(2010, 1, 4).plusDays(r.nextInt(400));
            }
            PlacementLocation where = r.nextInt(3) == 0 ? PlacementLocation.OUT : PlacementLocation.IN;
            List<Episode> episodes = new ArrayList<>();
            LocalDate move = start.plusDays(100 + r.nextInt(400));
            boolean left = r.nextInt(4) == 0;
            episodes.add(new Episode(id++, childId, start, "S", "C2", "N1", "U1", "PR1", move, "X1", null, "AL1",
                    "AL1 1AA", null, null, where, null, null));
            LocalDate end = left ? move.plusDays(200 + r.nextInt(800)) : null;
            episodes.add(new Episode(id++, childId, move, "P", "C2", "N1", "U4", "PR1", end, left ? "E4A" : null,
                    null, "AL1", "SG1 2AB", null, null, where, null, null));
            List<HealthAssessment> assessments = new ArrayList<>(assessmentsPerChild);
            LocalDate date = start.plusDays(10 + r.nextInt(40));
            for (int k = 0; k < assessmentsPerChild; k++) {
                AssessmentType type = k == 0 ? AssessmentType.IHA : AssessmentType.RHA;
                Outcome outcome = r.nextInt(20) == 0 ? Outcome.DID_NOT_ATTEND : Outcome.COMPLETED;
                DentalFindings dental = new DentalFindings(YesNoUnknown.YES, null, date.minusDays(r.nextInt(300)),
                        r.nextInt(4) == 0 ? null : r.nextInt(5) == 0, null, null,
                        r.nextInt(3) == 0 ? date.plusDays(30 + r.nextInt(90)) : null);
                assessments.add(new HealthAssessment(id++, childId, type, date.minusDays(5), outcome, date, null,
                        "Invented", PractitionerRole.NURSE, "Fake Trust", where == PlacementLocation.OUT, null, null,
                        null, r.nextBoolean() ? YesNoUnknown.YES : YesNoUnknown.NO, r.nextInt(41), null, null, dental,
                        List.of(), null, RecordSource.IMPORT, 0));
                date = date.plusDays(150 + r.nextInt(260));
            }
            List<Escalation> escalations = new ArrayList<>();
            List<Payment> payments = new ArrayList<>();
            if (where == PlacementLocation.OUT && r.nextInt(10) == 0) {
                LocalDate opened = date.minusDays(r.nextInt(200));
                escalations.add(new Escalation(id++, childId, AssessmentType.RHA, opened, null, "Fakeshire", null,
                        opened, null, null, List.of(new EscalationStep(id++, 1 + r.nextInt(4), opened, "Invented",
                                null, opened.plusDays(14), null, null))));
            }
            if (where == PlacementLocation.OUT) {
                HealthAssessment last = assessments.get(assessments.size() - 1);
                payments.add(new Payment(id++, last.id(), null, last.outcomeDate().plusDays(20),
                        new BigDecimal("320.00"), r.nextBoolean(), null, last.outcomeDate().plusDays(25), null, null));
            }
            Child child = new Child(childId, "N" + childId, r.nextBoolean() ? Sex.MALE : Sex.FEMALE, born, "WBRI", null,
                    null, null, null, null, null, null, null, r.nextInt(12) == 0, null, false, null, null,
                    RecordSource.EXTRACT, 0);
            cases.add(new ChildCase(child, episodes, assessments, escalations, payments));
        }
        return cases;
    }
}
