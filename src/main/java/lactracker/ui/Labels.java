package lactracker.ui;

import lactracker.domain.AppointmentOutcome;
import lactracker.domain.AssessmentType;
import lactracker.domain.CareStatus;
import lactracker.domain.DelayReason;
import lactracker.domain.DutyState;
import lactracker.domain.Outcome;
import lactracker.domain.Placement;
import lactracker.domain.PractitionerRole;
import lactracker.domain.QualityCheck;
import lactracker.domain.YesNoUnknown;

/** The words the screens use for the rules' values; every one of them is in messages.properties. */
public final class Labels {
    private Labels() {
    }

    public static String of(DutyState s) {
        return Messages.get(switch (s) {
            case OVERDUE -> "state.overdue";
            case DUE_SOON -> "state.dueSoon";
            case ON_TRACK -> "state.onTrack";
            case NONE -> "state.none";
        });
    }

    public static String of(Placement p) {
        return Messages.get(lactracker.domain.Named.key(p));
    }

    public static String of(CareStatus s) {
        return Messages.get(switch (s) {
            case LOOKED_AFTER -> "care.lookedAfter";
            case CARE_LEAVER -> "care.careLeaver";
            case LEFT -> "care.left";
        });
    }

    public static String of(AssessmentType t) {
        return Messages.get(lactracker.domain.Named.key(t));
    }

    public static String of(Outcome o) {
        return Messages.get(lactracker.domain.Named.key(o));
    }

    public static String of(AppointmentOutcome o) {
        return Messages.get(switch (o) {
            case BOOKED -> "appointment.booked";
            case ATTENDED -> "appointment.attended";
            case DID_NOT_ATTEND -> "appointment.didNotAttend";
            case REFUSED -> "appointment.refused";
            case CANCELLED -> "appointment.cancelled";
        });
    }

    public static String of(PractitionerRole r) {
        return Messages.get(switch (r) {
            case DOCTOR -> "role.doctor";
            case NURSE -> "role.nurse";
        });
    }

    public static String of(QualityCheck q) {
        return Messages.get(switch (q) {
            case APPROVED -> "quality.approved";
            case RETURNED -> "quality.returned";
        });
    }

    public static String of(YesNoUnknown y) {
        return Messages.get(lactracker.domain.Named.key(y));
    }

    public static String of(DelayReason d) {
        return Messages.get(switch (d) {
            case LATE_REQUEST -> "delay.lateRequest";
            case CONSENT_NOT_RECEIVED -> "delay.consent";
            case CHILD_REFUSED -> "delay.refused";
            case DID_NOT_ATTEND -> "delay.didNotAttend";
            case PLACEMENT_MOVED -> "delay.moved";
            case PROVIDER_CAPACITY -> "delay.capacity";
            case OUT_OF_AREA_PROVIDER -> "delay.outOfArea";
            case OTHER -> "delay.other";
        });
    }

    public static String yesNo(boolean b) {
        return Messages.get(b ? "answer.yes" : "answer.no");
    }
}
