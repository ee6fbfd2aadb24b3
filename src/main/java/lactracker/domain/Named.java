package lactracker.domain;

/**
 * The key in messages.properties of the words for a rule's value, one place for the screens and the
 * documents alike ({@code Words.get(Named.key(outcome))}).
 */
public final class Named {
    private Named() {
    }

    public static String key(AssessmentType t) {
        return switch (t) {
            case IHA -> "assessment.type.iha";
            case RHA -> "assessment.type.rha";
        };
    }

    public static String key(Outcome o) {
        return switch (o) {
            case COMPLETED -> "outcome.completed";
            case REFUSED -> "outcome.refused";
            case DID_NOT_ATTEND -> "outcome.didNotAttend";
            case NOT_REQUIRED -> "outcome.notRequired";
        };
    }

    public static String key(YesNoUnknown y) {
        return switch (y) {
            case YES -> "answer.yes";
            case NO -> "answer.no";
            case UNKNOWN -> "answer.unknown";
        };
    }

    public static String key(ScreeningItem item) {
        return switch (item) {
            case TB -> "screening.tb";
            case HEPATITIS_B -> "screening.hepB";
            case HEPATITIS_C -> "screening.hepC";
            case HIV -> "screening.hiv";
            case SYPHILIS -> "screening.syphilis";
        };
    }

    public static String key(ScreeningOutcome o) {
        return switch (o) {
            case DONE -> "screening.done";
            case DECLINED -> "screening.declined";
            case NOT_INDICATED -> "screening.notIndicated";
            case PENDING -> "screening.pending";
        };
    }

    public static String key(Placement p) {
        return switch (p) {
            case IN_COUNTY -> "placement.in";
            case OUT_OF_COUNTY -> "placement.out";
            case UNKNOWN -> "placement.unknown";
        };
    }

    public static String key(Sex s) {
        return s == Sex.MALE ? "sex.male" : "sex.female";
    }
}
