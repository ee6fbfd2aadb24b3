package lactracker.domain;

/** Where a child stands with the local authority on a day (rules.md section 2). */
public enum CareStatus {
    LOOKED_AFTER,
    /** Left care at 18 or to independence, and not yet 25: the team still follows them up. */
    CARE_LEAVER,
    /** Left care otherwise (home, adoption, special guardianship), or never looked after in the extract. */
    LEFT;

    public static CareStatus of(CareHistory history, Child child, java.time.LocalDate date) {
        if (history.lookedAfterOn(date)) {
            return LOOKED_AFTER;
        }
        return history.careLeaverOn(date, child.dateOfBirth()) ? CARE_LEAVER : LEFT;
    }
}
