package lactracker.app;

import lactracker.testdata.Databases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.time.ZoneOffset;
import lactracker.app.PaymentsService.PaymentLine;
import lactracker.domain.FieldProblem;
import lactracker.domain.HealthAssessment;
import lactracker.domain.Payment;
import lactracker.domain.TeamMember;
import lactracker.testdata.OutOfAreaCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Out-of-area invoices: ours or not from the episodes, the tariff of the day, verification refused for a child not ours. */
class PaymentsServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-07-03T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    AppContext context;
    PaymentsService service;
    HealthAssessment oursDone;
    HealthAssessment notOursDone;
    TeamMember lead;

    /** The database the tests start from: a fresh H2 file here; a server's in the OnPostgres twin (issue 23). */
    AppContext openContext(java.time.Clock clock, String user) {
        return AppContext.open(Databases.fresh(dir.resolve("db")), clock, user);
    }

    @BeforeEach
    void open() {
        context = openContext(CLOCK, "lead");
        var cases = OutOfAreaCases.seed(context.repositories());
        lead = cases.lead();
        oursDone = cases.oursDone();
        notOursDone = cases.notOursDone();
        service = new AppServices(context).payments();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private PaymentLine line(String laId) {
        return service.payments().lines().stream().filter(l -> l.laChildId().equals(laId)).findFirst().orElseThrow();
    }

    @Test
    void eachOutOfAreaAssessmentShowsWhetherTheChildWasOursThatDayAndTheTariff() {
        assertThat(line("OURS").responsible()).isTrue();
        assertThat(line("OURS").tariff()).isEqualByComparingTo("560.00");
        assertThat(line("GONE").notOurs()).isTrue();
        assertThat(line("GONE").payment()).isNull();
    }

    @Test
    void anInvoiceForAChildWhoWasNotOursCannotBeVerifiedAndNothingIsWritten() {
        var verified = new Payment(null, notOursDone.id(), "INV-9", LocalDate.of(2017, 3, 1), new BigDecimal("560.00"),
                true, lead.id(), LocalDate.of(2017, 3, 2), null, null);
        int audited = context.repositories().auditLog().count();

        assertThatThrownBy(() -> service.save(line("GONE"), verified)).isInstanceOfSatisfying(FieldProblem.Refused.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("commissionerVerified"));
        assertThat(context.repositories().payments().findByAssessment(notOursDone.id())).isEmpty();
        assertThat(context.repositories().auditLog().count()).isEqualTo(audited);

        // Held unverified, it is kept and flagged, so nobody pays it.
        service.save(line("GONE"), new Payment(null, notOursDone.id(), "INV-9", LocalDate.of(2017, 3, 1),
                new BigDecimal("560.00"), false, null, null, null, "Sent back to the provider"));
        assertThat(line("GONE").payment().note()).isEqualTo("Sent back to the provider");
        assertThat(line("GONE").notOurs()).isTrue();
    }

    /**
     * Issue 24: once the team lists its area's practices, "ours" asks the responsible commissioner too. OURS is
     * registered at Z99999 (ChildBuilder): with only Z11111 listed, OURS was another area's on the day, and its
     * invoice cannot be verified; with Z99999 listed from before the assessment, it is ours again.
     */
    @Test
    void onceThePracticesAreListedAChildWithAPracticeOfAnotherAreaWasNotOurs() {
        context.repositories().commissioners().save(List.of(
                new lactracker.domain.PracticeCommissioner("Z11111", LocalDate.of(2016, 4, 1), "15N")));
        assertThat(line("OURS").notOurs()).isTrue();
        var verified = new Payment(null, oursDone.id(), "INV-7", LocalDate.of(2017, 3, 1), new BigDecimal("560.00"),
                true, lead.id(), LocalDate.of(2017, 3, 2), null, null);
        assertThatThrownBy(() -> service.save(line("OURS"), verified)).isInstanceOf(FieldProblem.Refused.class);

        context.repositories().commissioners().save(List.of(
                new lactracker.domain.PracticeCommissioner("Z99999", LocalDate.of(2017, 1, 1), "15N")));
        assertThat(line("OURS").responsible()).isTrue();
        service.save(line("OURS"), verified);
        assertThat(context.repositories().payments().findByAssessment(oursDone.id())).isPresent();
    }

    @Test
    void totalsAreByTheQuarterTheInvoiceCameIn() {
        service.save(line("OURS"), new Payment(null, oursDone.id(), "INV-1", LocalDate.of(2017, 3, 20),
                new BigDecimal("600.00"), true, lead.id(), LocalDate.of(2017, 3, 21), LocalDate.of(2017, 4, 5), null));
        service.save(line("GONE"), new Payment(null, notOursDone.id(), "INV-2", LocalDate.of(2017, 4, 10),
                new BigDecimal("560.00"), false, null, null, null, null));

        assertThat(line("OURS").differsFromTariff()).isTrue(); // 600 invoiced against 560
        assertThat(service.payments().totals()).containsExactly(
                new PaymentsService.QuarterTotal("2017-18 Q1", 1, new BigDecimal("560.00"), BigDecimal.ZERO, BigDecimal.ZERO),
                new PaymentsService.QuarterTotal("2016-17 Q4", 1, new BigDecimal("600.00"), new BigDecimal("600.00"),
                        new BigDecimal("600.00")));
    }
}
