package lactracker.testdata;

import java.time.LocalDate;
import lactracker.domain.Child;
import lactracker.domain.RecordSource;
import lactracker.domain.Sex;

/** Builds fake children for tests: every name is invented and every NHS number is in a test range. */
public final class ChildBuilder {
    private static int sequence = 1;

    private String laChildId = "T" + (100000 + sequence++);
    private Sex sex = Sex.FEMALE;
    private LocalDate dateOfBirth = LocalDate.of(2010, 5, 17);
    private String givenName = "Testa";
    private String familyName = "Fakename";
    private String nhsNumber;
    private Long nurseId;
    private boolean uascFlagged;
    private RecordSource source = RecordSource.EXTRACT;

    private LocalDate passport;
    private LocalDate summary;
    private String practiceCode = "Z99999";

    public static ChildBuilder aChild() {
        return new ChildBuilder();
    }

    public ChildBuilder withLaId(String id) {
        this.laChildId = id;
        return this;
    }

    public ChildBuilder male() {
        this.sex = Sex.MALE;
        return this;
    }

    public ChildBuilder bornOn(LocalDate date) {
        this.dateOfBirth = date;
        return this;
    }

    public ChildBuilder named(String given, String family) {
        this.givenName = given;
        this.familyName = family;
        return this;
    }

    public ChildBuilder withNhsNumber(String number) {
        this.nhsNumber = number;
        return this;
    }

    public ChildBuilder withNurse(Long id) {
        this.nurseId = id;
        return this;
    }

    public ChildBuilder uasc() {
        this.uascFlagged = true;
        return this;
    }

    /** Registered with the GP practice of this code (Z99999 unless said). */
    public ChildBuilder atPractice(String code) {
        this.practiceCode = code;
        return this;
    }

    public ChildBuilder passportGivenOn(LocalDate date) {
        this.passport = date;
        return this;
    }

    public ChildBuilder summaryGivenOn(LocalDate date) {
        this.summary = date;
        return this;
    }

    public ChildBuilder addedByHand() {
        this.source = RecordSource.MANUAL;
        return this;
    }

    public Child build() {
        return new Child(null, laChildId, sex, dateOfBirth, "WBRI", null, givenName, familyName, nhsNumber,
                "Fake Street Surgery", practiceCode, null, nurseId, false, null, uascFlagged, passport, summary, null, source, 0);
    }
}
