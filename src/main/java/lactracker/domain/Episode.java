package lactracker.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One 903 episode of care, keyed by child and start date. Field names spell out the 903 columns
 * (DECOM is {@code startDate}, DEC {@code endDate}, RNE {@code reasonNewEpisode}, LS {@code legalStatus},
 * PLACE {@code placementType}, REC {@code reasonCeased}).
 *
 * @param endDate              null while the episode is open
 * @param placementLocation    the file's PL_LOCATION, where the extract has it
 * @param outOfCountyOverride  the team's correction, which wins over every field of the file
 * @param version              optimistic-lock counter: a save of a stale copy is refused
 */
public record Episode(
        Long id,
        long childId,
        LocalDate startDate,
        String reasonNewEpisode,
        String legalStatus,
        String categoryOfNeed,
        String placementType,
        String placementProvider,
        LocalDate endDate,
        String reasonCeased,
        String reasonPlaceChange,
        String homePostcode,
        String placementPostcode,
        String urn,
        String placementLa,
        PlacementLocation placementLocation,
        BigDecimal placementDistance,
        PlacementLocation outOfCountyOverride,
        int version) {

    /** An episode not yet saved (or whose version is not in question). */
    public Episode(Long id, long childId, LocalDate startDate, String reasonNewEpisode, String legalStatus,
            String categoryOfNeed, String placementType, String placementProvider, LocalDate endDate,
            String reasonCeased, String reasonPlaceChange, String homePostcode, String placementPostcode, String urn,
            String placementLa, PlacementLocation placementLocation, BigDecimal placementDistance,
            PlacementLocation outOfCountyOverride) {
        this(id, childId, startDate, reasonNewEpisode, legalStatus, categoryOfNeed, placementType, placementProvider,
                endDate, reasonCeased, reasonPlaceChange, homePostcode, placementPostcode, urn, placementLa,
                placementLocation, placementDistance, outOfCountyOverride, 0);
    }

    public Episode {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(reasonNewEpisode, "reasonNewEpisode");
        Objects.requireNonNull(legalStatus, "legalStatus");
        Objects.requireNonNull(placementType, "placementType");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("an episode cannot end before it starts");
        }
    }

    public Episode withId(Long newId) {
        return new Episode(newId, childId, startDate, reasonNewEpisode, legalStatus, categoryOfNeed, placementType,
                placementProvider, endDate, reasonCeased, reasonPlaceChange, homePostcode, placementPostcode, urn,
                placementLa, placementLocation, placementDistance, outOfCountyOverride, version);
    }

    public Episode withVersion(int newVersion) {
        return new Episode(id, childId, startDate, reasonNewEpisode, legalStatus, categoryOfNeed, placementType,
                placementProvider, endDate, reasonCeased, reasonPlaceChange, homePostcode, placementPostcode, urn,
                placementLa, placementLocation, placementDistance, outOfCountyOverride, newVersion);
    }
}
