package lactracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the rules read about one child: the child, their episodes, assessments, escalations and
 * payments. The rules work on one case at a time, so the whole caseload is one pass.
 */
public record ChildCase(Child child, List<Episode> episodes, List<HealthAssessment> assessments,
        List<Escalation> escalations, List<Payment> payments) {

    public ChildCase {
        Objects.requireNonNull(child, "child");
        episodes = List.copyOf(episodes);
        assessments = List.copyOf(assessments);
        escalations = List.copyOf(escalations);
        payments = List.copyOf(payments);
    }

    /**
     * The records as they stood on {@code date} (rules.md section 7): anything dated after it is left
     * out, an episode that ended after it is still open, an assessment whose outcome came after it is
     * still in progress. Returns this same case when nothing is dated after the date.
     */
    public ChildCase asAt(LocalDate date) {
        if (!anythingAfter(date)) {
            return this; // the usual case for today's alerts: no copying at all
        }
        boolean changed = false;
        List<Episode> e = new ArrayList<>(episodes.size());
        for (Episode ep : episodes) {
            if (ep.startDate().isAfter(date)) {
                changed = true;
            } else if (ep.endDate() != null && ep.endDate().isAfter(date)) {
                changed = true;
                e.add(new Episode(ep.id(), ep.childId(), ep.startDate(), ep.reasonNewEpisode(), ep.legalStatus(),
                        ep.categoryOfNeed(), ep.placementType(), ep.placementProvider(), null, null,
                        ep.reasonPlaceChange(), ep.homePostcode(), ep.placementPostcode(), ep.urn(), ep.placementLa(),
                        ep.placementLocation(), ep.placementDistance(), ep.outOfCountyOverride(), ep.version()));
            } else {
                e.add(ep);
            }
        }
        List<HealthAssessment> a = new ArrayList<>(assessments.size());
        for (HealthAssessment h : assessments) {
            HealthAssessment cut = cut(h, date);
            changed |= cut != h;
            if (cut != null) {
                a.add(cut);
            }
        }
        List<Escalation> s = new ArrayList<>(escalations.size());
        for (Escalation x : escalations) {
            Escalation cut = cut(x, date);
            changed |= cut != x;
            if (cut != null) {
                s.add(cut);
            }
        }
        List<Payment> p = new ArrayList<>(payments.size());
        for (Payment x : payments) {
            Payment cut = cut(x, date);
            changed |= cut != x;
            if (cut != null) {
                p.add(cut);
            }
        }
        return changed ? new ChildCase(child, e, a, s, p) : this;
    }

    private boolean anythingAfter(LocalDate date) {
        for (Episode e : episodes) {
            if (e.startDate().isAfter(date) || after(e.endDate(), date)) {
                return true;
            }
        }
        for (HealthAssessment h : assessments) {
            if (datedAfter(h, date)) {
                return true;
            }
        }
        for (Escalation x : escalations) {
            if (x.openedOn().isAfter(date) || after(x.closedOn(), date)) {
                return true;
            }
            for (EscalationStep s : x.steps()) {
                if (s.stepDate().isAfter(date) || after(s.responseDate(), date)) {
                    return true;
                }
            }
        }
        for (Payment x : payments) {
            if (x.invoiceReceived().isAfter(date) || after(x.verifiedOn(), date) || after(x.paidOn(), date)) {
                return true;
            }
        }
        return false;
    }

    private static boolean datedAfter(HealthAssessment h, LocalDate date) {
        DentalFindings d = h.dental();
        if (after(h.outcomeDate(), date) || after(h.requestReceived(), date) || after(h.qualityCheckDate(), date)
                || after(h.healthPlanSent(), date) || after(d.lastCheckDate(), date) || after(d.referralDate(), date)
                || after(d.followUpDate(), date)) {
            return true;
        }
        for (Appointment ap : h.appointments()) {
            if (ap.date().isAfter(date)) {
                return true;
            }
        }
        return false;
    }

    private static boolean after(LocalDate d, LocalDate date) {
        return d != null && d.isAfter(date);
    }

    private static LocalDate upTo(LocalDate d, LocalDate date) {
        return after(d, date) ? null : d;
    }

    /** The assessment as known on the date; null when nothing of it had happened yet. */
    static HealthAssessment cut(HealthAssessment h, LocalDate date) {
        if (!datedAfter(h, date)) {
            return h;
        }
        DentalFindings d = h.dental();
        boolean outcomeLater = after(h.outcomeDate(), date);
        List<Appointment> appointments = h.appointments().stream().filter(ap -> !ap.date().isAfter(date)).toList();
        LocalDate request = upTo(h.requestReceived(), date);
        if (request == null && appointments.isEmpty() && (h.outcomeDate() == null || outcomeLater)) {
            return null;
        }
        DentalFindings dental = outcomeLater ? DentalFindings.NONE : new DentalFindings(d.registeredWithDentist(),
                d.practice(), upTo(d.lastCheckDate(), date), d.cariesFound(), d.referralMade(),
                upTo(d.referralDate(), date), upTo(d.followUpDate(), date));
        return new HealthAssessment(h.id(), h.childId(), h.type(), request, outcomeLater ? null : h.outcome(),
                outcomeLater ? null : h.outcomeDate(), h.notRequiredReason(), h.practitionerName(),
                h.practitionerRole(), h.provider(), h.outOfArea(), outcomeLater ? null : h.qualityCheck(),
                upTo(h.qualityCheckDate(), date), upTo(h.healthPlanSent(), date),
                outcomeLater ? null : h.immunisationsUpToDate(), outcomeLater ? null : h.sdqScore(),
                h.delayReason(), h.notes(), dental, appointments, outcomeLater ? null : h.uascReview(), h.source(),
                h.version());
    }

    static Escalation cut(Escalation x, LocalDate date) {
        if (x.openedOn().isAfter(date)) {
            return null;
        }
        boolean changed = after(x.closedOn(), date);
        List<EscalationStep> steps = new ArrayList<>();
        for (EscalationStep s : x.steps()) {
            if (s.stepDate().isAfter(date)) {
                changed = true;
            } else if (after(s.responseDate(), date)) {
                changed = true;
                steps.add(new EscalationStep(s.id(), s.level(), s.stepDate(), s.contact(), s.asked(), s.responseDue(),
                        null, null));
            } else {
                steps.add(s);
            }
        }
        if (!changed) {
            return x;
        }
        boolean closedLater = after(x.closedOn(), date);
        return new Escalation(x.id(), x.childId(), x.type(), x.dutyDueDate(), x.assessmentId(), x.hostArea(),
                x.hostProvider(), x.openedOn(), closedLater ? null : x.closedOn(), closedLater ? null : x.closeNote(),
                steps);
    }

    static Payment cut(Payment x, LocalDate date) {
        if (x.invoiceReceived().isAfter(date)) {
            return null;
        }
        boolean verifiedLater = after(x.verifiedOn(), date);
        if (!verifiedLater && !after(x.paidOn(), date)) {
            return x;
        }
        return new Payment(x.id(), x.assessmentId(), x.invoiceReference(), x.invoiceReceived(), x.amount(),
                x.commissionerVerified() && !verifiedLater, verifiedLater ? null : x.verifiedById(),
                verifiedLater ? null : x.verifiedOn(), upTo(x.paidOn(), date), x.note());
    }
}
