package lactracker.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (issue 21's strength check), after the NCSC's advice: length rather than
 * forced symbols, and none of the passwords people reach for first.
 */
public final class PasswordRules {
    public static final int LEAST_LENGTH = 12;
    private static final Set<String> FIRST_CHOICES = Set.of("password1234", "passwordpassword", "123456789012",
            "qwertyuiopas", "letmeinletmein", "welcome12345", "iloveyou1234", "changeme1234", "administrator",
            "lactracker123", "nhspassword1", "password12345");

    private PasswordRules() {
    }

    /** What is wrong with {@code password} for the account {@code username} of {@code name}; empty when none. */
    public static List<FieldProblem> problems(char[] password, String username, String name) {
        List<FieldProblem> p = new ArrayList<>();
        String typed = new String(password);
        String lower = typed.toLowerCase(Locale.ROOT);
        if (typed.codePointCount(0, typed.length()) < LEAST_LENGTH) {
            p.add(new FieldProblem("password", Words.format("check.password.short", String.valueOf(LEAST_LENGTH))));
        } else if (typed.chars().distinct().count() < 4 || FIRST_CHOICES.contains(lower)) {
            p.add(new FieldProblem("password", Words.get("check.password.guessable")));
        } else if (username != null && username.strip().length() >= 3
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))
                || name != null && name.strip().length() >= 3 && lower.contains(name.strip().toLowerCase(Locale.ROOT))) {
            p.add(new FieldProblem("password", Words.get("check.password.ownName")));
        }
        return p;
    }
}
