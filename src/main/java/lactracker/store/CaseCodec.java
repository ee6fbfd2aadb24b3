package lactracker.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

/**
 * A child's whole case as one compact value, for the stored copies the caseload is read from
 * (decision 0009). Numbers and dates are variable-length, enums their ordinals, a text that came earlier
 * in the case the number it came as (a provider's name on every assessment); {@link #FORMAT} changes
 * with this layout and with any of those enums' constants, so copies written by another version are
 * made again rather than misread. The records' ids of the child's own rows (an episode's child) are the
 * case's child, so they are not written.
 */
final class CaseCodec {
    /** Bump when the layout below changes. */
    private static final int LAYOUT = 4;

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(Sex.class, RecordSource.class,
            PlacementLocation.class, AssessmentType.class, Outcome.class, PractitionerRole.class, QualityCheck.class,
            YesNoUnknown.class, DelayReason.class, AppointmentOutcome.class, ScreeningItem.class,
            ScreeningOutcome.class);

    private static final AppointmentOutcome[] APPOINTMENT_OUTCOME = AppointmentOutcome.values();
    private static final AssessmentType[] ASSESSMENT_TYPE = AssessmentType.values();
    private static final DelayReason[] DELAY_REASON = DelayReason.values();
    private static final Outcome[] OUTCOME = Outcome.values();
    private static final PlacementLocation[] PLACEMENT_LOCATION = PlacementLocation.values();
    private static final PractitionerRole[] PRACTITIONER_ROLE = PractitionerRole.values();
    private static final QualityCheck[] QUALITY_CHECK = QualityCheck.values();
    private static final RecordSource[] RECORD_SOURCE = RecordSource.values();
    private static final ScreeningItem[] SCREENING_ITEM = ScreeningItem.values();
    private static final ScreeningOutcome[] SCREENING_OUTCOME = ScreeningOutcome.values();
    private static final Sex[] SEX = Sex.values();
    private static final YesNoUnknown[] YES_NO_UNKNOWN = YesNoUnknown.values();

    /** The layout and every enum constant the ordinals stand for, as one number. */
    static final long FORMAT = format();

    private CaseCodec() {
    }

    private static long format() {
        long h = LAYOUT;
        for (Class<? extends Enum<?>> e : ENUMS) {
            h = h * 31 + e.getName().hashCode();
            for (Enum<?> c : e.getEnumConstants()) {
                h = h * 31 + c.name().hashCode();
            }
        }
        return h;
    }

