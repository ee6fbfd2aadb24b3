package lactracker.testdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import lactracker.domain.UascReview;
import lactracker.domain.YesNoUnknown;

/**
 * Builds a child's whole case for the rules' tests, in the order things happen:
 * {@code aCase().bornOn(d).enteredCareOn(d).ihaCompletedOn(d).build()}. Every child is invented.
 */
public final class CaseBuilder {
    private static long nextId = 1000;

    private final long childId = nextId++;
    private String laId = "C" + childId;
    private LocalDate dob = LocalDate.of(2010, 6, 15);
    private boolean uasc;
    private LocalDate uascEnds;
    private final List<Episode> episodes = new ArrayList<>();
    private final List<HealthAssessment> assessments = new ArrayList<>();
    private final List<Escalation> escalations = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private PlacementLocation location = PlacementLocation.IN;
    private LocalDate passport;
    private LocalDate summary;
    private String practiceCode;

    public static CaseBuilder aCase() {
        return new CaseBuilder();
    }

    public CaseBuilder withLaId(String id) {
        this.laId = id;
        return this;
    }

    public CaseBuilder bornOn(LocalDate date) {
        this.dob = date;
        return this;
    }

    /** Registered with the GP practice of this code. */
    public CaseBuilder atPractice(String code) {
        this.practiceCode = code;
        return this;
    }

    public CaseBuilder passportGivenOn(LocalDate date) {
        this.passport = date;
        return this;
    }

    public CaseBuilder summaryGivenOn(LocalDate date) {
        this.summary = date;
        return this;
    }

    public CaseBuilder uasc() {
        this.uasc = true;
        return this;
    }

    public CaseBuilder uascUntil(LocalDate duc) {
        this.uasc = true;
        this.uascEnds = duc;
        return this;
    }

    /** Placements from now on are out of county (PL_LOCATION OUT). */
    public CaseBuilder placedOutOfCounty() {
        this.location = PlacementLocation.OUT;
        return this;
    }

    /** Placements from now on have no in/out evidence at all. */
    public CaseBuilder placedUnknown() {
        this.location = null;
        return this;
    }

    /** A new period of care: an open episode with RNE S. */
    public CaseBuilder enteredCareOn(LocalDate date) {
        return episode(date, "S", "C2");
    }

    /** The open episode ends X1 and a new one (change of placement) starts the same day. */
    public CaseBuilder movedOn(LocalDate date) {
        endOpenEpisode(date, "X1");
        return episode(date, "P", "C2");
    }

    /** A series of short breaks (legal status V3), left out of every rule. */
    public CaseBuilder shortBreakFrom(LocalDate start, LocalDate end) {
        episodes.add(new Episode((long) episodes.size() + 1, childId, start, "S", "V3", "N1", "U1", "PR1", end,
                "E8", null, "AL1", "AL1 1AA", null, null, location, null, null));
        return this;
    }

    /** An episode that does not start a period (the extract begins part-way through one). */
    public CaseBuilder alreadyInCareFrom(LocalDate date) {
        return episode(date, "L", "C2");
    }

    /** An open episode starting on the day with the given RNE; the one before is left as it is. */
    public CaseBuilder newEpisodeOn(LocalDate date, String reasonNewEpisode) {
        return episode(date, reasonNewEpisode, "C2");
    }

    public CaseBuilder leftCareOn(LocalDate date) {
        return leftCareOn(date, "E4A");
    }

    public CaseBuilder leftCareOn(LocalDate date, String reasonCeased) {
        endOpenEpisode(date, reasonCeased);
        return this;
    }

    private CaseBuilder episode(LocalDate start, String rne, String ls) {
        episodes.add(new Episode((long) episodes.size() + 1, childId, start, rne, ls, "N1", "U1", "PR1", null, null,
                null, "AL1", "AL1 1AA", null, null, location, null, null));
        return this;
    }

    private void endOpenEpisode(LocalDate end, String rec) {
        Episode e = episodes.get(episodes.size() - 1);
        episodes.set(episodes.size() - 1, new Episode(e.id(), e.childId(), e.startDate(), e.reasonNewEpisode(),
                e.legalStatus(), e.categoryOfNeed(), e.placementType(), e.placementProvider(), end, rec,
                e.reasonPlaceChange(), e.homePostcode(), e.placementPostcode(), e.urn(), e.placementLa(),
                e.placementLocation(), e.placementDistance(), e.outOfCountyOverride()));
    }

    public CaseBuilder ihaRequestedOn(LocalDate date) {
        return assessment(AssessmentType.IHA, date, null, null, DentalFindings.NONE, null, null, null);
    }

    public CaseBuilder ihaCompletedOn(LocalDate date) {
        return assessment(AssessmentType.IHA, null, Outcome.COMPLETED, date, DentalFindings.NONE, null, null, null);
    }

    public CaseBuilder ihaRequestedAndCompleted(LocalDate requested, LocalDate completed) {
        return assessment(AssessmentType.IHA, requested, Outcome.COMPLETED, completed, DentalFindings.NONE, null, null,
                null);
    }

