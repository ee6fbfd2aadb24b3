package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.time.Clock;
import lactracker.domain.Access;
import lactracker.domain.NotAllowedException;
import lactracker.domain.UserFacingException;
import lactracker.testdata.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 23, decision 0021: a team server's address (TLS unless the server is on this computer), and
 * signing in with one's own server account, its membership of the tracker's roles giving the access.
 */
class TeamServerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "postgresql://lac-db.trust.nhs.uk/lac_tracker | jdbc:postgresql://lac-db.trust.nhs.uk/lac_tracker?sslmode=verify-full",
        "jdbc:postgresql://lac-db:5433/lac | jdbc:postgresql://lac-db:5433/lac?sslmode=verify-full",
        "postgresql://lac-db/lac?connectTimeout=5 | jdbc:postgresql://lac-db/lac?connectTimeout=5&sslmode=verify-full",
        "postgresql://lac-db/lac?sslmode=require | jdbc:postgresql://lac-db/lac?sslmode=require",
        "postgresql://localhost:5432/lac?sslmode=disable | jdbc:postgresql://localhost:5432/lac?sslmode=disable",
    })
    void anAddressIsTakenWithTlsUnlessItSaysOtherwiseForThisComputer(String given, String url) {
        assertThat(TeamServer.jdbcUrl(given)).isEqualTo(url);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "postgresql://lac-db.trust.nhs.uk/lac?sslmode=disable | turns off encryption (TLS) to lac-db.trust.nhs.uk",
        "postgresql://lac-db/lac?sslmode=prefer | turns off encryption (TLS) to lac-db",
        "postgresql://lac-db/lac?user=a&password=secret | must not hold a password",
        "mysql://lac-db/lac | is not a server's address the tracker can read",
        "postgresql://lac-db | is not a server's address the tracker can read",
        "lac-db | is not a server's address the tracker can read",
    })
    void aWrongOrUnsafeAddressIsRefusedInPlainWords(String given, String said) {
        assertThatThrownBy(() -> TeamServer.jdbcUrl(given)).isInstanceOf(UserFacingException.class).hasMessageContaining(said);
    }

    @Test
    void eachAccountWorksWithTheAccessOfItsRoleAndOneInNoneIsRefused() throws Exception {
        String url = TestPostgres.shared().freshDatabase();
        String address = url.substring("jdbc:".length()) + "?sslmode=disable";
        try (AppContext admin = TeamServer.signIn(address, TestPostgres.USER, new char[0], Clock.systemUTC())) {
            // the server's superuser is in every role; the first to open a new database makes its layout
            assertThat(admin.access()).isEqualTo(Access.ADMINISTRATOR);
            assertThat(admin.username()).isEqualTo(TestPostgres.USER);
        }
        String nurse = "nurse_" + ProcessHandle.current().pid();
        String stranger = "stranger_" + ProcessHandle.current().pid();
        lactracker.testdata.GuideRoles.apply(url); // what the server's administrator does once (the user guide's page)
        try (var c = DriverManager.getConnection(url, TestPostgres.USER, ""); var s = c.createStatement()) {
            s.execute("CREATE ROLE " + nurse + " LOGIN IN ROLE " + TeamServer.NURSE_ROLE);
            s.execute("CREATE ROLE " + stranger + " LOGIN");
        }

        try (AppContext asNurse = TeamServer.signIn(address, nurse, new char[0], Clock.systemUTC())) {
            assertThat(asNurse.access()).isEqualTo(Access.NURSE);
            // Signing in wrote its entry and sealed it; the server itself refuses the trail's alteration.
            assertThat(lactracker.store.AuditSeal.check(asNurse.database().dsl()).unsealed()).isZero();
            try (var c = DriverManager.getConnection(url, nurse, ""); var s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("DELETE FROM audit_log")).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> s.execute("UPDATE audit_log SET username = 'someone else'"))
                        .hasMessageContaining("permission denied");
            }
            assertThat(asNurse.username()).isEqualTo(nurse);
            var services = new AppServices(asNurse);
            assertThatThrownBy(() -> services.demo().fill(5, 1, done -> { })).isInstanceOf(NotAllowedException.class);
            assertThat(services.alerts().alerts(java.time.LocalDate.of(2026, 12, 4))).isEmpty();
        }
        assertThatThrownBy(() -> TeamServer.signIn(address, stranger, new char[0], Clock.systemUTC()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("The server account " + stranger + " is in none of the tracker's roles");
    }

    @Test
    void theServerChecksThePasswordAtSignInAndAtUnlockAndAWrongOneIsSaidPlainly() throws Exception {
        String url = TestPostgres.shared().freshMigratedDatabase();
        String address = url.substring("jdbc:".length()) + "?sslmode=disable";
        lactracker.testdata.GuideRoles.apply(url);
        String nurse = "pw_nurse_" + ProcessHandle.current().pid(); // the test server asks pw_ accounts for a password
        try (var c = DriverManager.getConnection(url, TestPostgres.USER, ""); var s = c.createStatement()) {
            s.execute("CREATE ROLE " + nurse + " LOGIN PASSWORD 'Invented horse 42' IN ROLE " + TeamServer.NURSE_ROLE);
        }
        Gate gate = TeamServer.gate(address, Clock.systemUTC());

        assertThatThrownBy(() -> gate.signIn(nurse, "invented horse 42".toCharArray()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("The server localhost:")
                .hasMessageContaining("did not accept the account " + nurse + " with that password");
        try (AppContext signedIn = gate.signIn(nurse, "Invented horse 42".toCharArray())) {
            assertThat(signedIn.access()).isEqualTo(Access.NURSE);
            gate.locked(signedIn, null);
            assertThatThrownBy(() -> gate.unlock(signedIn, "not it".toCharArray()))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessage("That is not the password of " + nurse + ", who is signed in here. Type it again, or close the tracker.");
            gate.unlock(signedIn, "Invented horse 42".toCharArray());
            assertThat(signedIn.database().dsl().fetchValues("SELECT table_name FROM audit_log WHERE username = ? ORDER BY id",
                    nurse).stream().map(String::valueOf)).containsExactly("sign_in", "lock", "unlock_refused", "unlock");
        }
    }
}