    static byte[] encode(ChildCase c) {
        Out o = new Out();
        Child ch = c.child();
        o.longOrNull(ch.id());
        o.str(ch.laChildId());
        o.en(ch.sex());
        o.date(ch.dateOfBirth());
        o.str(ch.ethnicity());
        o.str(ch.upn());
        o.str(ch.givenName());
        o.str(ch.familyName());
        o.str(ch.nhsNumber());
        o.str(ch.gpPractice());
        o.str(ch.gpPracticeCode());
        o.str(ch.dentistPractice());
        o.longOrNull(ch.allocatedNurseId());
        o.bool(ch.uascIn903());
        o.date(ch.uascCeasedOn());
        o.bool(ch.uascFlagged());
        o.date(ch.healthPassportIssued());
        o.date(ch.careLeaverSummaryGiven());
        o.str(ch.notes());
        o.en(ch.source());
        o.varint(ch.version());

        o.varint(c.episodes().size());
        for (Episode e : c.episodes()) {
            o.longOrNull(e.id());
            o.date(e.startDate());
            o.str(e.reasonNewEpisode());
            o.str(e.legalStatus());
            o.str(e.categoryOfNeed());
            o.str(e.placementType());
            o.str(e.placementProvider());
            o.date(e.endDate());
            o.str(e.reasonCeased());
            o.str(e.reasonPlaceChange());
            o.str(e.homePostcode());
            o.str(e.placementPostcode());
            o.str(e.urn());
            o.str(e.placementLa());
            o.en(e.placementLocation());
            o.decimal(e.placementDistance());
            o.en(e.outOfCountyOverride());
            o.varint(e.version());
        }

        o.varint(c.assessments().size());
        for (HealthAssessment a : c.assessments()) {
            o.longOrNull(a.id());
            o.en(a.type());
            o.date(a.requestReceived());
            o.en(a.outcome());
            o.date(a.outcomeDate());
            o.str(a.notRequiredReason());
            o.str(a.practitionerName());
            o.en(a.practitionerRole());
            o.str(a.provider());
            o.bool(a.outOfArea());
            o.en(a.qualityCheck());
            o.date(a.qualityCheckDate());
            o.date(a.healthPlanSent());
            o.en(a.immunisationsUpToDate());
            o.intOrNull(a.sdqScore());
            o.en(a.delayReason());
            o.str(a.notes());
            DentalFindings d = a.dental();
            o.en(d.registeredWithDentist());
            o.str(d.practice());
            o.date(d.lastCheckDate());
            o.bool(d.cariesFound());
            o.bool(d.referralMade());
            o.date(d.referralDate());
            o.date(d.followUpDate());
            o.varint(a.appointments().size());
            for (Appointment ap : a.appointments()) {
                o.longOrNull(ap.id());
                o.date(ap.date());
                o.str(ap.place());
                o.en(ap.outcome());
                o.str(ap.note());
            }
            UascReview u = a.uascReview();
            o.bool(u != null);
            if (u != null) {
                o.bool(u.interpreterUsed());
                o.str(u.interpreterLanguage());
                o.str(u.countryOfOrigin());
                o.date(u.arrivedInUk());
                o.bool(u.nationalTransferScheme());
                o.bool(u.ageDisputed());
                o.bool(u.immunisationCatchUpPlan());
                o.bool(u.emotionalHealthScreened());
                o.bool(u.mentalHealthReferral());
                o.bool(u.fgmRiskConsidered());
                o.varint(u.screening().size());
                for (UascScreening s : u.screening()) {
                    o.en(s.item());
                    o.date(s.offeredOn());
                    o.en(s.outcome());
                }
            }
            o.en(a.source());
            o.varint(a.version());
        }

        o.varint(c.escalations().size());
        for (Escalation e : c.escalations()) {
            o.longOrNull(e.id());
            o.en(e.type());
            o.date(e.dutyDueDate());
            o.longOrNull(e.assessmentId());
            o.str(e.hostArea());
            o.str(e.hostProvider());
            o.date(e.openedOn());
            o.date(e.closedOn());
            o.str(e.closeNote());
            o.varint(e.steps().size());
            for (EscalationStep s : e.steps()) {
                o.longOrNull(s.id());
                o.varint(s.level());
                o.date(s.stepDate());
                o.str(s.contact());
                o.str(s.asked());
                o.date(s.responseDue());
                o.date(s.responseDate());
                o.str(s.response());
            }
            o.varint(e.version());
        }

        o.varint(c.payments().size());
        for (Payment p : c.payments()) {
            o.longOrNull(p.id());
            o.longOrNull(p.assessmentId());
            o.str(p.invoiceReference());
            o.date(p.invoiceReceived());
            o.decimal(p.amount());
            o.bool(p.commissionerVerified());
            o.longOrNull(p.verifiedById());
            o.date(p.verifiedOn());
            o.date(p.paidOn());
            o.str(p.note());
            o.varint(p.version());
        }
        return o.bytes();
    }

    static ChildCase decode(byte[] data) {
        return decode(data, new Strings());
    }

