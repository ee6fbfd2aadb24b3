package lactracker.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The checks on the team lead's settings (rules.md *settings*), team members and tariff lines, named at their fields. */
public final class SettingsChecks {
    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");
    private static final Pattern LA_CODE = Pattern.compile("[0-9]{3}|E[0-9]{8}");

    private SettingsChecks() {
    }

    /**
     * A number setting of rules.md: the field it is typed in, its name in a sentence, its largest sensible
     * value, and how it is read from and written into {@link Settings} (by name, never by position).
     */
    public record NumberSetting(String field, String whatKey, int max, java.util.function.ToIntFunction<Settings> read,
            java.util.function.BiFunction<Settings, Integer, Settings> write) {
        /** The setting's name in a sentence ("The IHA due period"). */
        public String what() {
            return Words.get(whatKey);
        }
    }

    /** Every number setting, in the order the Settings screen shows them. */
    public static final List<NumberSetting> NUMBERS = List.of(
            new NumberSetting("ihaRequestWindow", "check.settings.what.ihaRequestWindow", 60,
                    Settings::ihaRequestWindowWorkingDays, Settings::withIhaRequestWindowWorkingDays),
            new NumberSetting("ihaDue", "check.settings.what.ihaDue", 60,
                    Settings::ihaDueWorkingDays, Settings::withIhaDueWorkingDays),
            new NumberSetting("ihaDueSoon", "check.settings.what.ihaDueSoon", 60,
                    Settings::ihaDueSoonWorkingDays, Settings::withIhaDueSoonWorkingDays),
            new NumberSetting("rhaDueSoon", "check.settings.what.rhaDueSoon", 120,
                    Settings::rhaDueSoonWorkingDays, Settings::withRhaDueSoonWorkingDays),
            new NumberSetting("escalationResponse", "check.settings.what.escalationResponse", 60,
                    Settings::escalationResponseWorkingDays, Settings::withEscalationResponseWorkingDays),
            new NumberSetting("dentalCheck", "check.settings.what.dentalCheck", 36,
                    Settings::dentalCheckMonths, Settings::withDentalCheckMonths),
            new NumberSetting("cariesFollowUp", "check.settings.what.cariesFollowUp", 24,
                    Settings::cariesFollowUpMonths, Settings::withCariesFollowUpMonths),
            new NumberSetting("uascReview", "check.settings.what.uascReview", 24,
                    Settings::uascReviewMonths, Settings::withUascReviewMonths));

    /** The problems of a whole set of settings: each number in its range, and the home authority's code. */
    public static List<FieldProblem> settings(Settings settings) {
        List<FieldProblem> p = new ArrayList<>();
        for (NumberSetting n : NUMBERS) {
            FieldProblem problem = number(n.field(), n.what(), n.read().applyAsInt(settings), n.max());
            if (problem != null) {
                p.add(problem);
            }
        }
        FieldProblem la = homeLocalAuthority(settings.homeLocalAuthority());
        if (la != null) {
            p.add(la);
        }
        return p;
    }

    /**
     * A whole number setting: given, and between 1 and {@code max}.
     *
     * @param what the setting's name in a sentence ("The IHA due period")
     */
    public static FieldProblem number(String field, String what, Integer value, int max) {
        if (value == null) {
            return new FieldProblem(field, Words.format("check.settings.whole", what));
        }
        if (value < 1 || value > max) {
            return new FieldProblem(field, Words.format("check.settings.range", what, String.valueOf(max)));
        }
        return null;
    }

    /** The home authority's code: blank (not set), a 3-digit DfE code such as 919, or a 9-character ONS code. */
    public static FieldProblem homeLocalAuthority(String code) {
        if (code == null || code.isBlank() || LA_CODE.matcher(code.strip().toUpperCase(Locale.ROOT)).matches()) {
            return null;
        }
        return new FieldProblem("homeLocalAuthority", Words.get("check.settings.homeLa"));
    }

    /** The home postcode districts as typed (separated by commas or spaces), upper case; problem when one is not a district. */
    public static List<FieldProblem> districtProblems(String typed) {
        List<FieldProblem> p = new ArrayList<>();
        for (String d : split(typed)) {
            if (!DISTRICT.matcher(d).matches()) {
                p.add(new FieldProblem("homePostcodeDistricts", Words.format("check.settings.district", d)));
                break;
            }
        }
        return p;
    }

    public static Set<String> districts(String typed) {
        return new TreeSet<>(split(typed));
    }

    private static List<String> split(String typed) {
        List<String> out = new ArrayList<>();
        if (typed == null) {
            return out;
        }
        for (String part : typed.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.strip().toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * A team member before saving.
     *
     * @param usernameTakenByAnother another member already has this username
     */
    public static List<FieldProblem> member(TeamMember m, boolean usernameTakenByAnother) {
        List<FieldProblem> p = new ArrayList<>();
        if (m.name().isBlank()) {
            p.add(new FieldProblem("memberName", Words.get("check.settings.memberName")));
        }
        ChildChecks.tooLong(p, "memberName", "check.what.name", m.name(), 100);
        if (m.username() != null && usernameTakenByAnother) {
            p.add(new FieldProblem("memberUsername", Words.format("check.settings.usernameTaken", m.username())));
        }
        ChildChecks.tooLong(p, "memberUsername", "check.what.username", m.username(), 100);
        return p;
    }

    /** A tariff line before saving. */
    public static List<FieldProblem> tariff(AssessmentType type, LocalDate validFrom, BigDecimal amount) {
        List<FieldProblem> p = new ArrayList<>();
        if (type == null) {
            p.add(new FieldProblem("tariffType", Words.get("check.settings.tariffType")));
        }
        if (validFrom == null) {
            p.add(new FieldProblem("tariffFrom", Words.get("check.settings.tariffFrom")));
        }
        if (amount == null) {
            p.add(new FieldProblem("tariffAmount", Words.get("check.settings.tariffAmount")));
        } else if (amount.signum() < 0) {
            p.add(new FieldProblem("tariffAmount", Words.get("check.settings.tariffNegative")));
        } else if (amount.compareTo(new BigDecimal("99999999.99")) > 0 || amount.stripTrailingZeros().scale() > 2) {
            p.add(new FieldProblem("tariffAmount", Words.get("check.settings.tariffPence")));
        }
        return p;
    }
}
