package lactracker.store;

import lactracker.domain.Codes;
import lactracker.domain.YesNoUnknown;

/** Conversions between the domain's types and the columns that hold them. */
final class Columns {
    private Columns() {
    }

    static String yn(Boolean value) {
        return value == null ? null : value ? "Y" : "N";
    }

    static Boolean yn(String value) {
        return value == null ? null : "Y".equals(value);
    }

    static String ynu(YesNoUnknown value) {
        return value == null ? null : value.code();
    }

    static YesNoUnknown ynu(String value) {
        return YesNoUnknown.fromCode(value);
    }

    static String code(Enum<?> value) {
        return Codes.code(value);
    }

    static <E extends Enum<E>> E code(Class<E> type, String value) {
        return Codes.fromCode(type, value);
    }

    static Short small(Integer value) {
        return value == null ? null : value.shortValue();
    }

    static Integer small(Short value) {
        return value == null ? null : value.intValue();
    }

    static boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
