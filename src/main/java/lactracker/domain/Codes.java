package lactracker.domain;

import java.util.Locale;

/**
 * The stored form of the domain's enums: the constant's name in lower case ({@code DID_NOT_ATTEND} is
 * {@code did_not_attend}), the same word the database checks and the import files use.
 */
public final class Codes {
    private Codes() {
    }

    public static String code(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> E fromCode(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " code: " + code);
    }
}
