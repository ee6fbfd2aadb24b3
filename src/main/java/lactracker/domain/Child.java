package lactracker.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child known to the team. The 903 fields (LA id, sex, date of birth, ethnicity, UPN, UASC in the
 * extract and its end date) come from the local authority; the rest are the team's own.
 *
 * @param id                   database key, null until saved
 * @param laChildId            the local authority's CHILD id
 * @param nhsNumber            ten digits without spaces, or null when not yet known
 * @param allocatedNurseId     the team member who holds the child, or null
 * @param uascIn903            listed in the 903 UASC table
 * @param uascCeasedOn         the 903 DUC: UASC status ends on this date
 * @param uascFlagged          flagged as UASC by the team (the extract may lag behind)
 * @param careLeaverSummaryGiven the day the care leaver's health summary was given to them, or null
 * @param version              optimistic-lock counter: a save of a stale copy is refused
 */
public record Child(
        Long id,
        String laChildId,
        Sex sex,
        LocalDate dateOfBirth,
        String ethnicity,
        String upn,
        String givenName,
        String familyName,
        String nhsNumber,
        String gpPractice,
        String gpPracticeCode,
        String dentistPractice,
        Long allocatedNurseId,
        boolean uascIn903,
        LocalDate uascCeasedOn,
        boolean uascFlagged,
        LocalDate healthPassportIssued,
        LocalDate careLeaverSummaryGiven,
        String notes,
        RecordSource source,
        int version) {

    /** A child without a care leaver's summary given (the order of the fields before there was one). */
    public Child(Long id, String laChildId, Sex sex, LocalDate dateOfBirth, String ethnicity, String upn,
            String givenName, String familyName, String nhsNumber, String gpPractice, String gpPracticeCode,
            String dentistPractice, Long allocatedNurseId, boolean uascIn903, LocalDate uascCeasedOn,
            boolean uascFlagged, LocalDate healthPassportIssued, String notes, RecordSource source, int version) {
        this(id, laChildId, sex, dateOfBirth, ethnicity, upn, givenName, familyName, nhsNumber, gpPractice,
                gpPracticeCode, dentistPractice, allocatedNurseId, uascIn903, uascCeasedOn, uascFlagged,
                healthPassportIssued, null, notes, source, version);
    }

    public Child {
        Objects.requireNonNull(laChildId, "laChildId");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(source, "source");
    }

    /**
     * UASC on {@code date}: in the 903 UASC table or flagged by the team, until the 903 DUC. Read as
     * "status ends on DUC": on the DUC itself the child is no longer counted as UASC.
     */
    public boolean uascOn(LocalDate date) {
        return (uascIn903 || uascFlagged) && (uascCeasedOn == null || date.isBefore(uascCeasedOn));
    }

    /** The 18th birthday (1 March for a 29 February birthday in a year without one). */
    public LocalDate eighteenthBirthday() {
        return AgeBand.birthday(dateOfBirth, 18);
    }

    /** A child as the 903 header row gives it: no team fields yet. */
    public static Child fromExtract(String laChildId, Sex sex, LocalDate dateOfBirth, String ethnicity, String upn) {
        return new Child(null, laChildId, sex, dateOfBirth, ethnicity, upn, null, null, null, null, null, null,
                null, false, null, false, null, null, null, RecordSource.EXTRACT, 0);
    }

    public Child withId(Long newId) {
        return new Child(newId, laChildId, sex, dateOfBirth, ethnicity, upn, givenName, familyName, nhsNumber,
                gpPractice, gpPracticeCode, dentistPractice, allocatedNurseId, uascIn903, uascCeasedOn, uascFlagged,
                healthPassportIssued, careLeaverSummaryGiven, notes, source, version);
    }

    public Child withVersion(int newVersion) {
        return new Child(id, laChildId, sex, dateOfBirth, ethnicity, upn, givenName, familyName, nhsNumber,
                gpPractice, gpPracticeCode, dentistPractice, allocatedNurseId, uascIn903, uascCeasedOn, uascFlagged,
                healthPassportIssued, careLeaverSummaryGiven, notes, source, newVersion);
    }

    /** The team's own fields changed, the 903 fields kept. */
    public Child withTeamFields(String newGivenName, String newFamilyName, String newNhsNumber, String newGpPractice,
            String newGpPracticeCode, String newDentistPractice, Long newNurseId, boolean newUascFlagged,
            LocalDate newHealthPassportIssued, String newNotes) {
        return new Child(id, laChildId, sex, dateOfBirth, ethnicity, upn, newGivenName, newFamilyName, newNhsNumber,
                newGpPractice, newGpPracticeCode, newDentistPractice, newNurseId, uascIn903, uascCeasedOn,
                newUascFlagged, newHealthPassportIssued, careLeaverSummaryGiven, newNotes, source, version);
    }

    /** The 903 header row's fields as the extract now gives them; the record then comes from the extract. */
    public Child withExtractFields(Sex newSex, LocalDate newDateOfBirth, String newEthnicity, String newUpn) {
        return new Child(id, laChildId, newSex, newDateOfBirth, newEthnicity, newUpn, givenName, familyName, nhsNumber,
                gpPractice, gpPracticeCode, dentistPractice, allocatedNurseId, uascIn903, uascCeasedOn, uascFlagged,
                healthPassportIssued, careLeaverSummaryGiven, notes, RecordSource.EXTRACT, version);
    }

    /** Listed in the 903 UASC table (or not), with the DUC it gives. */
    public Child withUascIn903(boolean listed, LocalDate ceasedOn) {
        return new Child(id, laChildId, sex, dateOfBirth, ethnicity, upn, givenName, familyName, nhsNumber,
                gpPractice, gpPracticeCode, dentistPractice, allocatedNurseId, listed, ceasedOn, uascFlagged,
                healthPassportIssued, careLeaverSummaryGiven, notes, source, version);
    }

    public Child withLaChildId(String newLaChildId) {
        return new Child(id, newLaChildId, sex, dateOfBirth, ethnicity, upn, givenName, familyName, nhsNumber,
                gpPractice, gpPracticeCode, dentistPractice, allocatedNurseId, uascIn903, uascCeasedOn, uascFlagged,
                healthPassportIssued, careLeaverSummaryGiven, notes, source, version);
    }

    /** The day the care leaver's health summary was given to them (issue 24), or null: not (yet) given. */
    public Child withCareLeaverSummaryGiven(LocalDate given) {
        return new Child(id, laChildId, sex, dateOfBirth, ethnicity, upn, givenName, familyName, nhsNumber,
                gpPractice, gpPracticeCode, dentistPractice, allocatedNurseId, uascIn903, uascCeasedOn, uascFlagged,
                healthPassportIssued, given, notes, source, version);
    }

    public Child withNhsNumber(String newNhsNumber) {
        return withTeamFields(givenName, familyName, newNhsNumber, gpPractice, gpPracticeCode, dentistPractice,
                allocatedNurseId, uascFlagged, healthPassportIssued, notes);
    }

    public Child withAllocatedNurseId(Long newNurseId) {
        return withTeamFields(givenName, familyName, nhsNumber, gpPractice, gpPracticeCode, dentistPractice, newNurseId,
                uascFlagged, healthPassportIssued, notes);
    }
}
