package lactracker.domain;

/** Sex as the 903 return codes it: 1 male, 2 female. */
public enum Sex {
    MALE(1),
    FEMALE(2);

    private final int code;

    Sex(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Sex fromCode(int code) {
        for (Sex s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sex code: " + code);
    }
}
