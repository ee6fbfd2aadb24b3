package lactracker.domain;

/**
 * NHS numbers (NHS Data Dictionary): ten digits, the last a Modulus 11 check digit. Written with spaces
 * as 3-3-4 ("943 476 5919"), stored as ten digits.
 */
public final class NhsNumber {
    private NhsNumber() {
    }

    /** The ten digits of {@code text} with its spaces removed, or null when it is not ten digits. */
    public static String digits(String text) {
        if (text == null) {
            return null;
        }
        String d = text.replace(" ", "");
        return d.length() == 10 && d.chars().allMatch(c -> c >= '0' && c <= '9') ? d : null;
    }

    /**
     * Why {@code text} is not a valid NHS number, in plain English, or null when it is valid. Spaces are
     * allowed anywhere.
     */
    public static String problem(String text) {
        String d = digits(text);
        if (d == null) {
            return Words.get("nhs.notTenDigits");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        if (check == 10 || check != d.charAt(9) - '0') {
            return Words.get("nhs.checkDigit");
        }
        return null;
    }

    public static boolean isValid(String text) {
        return problem(text) == null;
    }

    /** "943 476 5919", as NHS numbers are shown. */
    public static String format(String digits) {
        if (digits == null || digits.length() != 10) {
            return digits;
        }
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }
}
