package lactracker.testdata;

import java.time.LocalDate;
import java.util.Random;
import lactracker.domain.ChildCase;
import lactracker.domain.DentalFindings;
import lactracker.domain.YesNoUnknown;

/** Random but plausible cases for property tests: periods in and out of care, assessments on and off time. */
public final class RandomCases {
    private RandomCases() {
    }

    public static ChildCase from(long seed) {
        Random r = new Random(seed);
        CaseBuilder b = CaseBuilder.aCase().bornOn(LocalDate.of(2000, 1, 1).plusDays(r.nextInt(6000)));
        LocalDate day = LocalDate.of(2016, 1, 4).plusDays(r.nextInt(400));
        int periods = 1 + r.nextInt(3);
        for (int p = 0; p < periods; p++) {
            if (r.nextInt(8) == 0) {
                b.placedOutOfCounty();
            }
            b.enteredCareOn(day);
            if (r.nextInt(4) > 0) {
                b.ihaRequestedOn(day.plusDays(r.nextInt(15)));
            }
            LocalDate assessed = day.plusDays(5 + r.nextInt(50));
            if (r.nextInt(6) == 0) {
                b.ihaRefusedOn(assessed.minusDays(3));
            }
            if (r.nextInt(5) > 0) {
                b.ihaCompletedOn(assessed);
                for (int k = 0; k < r.nextInt(5); k++) {
                    assessed = assessed.plusDays(120 + r.nextInt(330));
                    if (r.nextInt(7) == 0) {
                        b.rhaDidNotAttendOn(assessed.minusDays(10));
                    }
                    b.rhaCompletedOn(assessed, new DentalFindings(YesNoUnknown.YES, null, assessed.minusDays(r.nextInt(400)),
                            r.nextBoolean(), null, null, r.nextInt(3) == 0 ? assessed.plusDays(40) : null),
                            r.nextBoolean() ? YesNoUnknown.YES : YesNoUnknown.NO, r.nextInt(41));
                }
            }
            if (r.nextInt(3) == 0) {
                b.movedOn(assessed.plusDays(10));
            }
            if (p < periods - 1 || r.nextInt(3) == 0) {
                LocalDate left = assessed.plusDays(20 + r.nextInt(200));
                b.leftCareOn(left);
                day = left.plusDays(1 + r.nextInt(300));
            }
        }
        return b.build();
    }
}
