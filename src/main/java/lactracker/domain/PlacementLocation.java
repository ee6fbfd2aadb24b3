package lactracker.domain;

/** In or out of the home county, as the 903 PL_LOCATION field and the team's override say it. */
public enum PlacementLocation {
    IN,
    OUT
}
