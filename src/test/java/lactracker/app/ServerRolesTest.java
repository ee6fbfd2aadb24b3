package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import lactracker.domain.Access;
import lactracker.domain.AssessmentType;
import lactracker.domain.Child;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.testdata.AssessmentBuilder;
import lactracker.testdata.GuideRoles;
import lactracker.testdata.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: on a team server each role's rights are the server's own, granted as the user guide says
 * (its SQL, run as it stands): each may do its own work through the tracker, and the server refuses the
 * rest to any program signed in with that account, not only the tracker's services.
 */
class ServerRolesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final Path SAMPLE = Path.of("src/test/resources/ssda903-sample");

    @Test
    void eachRoleDoesItsOwnWorkAndTheServerRefusesTheRest() throws Exception {
        String url = TestPostgres.shared().freshDatabase();
        String address = url.substring("jdbc:".length()) + "?sslmode=disable";
        try (AppContext owner = TeamServer.signIn(address, TestPostgres.USER, new char[0], CLOCK)) {
            new AppServices(owner).demo().fill(30, 5, done -> { });
        }
        GuideRoles.apply(url);
        String tag = "_" + ProcessHandle.current().pid(); // roles are the whole server's: TeamServerTest has nurse_PID
        String nurse = "roles_nurse" + tag;
        String lead = "roles_lead" + tag;
        String admin = "roles_admin" + tag;
        try (var c = DriverManager.getConnection(url, TestPostgres.USER, ""); var s = c.createStatement()) {
            s.execute("CREATE ROLE " + nurse + " LOGIN IN ROLE " + TeamServer.NURSE_ROLE);
            s.execute("CREATE ROLE " + lead + " LOGIN IN ROLE " + TeamServer.TEAM_LEAD_ROLE);
            s.execute("CREATE ROLE " + admin + " LOGIN IN ROLE " + TeamServer.ADMINISTRATOR_ROLE);
        }

        try (AppContext asNurse = TeamServer.signIn(address, nurse, new char[0], CLOCK)) {
            assertThat(asNurse.access()).isEqualTo(Access.NURSE);
            AppServices services = new AppServices(asNurse);
            Child child = asNurse.repositories().children().findAll().get(0);
            services.children().save(withNotes(child, "Seen at school"));
            services.children().save(AssessmentBuilder.anRha().forChild(child.id()).requestedOn(TODAY.minusDays(20))
                    .completedOn(TODAY.minusDays(1)).build());
            assertThat(services.alerts().alerts(TODAY)).isNotEmpty();
            refused(url, nurse, "UPDATE payment SET note = 'changed'", "UPDATE episode SET urn = NULL",
                    "DELETE FROM escalation_step", "UPDATE setting SET setting_value = '1'",
                    "INSERT INTO team_member (name, role, active) VALUES ('Invented', 'NURSE', TRUE)",
                    "DELETE FROM audit_log", "UPDATE audit_log SET username = 'someone else'");
        }

        try (AppContext asLead = TeamServer.signIn(address, lead, new char[0], CLOCK)) {
            assertThat(asLead.access()).isEqualTo(Access.TEAM_LEAD);
            AppServices services = new AppServices(asLead);
            Import903 importer = services.import903();
            var run = importer.apply(importer.check(List.of(SAMPLE), "test"), lead);
            assertThat(run.newRows()).isPositive();
            var line = services.escalations().lines(TODAY).stream().filter(l -> l.escalation() != null && !l.closed())
                    .findFirst().orElseThrow();
            services.escalations().close(line, TODAY, "Seen by the host area");
            var invoice = services.payments().payments().lines().stream().filter(l -> l.payment() != null)
                    .findFirst().orElseThrow();
            services.payments().deleteInvoice(invoice);
            // and a nurse's work too
            Child child = asLead.repositories().children().findAll().get(1);
            services.children().save(withNotes(child, "Placement changed"));
            refused(url, lead, "UPDATE setting SET setting_value = '1'", "DELETE FROM tariff",
                    "UPDATE team_member SET active = FALSE", "DELETE FROM audit_log");
        }

        try (AppContext asAdmin = TeamServer.signIn(address, admin, new char[0], CLOCK)) {
            assertThat(asAdmin.access()).isEqualTo(Access.ADMINISTRATOR);
            SettingsService settings = new AppServices(asAdmin).settings();
            settings.saveMember(new TeamMember(null, "Invented Nurse", TeamRole.NURSE, "i_nurse", true));
            settings.saveTariff(AssessmentType.RHA, TODAY, new BigDecimal("345.00"));
            settings.save(settings.load().settings());
            refused(url, admin, "DELETE FROM audit_log", "UPDATE audit_log SET username = 'someone else'",
                    "ALTER TABLE child ADD COLUMN extra INTEGER", "DROP TABLE payment");
        }
        try (AppContext owner = TeamServer.signIn(address, TestPostgres.USER, new char[0], CLOCK)) {
            assertThat(lactracker.store.AuditSeal.check(owner.database().dsl()).unsealed()).isZero();
        }
    }

    @Test
    void tablesOfAnOlderVersionAreBroughtUpToDateByTheirOwnerAloneAndAnotherIsToldWho() throws Exception {
        String url = TestPostgres.shared().freshDatabase();
        String address = url.substring("jdbc:".length()) + "?sslmode=disable";
        int older = Integer.parseInt(lactracker.store.Database.LATEST_SCHEMA) - 1;
        org.flywaydb.core.Flyway.configure().dataSource(url, TestPostgres.USER, "")
                .locations(lactracker.store.Migrations.POSTGRESQL).target(String.valueOf(older)).load().migrate();
        GuideRoles.atOlderVersion(url); // run again once the tables are brought up to date, as the guide says
        String admin = "admin_older_" + ProcessHandle.current().pid();
        try (var c = DriverManager.getConnection(url, TestPostgres.USER, ""); var s = c.createStatement()) {
            s.execute("CREATE ROLE " + admin + " LOGIN IN ROLE " + TeamServer.ADMINISTRATOR_ROLE);
        }

        assertThatThrownBy(() -> TeamServer.signIn(address, admin, new char[0], CLOCK))
                .isInstanceOf(lactracker.domain.UserFacingException.class)
                .hasMessageContaining("are of an older version than this tracker's, and only the account that owns them ("
                        + TestPostgres.USER + ") may bring them up to date");
        assertThat(schemaOf(url)).isEqualTo(String.valueOf(older));

        try (AppContext owner = TeamServer.signIn(address, TestPostgres.USER, new char[0], CLOCK)) {
            assertThat(schemaOf(url)).isEqualTo(lactracker.store.Database.LATEST_SCHEMA);
        }
        GuideRoles.apply(url);
        try (AppContext asAdmin = TeamServer.signIn(address, admin, new char[0], CLOCK)) {
            assertThat(asAdmin.access()).isEqualTo(Access.ADMINISTRATOR);
        }
    }

    @Test
    void anAccountThatMayNotMakeTheTablesIsToldWhoMustOpenANewDatabaseFirst() throws Exception {
        String url = TestPostgres.shared().freshDatabase();
        String address = url.substring("jdbc:".length()) + "?sslmode=disable";
        String nurse = "nurse_new_" + ProcessHandle.current().pid();
        try (var c = DriverManager.getConnection(url, TestPostgres.USER, ""); var s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lac_nurse') THEN "
                    + "CREATE ROLE lac_nurse; END IF; END $$");
            s.execute("CREATE ROLE " + nurse + " LOGIN IN ROLE " + TeamServer.NURSE_ROLE);
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC"); // as PostgreSQL 15 and later have it already
        }
        assertThatThrownBy(() -> TeamServer.signIn(address, nurse, new char[0], CLOCK))
                .isInstanceOf(lactracker.domain.UserFacingException.class)
                .hasMessageContaining("has no tracker tables yet, and this account may not make them");
    }

    private static String schemaOf(String url) throws Exception {
        try (var c = DriverManager.getConnection(url, TestPostgres.USER, ""); var s = c.createStatement();
                var rs = s.executeQuery("SELECT max(version::int) FROM flyway_schema_history WHERE success")) {
            rs.next();
            return String.valueOf(rs.getInt(1));
        }
    }

    /** Each statement, sent by {@code user} straight to the server, is refused there. */
    private static void refused(String url, String user, String... statements) throws Exception {
        try (var c = DriverManager.getConnection(url, user, ""); var s = c.createStatement()) {
            for (String statement : statements) {
                assertThatThrownBy(() -> s.execute(statement)).as(statement)
                        .hasMessageMatching("(?s).*(permission denied|must be owner).*");
            }
        }
    }

    private static Child withNotes(Child c, String notes) {
        return c.withTeamFields(c.givenName(), c.familyName(), c.nhsNumber(), c.gpPractice(), c.gpPracticeCode(),
                c.dentistPractice(), c.allocatedNurseId(), c.uascFlagged(), c.healthPassportIssued(), notes);
    }
}
