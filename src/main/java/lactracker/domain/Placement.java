package lactracker.domain;

import java.util.Locale;

/**
 * In or out of county on a date, from the open episode's placement, by the order of evidence of
 * rules.md section 2. Unknown is its own answer, shown and counted, never guessed.
 */
public enum Placement {
    IN_COUNTY,
    OUT_OF_COUNTY,
    UNKNOWN;

    /**
     * Where {@code episode} places the child: the team's override; else PL_LOCATION; else PL_LA against
     * the home authority; else the postcode district of PL_POST against the home districts; else unknown.
     */
    public static Placement of(Episode episode, Settings settings) {
        if (episode.outOfCountyOverride() != null) {
            return from(episode.outOfCountyOverride());
        }
        if (episode.placementLocation() != null) {
            return from(episode.placementLocation());
        }
        String la = blankToNull(episode.placementLa());
        if (la != null && settings.homeLocalAuthority() != null) {
            return la.equalsIgnoreCase(settings.homeLocalAuthority()) ? IN_COUNTY : OUT_OF_COUNTY;
        }
        String district = postcodeDistrict(episode.placementPostcode());
        if (district != null && !settings.homePostcodeDistricts().isEmpty()) {
            return settings.homePostcodeDistricts().contains(district) ? IN_COUNTY : OUT_OF_COUNTY;
        }
        return UNKNOWN;
    }

    private static Placement from(PlacementLocation location) {
        return location == PlacementLocation.IN ? IN_COUNTY : OUT_OF_COUNTY;
    }

    /**
     * The outward code of a postcode ("AL1" of "AL1 3JN", of "AL13JN" and of a bare "AL1"), upper case;
     * null when there is none. The inward code is always a digit and two letters.
     */
    public static String postcodeDistrict(String postcode) {
        String p = blankToNull(postcode);
        if (p == null) {
            return null;
        }
        p = p.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        int space = p.indexOf(' ');
        if (space > 0) {
            return p.substring(0, space);
        }
        if (p.length() >= 5 && p.matches(".*\\d[A-Z]{2}")) {
            return p.substring(0, p.length() - 3);
        }
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
