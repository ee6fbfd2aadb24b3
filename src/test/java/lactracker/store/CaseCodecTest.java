package lactracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import lactracker.domain.Appointment;
import lactracker.domain.AppointmentOutcome;
import lactracker.domain.AssessmentType;
import lactracker.domain.Child;
import lactracker.domain.ChildCase;
import lactracker.domain.DelayReason;
import lactracker.domain.DentalFindings;
import lactracker.domain.Episode;
import lactracker.domain.Escalation;
import lactracker.domain.EscalationStep;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Outcome;
import lactracker.domain.Payment;
import lactracker.domain.PlacementLocation;
import lactracker.domain.PractitionerRole;
import lactracker.domain.QualityCheck;
import lactracker.domain.RecordSource;
import lactracker.domain.ScreeningItem;
import lactracker.domain.ScreeningOutcome;
import lactracker.domain.Sex;
import lactracker.domain.UascReview;
import lactracker.domain.UascScreening;
import lactracker.domain.YesNoUnknown;
import lactracker.testdata.RandomCases;
import org.junit.jupiter.api.Test;

class CaseCodecTest {

    @Test
    void everyFieldOfRandomCasesComesBackAsItWent() {
        for (long seed = 0; seed < 2_000; seed++) {
            ChildCase c = new Filled(seed, 0.25).aCase();

            assertThat(CaseCodec.decode(CaseCodec.encode(c))).as("seed %d", seed).isEqualTo(c);
        }
    }

    @Test
    void theRulesTestCasesComeBackAsTheyWent() {
        for (long seed = 0; seed < 500; seed++) {
            ChildCase c = RandomCases.from(seed); // its records carry their child's key, as stored ones do

            assertThat(CaseCodec.decode(CaseCodec.encode(c))).isEqualTo(c);
        }
    }

    /** The generator above reaches every field: a field added to a record and not to the codec fails it. */
    @Test
    void theGeneratorLeavesNoFieldEmptyWhenAskedTo() {
        ChildCase c = new Filled(7, 0).aCase();

        List<Object> seen = new ArrayList<>();
        noNulls(c, "case", seen);
        assertThat(seen).hasSizeGreaterThan(100);
    }

    @Test
    void bytesLeftOverOrTooFewAreRefused() {
        byte[] data = CaseCodec.encode(new Filled(3, 0).aCase());
        byte[] longer = java.util.Arrays.copyOf(data, data.length + 1);
        byte[] shorter = java.util.Arrays.copyOf(data, data.length - 1);

        assertThatThrownBy(() -> CaseCodec.decode(longer)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseCodec.decode(shorter)).isInstanceOf(RuntimeException.class);
    }

