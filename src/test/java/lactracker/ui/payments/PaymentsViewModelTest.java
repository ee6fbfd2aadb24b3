package lactracker.ui.payments;

import static lactracker.testdata.AssessmentBuilder.anIha;
import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import lactracker.app.AppContext;
import lactracker.app.ChildrenService;
import lactracker.app.PaymentsService;
import lactracker.domain.AssessmentType;
import lactracker.domain.Child;
import lactracker.domain.TariffPrice;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.ui.payments.PaymentsViewModel.Show;
import lactracker.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Payments screen's model without a window. */
class PaymentsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-07-03T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    AppContext context;
    PaymentsViewModel model;
    TeamMember lead;

    @BeforeEach
    void open() {
        context = AppContext.open(dir.resolve("db"), CLOCK, "lead");
        var r = context.repositories();
        lead = r.team().insert(new TeamMember(null, "Lead Invented", TeamRole.TEAM_LEAD, null, true));
        Child ours = r.children().insert(aChild().withLaId("OURS").bornOn(LocalDate.of(2010, 6, 15)).build());
        r.episodes().insert(anEpisode().forChild(ours.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
        r.assessments().insert(anIha().forChild(ours.id()).requestedOn(LocalDate.of(2017, 1, 10))
                .completedOn(LocalDate.of(2017, 2, 1)).outOfArea().build());
        Child gone = r.children().insert(aChild().withLaId("GONE").bornOn(LocalDate.of(2010, 6, 15)).build());
        r.episodes().insert(anEpisode().forChild(gone.id()).startingOn(LocalDate.of(2017, 1, 3))
                .endingOn(LocalDate.of(2017, 1, 31), "E11").build());
        r.assessments().insert(anIha().forChild(gone.id()).requestedOn(LocalDate.of(2017, 1, 4))
                .completedOn(LocalDate.of(2017, 2, 7)).outOfArea().build());
        r.tariff().save(new TariffPrice(AssessmentType.IHA, LocalDate.of(2016, 4, 1), new BigDecimal("560.00")));
        model = new PaymentsViewModel(new DirectTaskRunner(), new PaymentsService(context),
                new ChildrenService(context)::team, "logs");
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aChildWhoWasNotOursIsShownAsSuchAndTheInvoiceStartsAtTheTariff() {
        model.showProperty().set(Show.NOT_OURS);
        assertThat(model.rows()).singleElement().satisfies(l -> assertThat(l.laChildId()).isEqualTo("GONE"));
        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.notOursProperty().get()).isTrue();
        assertThat(model.responsibilityProperty().get()).startsWith("Not ours: the child was not looked after by us on 7 Feb 2017");
        assertThat(model.amount.get()).isEqualTo("560.00");
        assertThat(model.invoiceReceived.get()).isEqualTo(LocalDate.of(2017, 7, 3));
    }

    @Test
    void anInvoiceIsSavedAndTheTotalsFollow() {
        model.showProperty().set(Show.EVERY);
        model.selectedProperty().set(model.rows().stream().filter(l -> l.laChildId().equals("OURS")).findFirst().orElseThrow());
        model.invoiceReference.set("INV-1");
        model.invoiceReceived.set(LocalDate.of(2017, 6, 1));
        model.amount.set("£1,060.00");
        model.verified.set(true);
        model.verifiedBy.set(lead);

        model.save();

        assertThat(model.problems()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Invoice saved.");
        assertThat(model.totals()).singleElement().satisfies(t -> {
            assertThat(t.quarter()).isEqualTo("2017-18 Q1");
            assertThat(t.verified()).isEqualByComparingTo("1060.00");
        });
        assertThat(model.selectedProperty().get().payment().verifiedOn()).isEqualTo(LocalDate.of(2017, 7, 3));
    }

    @Test
    void anAmountThatIsNotMoneyIsNamedAtItsFieldAndNothingIsSaved() {
        model.showProperty().set(Show.EVERY);
        model.selectedProperty().set(model.rows().get(0));
        model.amount.set("five hundred");

        model.save();

        assertThat(model.problems()).containsKey("amount");
        assertThat(context.repositories().payments().findInvoicedBetween(LocalDate.MIN, LocalDate.MAX)).isEmpty();
    }

    @Test
    void theChildsRecordCanAskForItsLine() {
        long gone = model.rows().isEmpty() ? -1 : context.repositories().children().findByLaChildId("GONE").orElseThrow().id();
        model.showChild(gone);
        assertThat(model.showProperty().get()).isEqualTo(Show.EVERY);
        assertThat(model.selectedProperty().get().laChildId()).isEqualTo("GONE");
    }

    @Test
    void whatIsTypedIsUnsavedUntilSavedAndSurvivesTheListBeingReadAgain() {
        model.showProperty().set(Show.EVERY);
        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.hasUnsavedChanges()).isFalse();
        model.invoiceReference.set("INV-77");
        assertThat(model.hasUnsavedChanges()).isTrue();

        model.load(); // an import elsewhere reads every list again

        assertThat(model.invoiceReference.get()).isEqualTo("INV-77");
        model.save();
        assertThat(model.hasUnsavedChanges()).isFalse();
    }
}
