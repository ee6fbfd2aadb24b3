package lactracker.store;

/**
 * Where each engine's Flyway migrations are (issue 23). All but one are the same on H2 and PostgreSQL
 * ({@code db/migration/common}); the case copies' table needs each engine's type for bytes, so version 2
 * is written twice: H2's in {@code db/migration/h2} (the jOOQ classes are generated from {@code db/migration},
 * H2's schema), PostgreSQL's in {@code db/postgresql}. A database made before the scripts were put in folders
 * keeps opening: Flyway knows a migration by its version, description and checksum, which did not change.
 */
public final class Migrations {
    /** The embedded workstation database's migrations. */
    static final String[] H2 = {"classpath:db/migration/common", "classpath:db/migration/h2"};
    /** A team server's migrations. */
    public static final String[] POSTGRESQL = {"classpath:db/migration/common", "classpath:db/postgresql"};

    private Migrations() {
    }

    /** H2's locations, for the tests of the store that make a database of an older version by hand. */
    public static String[] h2() {
        return H2.clone();
    }
}