    private static void noNulls(Object value, String path, List<Object> seen) {
        if (value instanceof List<?> list) {
            assertThat(list).as(path).isNotEmpty();
            for (int i = 0; i < list.size(); i++) {
                noNulls(list.get(i), path + "[" + i + "]", seen);
            }
            return;
        }
        assertThat(value).as(path).isNotNull();
        seen.add(value);
        if (value.getClass().isRecord()) {
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                try {
                    noNulls(rc.getAccessor().invoke(value), path + "." + rc.getName(), seen);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Invented values for every field, each left empty with the given chance where it may be. */
    private static final class Filled {
        private final Random r;
        private final double empty;

        Filled(long seed, double empty) {
            this.r = new Random(seed);
            this.empty = empty;
        }

        ChildCase aCase() {
            long child = 1 + r.nextInt(1_000_000);
            Child ch = new Child(child, text(), pick(Sex.values()), date(), maybe(this::text), maybe(this::text),
                    maybe(this::text), maybe(this::text), maybe(this::text), maybe(this::text), maybe(this::text),
                    maybe(this::text), maybe(this::key), r.nextBoolean(), maybe(this::date), r.nextBoolean(),
                    maybe(this::date), maybe(this::date), maybe(this::text), pick(RecordSource.values()), r.nextInt(1000));
            List<Episode> episodes = list(() -> {
                LocalDate start = date();
                return new Episode(key(), child, start, text(), text(), maybe(this::text), text(), maybe(this::text),
                        maybe(() -> start.plusDays(r.nextInt(900))), maybe(this::text), maybe(this::text),
                        maybe(this::text), maybe(this::text), maybe(this::text), maybe(this::text),
                        maybe(() -> pick(PlacementLocation.values())), maybe(this::decimal),
                        maybe(() -> pick(PlacementLocation.values())), r.nextInt(1000));
            });
            List<HealthAssessment> assessments = list(() -> {
                boolean outcome = chance();
                UascReview uasc = maybe(() -> new UascReview(maybe(r::nextBoolean), maybe(this::text), maybe(this::text),
                        maybe(this::date), maybe(r::nextBoolean), maybe(r::nextBoolean), maybe(r::nextBoolean),
                        maybe(r::nextBoolean), maybe(r::nextBoolean), maybe(r::nextBoolean),
                        list(() -> new UascScreening(pick(ScreeningItem.values()), maybe(this::date),
                                pick(ScreeningOutcome.values())))));
                return new HealthAssessment(key(), child, pick(AssessmentType.values()), maybe(this::date),
                        outcome ? pick(Outcome.values()) : null, outcome ? date() : null, maybe(this::text),
                        maybe(this::text), maybe(() -> pick(PractitionerRole.values())), maybe(this::text),
                        r.nextBoolean(), maybe(() -> pick(QualityCheck.values())), maybe(this::date), maybe(this::date),
                        maybe(() -> pick(YesNoUnknown.values())), maybe(() -> r.nextInt(41)),
                        maybe(() -> pick(DelayReason.values())), maybe(this::text),
                        new DentalFindings(maybe(() -> pick(YesNoUnknown.values())), maybe(this::text), maybe(this::date),
                                maybe(r::nextBoolean), maybe(r::nextBoolean), maybe(this::date), maybe(this::date)),
                        list(() -> new Appointment(maybe(this::key), date(), maybe(this::text),
                                pick(AppointmentOutcome.values()), maybe(this::text))),
                        uasc, pick(RecordSource.values()), r.nextInt(1000));
            });
            List<Escalation> escalations = list(() -> new Escalation(key(), child, pick(AssessmentType.values()), date(),
                    maybe(this::key), text(), maybe(this::text), date(), maybe(this::date), maybe(this::text),
                    list(() -> new EscalationStep(maybe(this::key), 1 + r.nextInt(4), date(), text(), maybe(this::text),
                            date(), maybe(this::date), maybe(this::text))), r.nextInt(1000)));
            List<Payment> payments = list(() -> {
                boolean verified = r.nextBoolean();
                return new Payment(key(), key(), maybe(this::text), date(), decimal(), verified, maybe(this::key),
                        verified ? date() : maybe(this::date), maybe(this::date), maybe(this::text), r.nextInt(1000));
            });
            return new ChildCase(ch, episodes, assessments, escalations, payments);
        }

        private boolean chance() {
            return r.nextDouble() >= empty;
        }

        private <T> T maybe(Supplier<T> value) {
            return chance() ? value.get() : null;
        }

        private <T> List<T> list(Supplier<T> item) {
            int n = empty == 0 ? 1 + r.nextInt(3) : r.nextInt(4);
            List<T> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(item.get());
            }
            return items;
        }

        private <E> E pick(E[] values) {
            return values[r.nextInt(values.length)];
        }

        private long key() {
            return r.nextInt(3) == 0 ? 1 + r.nextInt(100) : Math.abs(r.nextLong() >> r.nextInt(40)) + 1;
        }

        /** From 1900 to 2100: before 1970 too, where a day's number is negative. */
        private LocalDate date() {
            return LocalDate.of(1900, 1, 1).plusDays(r.nextInt(73_000));
        }

        private BigDecimal decimal() {
            return BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(3));
        }

        private static final String[] WORDS = {"", "a", "Invented", "Zoë", "Łódź", "São Tomé", "漢字", "x\ny", "😀",
            "O'Neil-Smith", "SE1 7PB"};

        private String text() {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                b.append(WORDS[r.nextInt(WORDS.length)]);
            }
            if (r.nextInt(50) == 0) {
                b.append("z".repeat(4000)); // the longest notes a record takes
            }
            return b.toString();
        }
    }
}