    public CaseBuilder ihaRefusedOn(LocalDate date) {
        return assessment(AssessmentType.IHA, null, Outcome.REFUSED, date, DentalFindings.NONE, null, null, null);
    }

    public CaseBuilder ihaNotRequiredOn(LocalDate date) {
        return assessment(AssessmentType.IHA, null, Outcome.NOT_REQUIRED, date, DentalFindings.NONE, null, null, null);
    }

    public CaseBuilder rhaCompletedOn(LocalDate date) {
        return assessment(AssessmentType.RHA, null, Outcome.COMPLETED, date, DentalFindings.NONE, null, null, null);
    }

    public CaseBuilder rhaDidNotAttendOn(LocalDate date) {
        return assessment(AssessmentType.RHA, null, Outcome.DID_NOT_ATTEND, date, DentalFindings.NONE, null, null, null);
    }

    /** An RHA completed with the given dental findings, immunisation status and SDQ score. */
    public CaseBuilder rhaCompletedOn(LocalDate date, DentalFindings dental, YesNoUnknown immunisations, Integer sdq) {
        return assessment(AssessmentType.RHA, null, Outcome.COMPLETED, date, dental, immunisations, sdq, null);
    }

    /** An IHA completed with its UASC section. */
    public CaseBuilder ihaCompletedOn(LocalDate date, UascReview uascReview) {
        return assessment(AssessmentType.IHA, null, Outcome.COMPLETED, date, DentalFindings.NONE, null, null, uascReview);
    }

    /** A completed RHA done by another area's provider (for payments). */
    public CaseBuilder outOfAreaRhaCompletedOn(LocalDate date) {
        assessment(AssessmentType.RHA, null, Outcome.COMPLETED, date, DentalFindings.NONE, null, null, null);
        HealthAssessment a = assessments.remove(assessments.size() - 1);
        assessments.add(new HealthAssessment(a.id(), a.childId(), a.type(), a.requestReceived(), a.outcome(),
                a.outcomeDate(), null, a.practitionerName(), a.practitionerRole(), "Fakeshire Community Trust", true,
                null, null, null, null, null, null, null, a.dental(), List.of(), null, a.source(), 0));
        return this;
    }

    private CaseBuilder assessment(AssessmentType type, LocalDate requested, Outcome outcome, LocalDate outcomeDate,
            DentalFindings dental, YesNoUnknown immunisations, Integer sdq, UascReview uascReview) {
        assessments.add(new HealthAssessment(nextId++, childId, type, requested, outcome, outcomeDate,
                outcome == Outcome.NOT_REQUIRED ? "assessed elsewhere" : null,
                outcome == Outcome.COMPLETED ? "Dr Invented" : null,
                outcome == Outcome.COMPLETED ? PractitionerRole.DOCTOR : null, "Fake Trust", false, null, null, null,
                immunisations, sdq, null, null, dental, List.of(), uascReview, RecordSource.MANUAL, 0));
        return this;
    }

    /** An escalation opened with one step at the given level, response due on the given day. */
    public CaseBuilder escalatedOn(LocalDate date, int level, LocalDate responseDue) {
        escalations.add(new Escalation(nextId++, childId, AssessmentType.RHA, date, null, "Fakeshire", "Fake Trust",
                date, null, null, List.of(new EscalationStep(nextId++, level, date, "Invented contact", "When?",
                        responseDue, null, null))));
        return this;
    }

    /** The host area answered the last escalation's last step on the date. */
    public CaseBuilder escalationAnsweredOn(LocalDate date) {
        Escalation e = escalations.remove(escalations.size() - 1);
        List<EscalationStep> steps = new ArrayList<>(e.steps());
        EscalationStep s = steps.remove(steps.size() - 1);
        steps.add(new EscalationStep(s.id(), s.level(), s.stepDate(), s.contact(), s.asked(), s.responseDue(), date,
                "Appointment booked"));
        escalations.add(new Escalation(e.id(), e.childId(), e.type(), e.dutyDueDate(), e.assessmentId(), e.hostArea(),
                e.hostProvider(), e.openedOn(), e.closedOn(), e.closeNote(), steps));
        return this;
    }

    /** An invoice for the last assessment, received on the date, verified or not. */
    public CaseBuilder invoicedOn(LocalDate date, String amount, boolean verified) {
        HealthAssessment last = assessments.get(assessments.size() - 1);
        payments.add(new Payment(nextId++, last.id(), "INV-" + nextId, date, new BigDecimal(amount), verified,
                null, verified ? date : null, null, null));
        return this;
    }

    public long childId() {
        return childId;
    }

    public ChildCase build() {
        Child child = new Child(childId, laId, Sex.FEMALE, dob, "WBRI", null, "Invented", "Child", null, null, practiceCode,
                null, null, uasc, uascEnds, false, passport, summary, null, RecordSource.EXTRACT, 0);
        return new ChildCase(child, episodes, assessments, escalations, payments);
    }
}
