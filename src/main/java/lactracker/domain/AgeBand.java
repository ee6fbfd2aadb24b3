package lactracker.domain;

import java.time.LocalDate;

/** The age bands of the seed report and the DfE (rules.md section 2). */
public enum AgeBand {
    UNDER_1("ageBand.under1"),
    AGE_1_TO_4("ageBand.age1To4"),
    AGE_5_TO_9("ageBand.age5To9"),
    AGE_10_TO_15("ageBand.age10To15"),
    AGE_16_PLUS("ageBand.age16Plus");

    /** The key of its words in messages.properties. */
    private final String labelKey;

    AgeBand(String labelKey) {
        this.labelKey = labelKey;
    }

    public String label() {
        return Words.get(labelKey);
    }

    /** Whole years completed on {@code date}: 0 until the first birthday. */
    /**
     * The day a child born on {@code dateOfBirth} turns {@code years} old: the same day and month, but
     * 1 March for a 29 February birthday in a year without one (rules.md: one rule for every birthday,
     * the age, the 18th birthday, care-leaver status and the turning-18 alert alike).
     */
    public static LocalDate birthday(LocalDate dateOfBirth, int years) {
        LocalDate day = dateOfBirth.plusYears(years); // java.time gives 28 February for a 29 February birthday
        return dateOfBirth.getMonthValue() == 2 && dateOfBirth.getDayOfMonth() == 29 && day.getDayOfMonth() == 28
                ? day.plusDays(1) : day;
    }

    public static int ageOn(LocalDate dateOfBirth, LocalDate date) {
        int years = date.getYear() - dateOfBirth.getYear();
        int month = date.getMonthValue() - dateOfBirth.getMonthValue();
        if (month < 0 || (month == 0 && date.getDayOfMonth() < dateOfBirth.getDayOfMonth())) {
            years--; // the birthday is still to come this year (a 29 February birthday comes on 1 March)
        }
        return years;
    }

    public static AgeBand of(int age) {
        if (age < 1) {
            return UNDER_1;
        }
        if (age < 5) {
            return AGE_1_TO_4;
        }
        if (age < 10) {
            return AGE_5_TO_9;
        }
        if (age < 16) {
            return AGE_10_TO_15;
        }
        return AGE_16_PLUS;
    }
}
