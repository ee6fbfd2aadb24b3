package lactracker.domain;

/** A Y/N answer where "not known" is a real answer, not a missing one. */
public enum YesNoUnknown {
    YES("Y"),
    NO("N"),
    UNKNOWN("U");

    private final String code;

    YesNoUnknown(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static YesNoUnknown fromCode(String code) {
        if (code == null) {
            return null;
        }
        for (YesNoUnknown v : values()) {
            if (v.code.equals(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown YesNoUnknown code: " + code);
    }
}
