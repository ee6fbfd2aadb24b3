package lactracker.ui.payments;

import lactracker.testdata.Databases;
import lactracker.app.AppServices;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import lactracker.app.AppContext;
import lactracker.app.ChildrenService;
import lactracker.app.PaymentsService;
import lactracker.domain.TeamMember;
import lactracker.testdata.OutOfAreaCases;
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
        context = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "lead");
        lead = OutOfAreaCases.seed(context.repositories()).lead();
        model = new PaymentsViewModel(new DirectTaskRunner(), new AppServices(context).payments(),
                new AppServices(context).children()::team, "logs");
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

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "-10.00       | The amount cannot be negative.",
        "100000000.00 | The amount is too large: check it.",
        "450.005      | Give the amount in pounds and pence, such as 450.00.",
    })
    void theAmountsRuleIsNamedAtItsFieldAsTheSaveWouldNameIt(String typed, String message) {
        model.showProperty().set(Show.EVERY);
        model.selectedProperty().set(model.rows().get(0));
        model.amount.set(typed);

        model.save();

        assertThat(model.problems()).containsEntry("amount", message);
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
