package lactracker.store;

import static lactracker.store.jooq.Tables.EPISODE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lactracker.domain.Episode;
import lactracker.domain.PlacementLocation;
import lactracker.store.jooq.tables.records.EpisodeRecord;
import org.jooq.DSLContext;

/** 903 episodes of care, keyed by child and start date. */
public final class EpisodeRepository {
    static final String TABLE = "episode";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public EpisodeRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public Episode insert(Episode episode) {
        return dsl.transactionResult(() -> {
            EpisodeRecord row = toRow(episode);
            row.changed(EPISODE.ID, false);
            long id = dsl.insertInto(EPISODE).set(row).returning(EPISODE.ID).fetchOne().getId();
            Episode saved = episode.withId(id).withVersion(0);
            audit.inserted(TABLE, id, episode.childId(), saved);
            return saved;
        });
    }

    /**
     * Replaces the stored episode with the same key (an extract that filled in the end date, say). Refused
     * with {@link StaleRecordException} when the episode changed since it was read.
     */
    public Episode update(Episode episode) {
        return dsl.transactionResult(() -> {
            Episode before = findById(episode.id()).orElseThrow(() -> new StaleRecordException("store.stale.episode"));
            EpisodeRecord row = toRow(episode);
            row.changed(EPISODE.ID, false);
            row.setVersion(episode.version() + 1);
            int updated = dsl.update(EPISODE).set(row)
                    .where(EPISODE.ID.eq(episode.id()).and(EPISODE.VERSION.eq(episode.version()))).execute();
            if (updated == 0) {
                throw audit.stale(TABLE, episode.id(), "store.stale.episode");
            }
            Episode saved = episode.withVersion(episode.version() + 1);
            audit.updated(TABLE, episode.id(), episode.childId(), before, saved);
            return saved;
        });
    }

    public void delete(long id) {
        dsl.transaction(() -> {
            Episode before = findById(id).orElseThrow(() -> new StaleRecordException("store.stale.episode"));
            dsl.deleteFrom(EPISODE).where(EPISODE.ID.eq(id)).execute();
            audit.deleted(TABLE, id, before.childId(), before);
        });
    }

    public Optional<Episode> findById(long id) {
        return dsl.selectFrom(EPISODE).where(EPISODE.ID.eq(id)).fetchOptional().map(EpisodeRepository::toEpisode);
    }

    public Optional<Episode> findByKey(long childId, LocalDate startDate) {
        return dsl.selectFrom(EPISODE)
                .where(EPISODE.CHILD_ID.eq(childId).and(EPISODE.START_DATE.eq(startDate)))
                .fetchOptional().map(EpisodeRepository::toEpisode);
    }

    /** A child's episodes, oldest first. */
    public List<Episode> findByChild(long childId) {
        return dsl.selectFrom(EPISODE).where(EPISODE.CHILD_ID.eq(childId)).orderBy(EPISODE.START_DATE)
                .fetch(EpisodeRepository::toEpisode);
    }

    public int count() {
        return dsl.fetchCount(EPISODE);
    }

    /** Every episode, by child and start date: one query for bulk work (imports, the rules). */
    public List<Episode> findAll() {
        return dsl.selectFrom(EPISODE).orderBy(EPISODE.CHILD_ID, EPISODE.START_DATE).fetch(EpisodeRepository::toEpisode);
    }

    static EpisodeRecord toRow(Episode e) {
        EpisodeRecord r = new EpisodeRecord();
        r.setId(e.id());
        r.setChildId(e.childId());
        r.setStartDate(e.startDate());
        r.setReasonNewEpisode(e.reasonNewEpisode());
        r.setLegalStatus(e.legalStatus());
        r.setCategoryOfNeed(e.categoryOfNeed());
        r.setPlacementType(e.placementType());
        r.setPlacementProvider(e.placementProvider());
        r.setEndDate(e.endDate());
        r.setReasonEpisodeCeased(e.reasonCeased());
        r.setReasonPlaceChange(e.reasonPlaceChange());
        r.setHomePostcode(e.homePostcode());
        r.setPlacementPostcode(e.placementPostcode());
        r.setUrn(e.urn());
        r.setPlacementLa(e.placementLa());
        r.setPlacementLocation(e.placementLocation() == null ? null : e.placementLocation().name());
        r.setPlacementDistance(e.placementDistance());
        r.setOutOfCountyOverride(e.outOfCountyOverride() == null ? null : e.outOfCountyOverride().name());
        r.setVersion(e.version());
        return r;
    }

    static Episode toEpisode(EpisodeRecord r) {
        return toEpisode((Row) r::get);
    }

    static Episode toEpisode(Row r) {
        return new Episode(r.get(EPISODE.ID), r.get(EPISODE.CHILD_ID), r.get(EPISODE.START_DATE),
                r.get(EPISODE.REASON_NEW_EPISODE), r.get(EPISODE.LEGAL_STATUS), r.get(EPISODE.CATEGORY_OF_NEED),
                r.get(EPISODE.PLACEMENT_TYPE), r.get(EPISODE.PLACEMENT_PROVIDER), r.get(EPISODE.END_DATE),
                r.get(EPISODE.REASON_EPISODE_CEASED), r.get(EPISODE.REASON_PLACE_CHANGE), r.get(EPISODE.HOME_POSTCODE),
                r.get(EPISODE.PLACEMENT_POSTCODE), r.get(EPISODE.URN), r.get(EPISODE.PLACEMENT_LA),
                location(r.get(EPISODE.PLACEMENT_LOCATION)), r.get(EPISODE.PLACEMENT_DISTANCE),
                location(r.get(EPISODE.OUT_OF_COUNTY_OVERRIDE)), r.get(EPISODE.VERSION));
    }

    private static PlacementLocation location(String value) {
        return value == null ? null : PlacementLocation.valueOf(value);
    }
}
