package lactracker.domain;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every value that rules.md marks as a setting, with its default. A team lead may change them; the
 * tariff, being a dated table, lives in {@link TariffPrice} rows instead.
 *
 * @param ihaRequestWindowWorkingDays  a request is timely on or before period start plus this many working days
 * @param ihaDueWorkingDays            the IHA is due this many working days after the period starts
 * @param ihaDueSoonWorkingDays        an IHA due within this many working days raises "due soon"
 * @param rhaDueSoonWorkingDays        an RHA due within this many working days raises "due soon"
 * @param escalationResponseWorkingDays a step's response is due this many working days after it
 * @param dentalCheckMonths            a dental check within this many months is up to date
 * @param cariesFollowUpMonths         caries with no follow-up after this many months raises an alert
 * @param uascReviewMonths             a UASC review still incomplete this many months after the IHA raises an alert
 * @param homeLocalAuthority           the home authority's code, compared with PL_LA; null when not set
 * @param homePostcodeDistricts        the home area's postcode districts (such as "AL1"), upper case
 */
public record Settings(
        int ihaRequestWindowWorkingDays,
        int ihaDueWorkingDays,
        int ihaDueSoonWorkingDays,
        int rhaDueSoonWorkingDays,
        int escalationResponseWorkingDays,
        int dentalCheckMonths,
        int cariesFollowUpMonths,
        int uascReviewMonths,
        String homeLocalAuthority,
        Set<String> homePostcodeDistricts) {

    public static final Settings DEFAULTS = new Settings(5, 20, 5, 20, 10, 12, 3, 3, null, Set.of());

    public Settings {
        positive(ihaRequestWindowWorkingDays, "ihaRequestWindowWorkingDays");
        positive(ihaDueWorkingDays, "ihaDueWorkingDays");
        positive(ihaDueSoonWorkingDays, "ihaDueSoonWorkingDays");
        positive(rhaDueSoonWorkingDays, "rhaDueSoonWorkingDays");
        positive(escalationResponseWorkingDays, "escalationResponseWorkingDays");
        positive(dentalCheckMonths, "dentalCheckMonths");
        positive(cariesFollowUpMonths, "cariesFollowUpMonths");
        positive(uascReviewMonths, "uascReviewMonths");
        Objects.requireNonNull(homePostcodeDistricts, "homePostcodeDistricts");
        homePostcodeDistricts = Set.copyOf(new TreeSet<>(homePostcodeDistricts));
    }

    // Withers, one per setting, so that no caller builds settings by position: a reordered list of eight
    // whole numbers would swap two settings without a word.
    public Settings withIhaRequestWindowWorkingDays(int value) {
        return new Settings(value, ihaDueWorkingDays, ihaDueSoonWorkingDays, rhaDueSoonWorkingDays, escalationResponseWorkingDays, dentalCheckMonths, cariesFollowUpMonths, uascReviewMonths, homeLocalAuthority, homePostcodeDistricts);
    }

    public Settings withIhaDueWorkingDays(int value) {
        return new Settings(ihaRequestWindowWorkingDays, value, ihaDueSoonWorkingDays, rhaDueSoonWorkingDays, escalationResponseWorkingDays, dentalCheckMonths, cariesFollowUpMonths, uascReviewMonths, homeLocalAuthority, homePostcodeDistricts);
    }

    public Settings withIhaDueSoonWorkingDays(int value) {
        return new Settings(ihaRequestWindowWorkingDays, ihaDueWorkingDays, value, rhaDueSoonWorkingDays, escalationResponseWorkingDays, dentalCheckMonths, cariesFollowUpMonths, uascReviewMonths, homeLocalAuthority, homePostcodeDistricts);
    }

    public Settings withRhaDueSoonWorkingDays(int value) {
        return new Settings(ihaRequestWindowWorkingDays, ihaDueWorkingDays, ihaDueSoonWorkingDays, value, escalationResponseWorkingDays, dentalCheckMonths, cariesFollowUpMonths, uascReviewMonths, homeLocalAuthority, homePostcodeDistricts);
    }

    public Settings withEscalationResponseWorkingDays(int value) {
        return new Settings(ihaRequestWindowWorkingDays, ihaDueWorkingDays, ihaDueSoonWorkingDays, rhaDueSoonWorkingDays, value, dentalCheckMonths, cariesFollowUpMonths, uascReviewMonths, homeLocalAuthority, homePostcodeDistricts);
    }

    public Settings withDentalCheckMonths(int value) {
        return new Settings(ihaRequestWindowWorkingDays, ihaDueWorkingDays, ihaDueSoonWorkingDays, rhaDueSoonWorkingDays, escalationResponseWorkingDays, value, cariesFollowUpMonths, uascReviewMonths, homeLocalAuthority, homePostcodeDistricts);
    }

    public Settings withCariesFollowUpMonths(int value) {
        return new Settings(ihaRequestWindowWorkingDays, ihaDueWorkingDays, ihaDueSoonWorkingDays, rhaDueSoonWorkingDays, escalationResponseWorkingDays, dentalCheckMonths, value, uascReviewMonths, homeLocalAuthority, homePostcodeDistricts);
    }

    public Settings withUascReviewMonths(int value) {
        return new Settings(ihaRequestWindowWorkingDays, ihaDueWorkingDays, ihaDueSoonWorkingDays, rhaDueSoonWorkingDays, escalationResponseWorkingDays, dentalCheckMonths, cariesFollowUpMonths, value, homeLocalAuthority, homePostcodeDistricts);
    }

    /** These settings with another home authority (null for none) and postcode districts. */
    public Settings withHomeArea(String localAuthority, Set<String> postcodeDistricts) {
        return new Settings(ihaRequestWindowWorkingDays, ihaDueWorkingDays, ihaDueSoonWorkingDays, rhaDueSoonWorkingDays, escalationResponseWorkingDays, dentalCheckMonths, cariesFollowUpMonths, uascReviewMonths, localAuthority, postcodeDistricts);
    }

    private static void positive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1");
        }
    }
}