    /**
     * As {@link #decode(byte[])}, sharing one copy of each short text and each date among the cases
     * decoded with the same {@code strings}: a national caseload's practitioners, providers and codes
     * repeat over a million assessments, and as separate copies their texts took over 400 MB of a 1 GB heap.
     */
    static ChildCase decode(byte[] data, Strings strings) {
        In in = new In(data, strings);
        Child child = child(in);
        long id = child.id();
        int n = in.varint();
        List<Episode> episodes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            episodes.add(episode(in, id));
        }
        n = in.varint();
        List<HealthAssessment> assessments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            assessments.add(assessment(in, id));
        }
        n = in.varint();
        List<Escalation> escalations = n == 0 ? List.of() : new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            escalations.add(escalation(in, id));
        }
        n = in.varint();
        List<Payment> payments = n == 0 ? List.of() : new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            payments.add(payment(in));
        }
        if (!in.atEnd()) {
            throw new IllegalArgumentException("a stored case has bytes left over");
        }
        return new ChildCase(child, episodes, assessments, escalations, payments);
    }

    private static Child child(In in) {
        return new Child(in.longOrNull(), in.str(), in.en(SEX), in.date(), in.str(), in.str(), in.str(), in.str(),
                in.str(), in.str(), in.str(), in.str(), in.longOrNull(), in.bool(), in.date(), in.bool(), in.date(),
                in.date(), in.str(), in.en(RECORD_SOURCE), in.varint());
    }

    private static Episode episode(In in, long childId) {
        return new Episode(in.longOrNull(), childId, in.date(), in.str(), in.str(), in.str(), in.str(), in.str(),
                in.date(), in.str(), in.str(), in.str(), in.str(), in.str(), in.str(), in.en(PLACEMENT_LOCATION),
                in.decimal(), in.en(PLACEMENT_LOCATION), in.varint());
    }

    private static HealthAssessment assessment(In in, long childId) {
        Long id = in.longOrNull();
        AssessmentType type = in.en(ASSESSMENT_TYPE);
        LocalDate request = in.date();
        Outcome outcome = in.en(OUTCOME);
        LocalDate outcomeDate = in.date();
        String notRequiredReason = in.str();
        String practitioner = in.str();
        PractitionerRole role = in.en(PRACTITIONER_ROLE);
        String provider = in.str();
        boolean outOfArea = in.bool();
        QualityCheck quality = in.en(QUALITY_CHECK);
        LocalDate qualityDate = in.date();
        LocalDate planSent = in.date();
        YesNoUnknown immunisations = in.en(YES_NO_UNKNOWN);
        Integer sdq = in.intOrNull();
        DelayReason delay = in.en(DELAY_REASON);
        String notes = in.str();
        DentalFindings dental = dental(in);
        int m = in.varint();
        List<Appointment> appointments = m == 0 ? List.of() : new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            appointments.add(new Appointment(in.longOrNull(), in.date(), in.str(), in.en(APPOINTMENT_OUTCOME),
                    in.str()));
        }
        UascReview uasc = in.bool() ? uascReview(in) : null;
        return new HealthAssessment(id, childId, type, request, outcome, outcomeDate, notRequiredReason, practitioner,
                role, provider, outOfArea, quality, qualityDate, planSent, immunisations, sdq, delay, notes, dental,
                appointments, uasc, in.en(RECORD_SOURCE), in.varint());
    }

    private static DentalFindings dental(In in) {
        DentalFindings dental = new DentalFindings(in.en(YES_NO_UNKNOWN), in.str(), in.date(), in.boolOrNull(),
                in.boolOrNull(), in.date(), in.date());
        return dental.equals(DentalFindings.NONE) ? DentalFindings.NONE : dental;
    }

    private static UascReview uascReview(In in) {
        Boolean interpreter = in.boolOrNull();
        String language = in.str();
        String country = in.str();
        LocalDate arrived = in.date();
        Boolean nts = in.boolOrNull();
        Boolean ageDisputed = in.boolOrNull();
        Boolean catchUp = in.boolOrNull();
        Boolean emotional = in.boolOrNull();
        Boolean mental = in.boolOrNull();
        Boolean fgm = in.boolOrNull();
        int s = in.varint();
        List<UascScreening> screening = new ArrayList<>(s);
        for (int j = 0; j < s; j++) {
            screening.add(new UascScreening(in.en(SCREENING_ITEM), in.date(), in.en(SCREENING_OUTCOME)));
        }
        return new UascReview(interpreter, language, country, arrived, nts, ageDisputed, catchUp, emotional, mental, fgm,
                screening);
    }

    private static Escalation escalation(In in, long childId) {
        Long id = in.longOrNull();
        AssessmentType type = in.en(ASSESSMENT_TYPE);
        LocalDate due = in.date();
        Long assessmentId = in.longOrNull();
        String hostArea = in.str();
        String hostProvider = in.str();
        LocalDate opened = in.date();
        LocalDate closed = in.date();
        String closeNote = in.str();
        int m = in.varint();
        List<EscalationStep> steps = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            steps.add(new EscalationStep(in.longOrNull(), in.varint(), in.date(), in.str(), in.str(), in.date(),
                    in.date(), in.str()));
        }
        return new Escalation(id, childId, type, due, assessmentId, hostArea, hostProvider, opened, closed, closeNote,
                steps, in.varint());
    }

    private static Payment payment(In in) {
        return new Payment(in.longOrNull(), in.longOrNull(), in.str(), in.date(), in.decimal(), in.bool(),
                in.longOrNull(), in.date(), in.date(), in.str(), in.varint());
    }

    /** Writes values; a nullable one takes 0 for null. */
    private static final class Out {
        private byte[] buf = new byte[256];
        private int len;

        void varint(long v) { // unsigned LEB128
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[len++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[len++] = (byte) v;
        }

        void longOrNull(Long v) { // 0 for null, else the zigzag of v plus one
            varint(v == null ? 0 : ((v << 1) ^ (v >> 63)) + 1);
        }

        void intOrNull(Integer v) {
            longOrNull(v == null ? null : v.longValue());
        }

        void date(LocalDate d) {
            longOrNull(d == null ? null : d.toEpochDay());
        }

        void bool(boolean b) {
            varint(b ? 1 : 0);
        }

        void bool(Boolean b) {
            varint(b == null ? 0 : b ? 2 : 1);
        }

        void en(Enum<?> e) {
            varint(e == null ? 0 : e.ordinal() + 1);
        }

        /** The texts written so far in this case, by their index: a repeat is written as its index. */
        private final java.util.Map<String, Integer> written = new java.util.HashMap<>();

        /** 0 for null; an odd number 1 + 2 n for a new text of n bytes, which follow; even 2 + 2 i for the i-th. */
        void str(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            Integer seen = written.get(s);
            if (seen != null) {
                varint(2 + 2L * seen);
                return;
            }
            written.put(s, written.size());
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(1 + 2L * b.length);
            ensure(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        void decimal(BigDecimal d) {
            str(d == null ? null : d.toString());
        }

        private void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, len);
        }
    }

    /** The texts read so far, by their bytes: a lossy table, one text per slot, only short ones. */
    static final class Strings {
        private static final int SLOTS = 1 << 16;
        private static final int LONGEST = 64;
        private final byte[][] keys = new byte[SLOTS][];
        private final String[] values = new String[SLOTS];

        String of(byte[] buf, int from, int length) {
            if (length > LONGEST) {
                return new String(buf, from, length, StandardCharsets.UTF_8);
            }
            int h = 1;
            for (int i = from; i < from + length; i++) {
                h = 31 * h + buf[i];
            }
            int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
            byte[] key = keys[slot];
            if (key != null && Arrays.equals(key, 0, key.length, buf, from, from + length)) {
                return values[slot];
            }
            String s = new String(buf, from, length, StandardCharsets.UTF_8);
            keys[slot] = Arrays.copyOfRange(buf, from, from + length);
            values[slot] = s;
            return s;
        }
    }

    /** One instance per day from 1900 to 2100, made as first needed. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate[] DAYS = new LocalDate[(int) (LocalDate.of(2101, 1, 1).toEpochDay()
            - FIRST_DAY.toEpochDay())];

    private static LocalDate day(long epochDay) {
        long i = epochDay - FIRST_DAY.toEpochDay();
        if (i < 0 || i >= DAYS.length) {
            return LocalDate.ofEpochDay(epochDay);
        }
        LocalDate d = DAYS[(int) i];
        if (d == null) {
            d = LocalDate.ofEpochDay(epochDay); // immutable: a race only makes a second equal instance
            DAYS[(int) i] = d;
        }
        return d;
    }

    private static final class In {
        private final byte[] buf;
        private final Strings strings;
        /** This case's texts so far, for the repeats that name them by index. */
        private final List<String> read = new ArrayList<>();
        private int pos;

        In(byte[] buf, Strings strings) {
            this.buf = buf;
            this.strings = strings;
        }

        long varlong() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
        }

        int varint() {
            return Math.toIntExact(varlong());
        }

        Long longOrNull() {
            long v = varlong();
            if (v == 0) {
                return null;
            }
            v--;
            return (v >>> 1) ^ -(v & 1);
        }

        Integer intOrNull() {
            Long v = longOrNull();
            return v == null ? null : Math.toIntExact(v);
        }

        LocalDate date() {
            Long v = longOrNull();
            return v == null ? null : day(v);
        }

        boolean bool() {
            return varlong() != 0;
        }

        Boolean boolOrNull() {
            long v = varlong();
            return v == 0 ? null : v == 2;
        }

        <E extends Enum<E>> E en(E[] values) {
            int v = varint();
            return v == 0 ? null : values[v - 1];
        }

        String str() {
            long v = varlong();
            if (v == 0) {
                return null;
            }
            if ((v & 1) == 0) {
                return read.get((int) ((v - 2) / 2));
            }
            int n = (int) ((v - 1) / 2);
            String s = strings.of(buf, pos, n);
            pos += n;
            read.add(s);
            return s;
        }

        BigDecimal decimal() {
            String s = str();
            return s == null ? null : new BigDecimal(s);
        }

        boolean atEnd() {
            return pos == buf.length;
        }
    }
}
