package lactracker.testdata;

import java.time.LocalDate;
import lactracker.domain.Episode;
import lactracker.domain.PlacementLocation;

/** Builds 903 episodes for tests; by default an open foster placement starting a period of care. */
public final class EpisodeBuilder {
    private long childId;
    private LocalDate start = LocalDate.of(2017, 1, 9);
    private String rne = "S";
    private String legalStatus = "C2";
    private String placement = "U1";
    private LocalDate end;
    private String rec;
    private String placementPostcode = "AL1 1AA";
    private PlacementLocation location;

    public static EpisodeBuilder anEpisode() {
        return new EpisodeBuilder();
    }

    public EpisodeBuilder forChild(long id) {
        this.childId = id;
        return this;
    }

    public EpisodeBuilder startingOn(LocalDate date) {
        this.start = date;
        return this;
    }

    public EpisodeBuilder withReason(String reasonNewEpisode) {
        this.rne = reasonNewEpisode;
        return this;
    }

    public EpisodeBuilder withLegalStatus(String ls) {
        this.legalStatus = ls;
        return this;
    }

    public EpisodeBuilder endingOn(LocalDate date, String reasonCeased) {
        this.end = date;
        this.rec = reasonCeased;
        return this;
    }

    public EpisodeBuilder placedAt(String postcode, PlacementLocation inOrOut) {
        this.placementPostcode = postcode;
        this.location = inOrOut;
        return this;
    }

    public Episode build() {
        return new Episode(null, childId, start, rne, legalStatus, "N1", placement, "PR1", end, rec, null, "AL1",
                placementPostcode, null, null, location, null, null);
    }
}
