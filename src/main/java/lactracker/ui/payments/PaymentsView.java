package lactracker.ui.payments;

import static lactracker.ui.Tables.column;
import static lactracker.ui.Tables.date;
import static lactracker.ui.Tables.money;
import static lactracker.ui.Tables.number;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lactracker.app.PaymentsService.PaymentLine;
import lactracker.app.PaymentsService.QuarterTotal;
import lactracker.domain.TeamMember;
import lactracker.ui.Dialogs;
import lactracker.ui.Forms;
import lactracker.ui.Labels;
import lactracker.ui.Messages;
import lactracker.ui.payments.PaymentsViewModel.Show;

/**
 * Out-of-area assessments and their invoices. The list shows, from the episodes, whether we were the
 * responsible commissioner on each assessment's date; an invoice for a child who was not ours is marked
 * and cannot be verified. The chosen line's invoice is in the form beside it; Ctrl+S saves.
 */
public final class PaymentsView {
    private static final NumberFormat WHOLE_POUNDS = NumberFormat.getCurrencyInstance(Locale.UK);

    static {
        WHOLE_POUNDS.setMaximumFractionDigits(0);
    }

    private final VBox root;
    private final TableView<PaymentLine> table = new TableView<>();
    private final PaymentsViewModel model;

    public PaymentsView(PaymentsViewModel model, LongConsumer openChild) {
        this.model = model;
        Label title = new Label(Messages.get("screen.payments.title"));
        title.getStyleClass().add("screen-title");
        title.setId("payments-title");
        Label summary = new Label();
        summary.setId("payments-summary");
        summary.setWrapText(true);
        summary.setMinWidth(0);
        summary.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(Messages.get("payments.loading")).otherwise(model.summaryProperty()));
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.loadingProperty().or(model.savingProperty()));
        working.managedProperty().bind(working.visibleProperty());
        ComboBox<Show> show = Forms.choice(model.showProperty(), FXCollections.observableArrayList(Show.values()),
                PaymentsView::showText, null);
        show.setId("payments-show");
        show.setMinWidth(Region.USE_PREF_SIZE);
        Label showLabel = new Label(Messages.get("payments.show"));
        showLabel.setMnemonicParsing(true);
        showLabel.setLabelFor(show);
        showLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox filter = new HBox(10, showLabel, show, working);
        filter.setAlignment(Pos.CENTER_LEFT);
        // The filter under the summary, which wraps in a narrow window (150% on a laptop) rather than
        // pushing the screen past the window's edge.
        VBox top = new VBox(8, summary, filter);

        table.setItems(model.rows());
        table.setId("payments-table");
        table.setFixedCellSize(26);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("payments.none")));
        table.getColumns().add(column("payments.column.child", PaymentLine::childName, 140));
        table.getColumns().add(column("payments.column.laId", PaymentLine::laChildId, 75));
        table.getColumns().add(column("payments.column.type", l -> Labels.of(l.type()), 50));
        table.getColumns().add(date("payments.column.done", PaymentLine::completedOn, 95));
        table.getColumns().add(column("payments.column.provider", l -> l.assessment().provider(), 130));
        TableColumn<PaymentLine, String> ours = column("payments.column.ours",
                l -> Messages.get(l.responsible() ? "payments.ours.yes" : "payments.ours.no"), 80);
        ours.setCellFactory(c -> lactracker.ui.Tables.flagged(PaymentLine::notOurs));
        table.getColumns().add(ours);
        table.getColumns().add(number("payments.column.tariff", l -> money(l.tariff()), 80));
        TableColumn<PaymentLine, String> amount = number("payments.column.amount",
                l -> l.payment() == null ? "" : money(l.payment().amount()), 85);
        amount.setCellFactory(c -> lactracker.ui.Tables.flagged(PaymentLine::differsFromTariff));
        amount.getStyleClass().add("number");
        table.getColumns().add(amount);
        table.getColumns().add(date("payments.column.received", l -> l.payment() == null ? null : l.payment().invoiceReceived(), 95));
        table.getColumns().add(date("payments.column.verified", l -> l.payment() == null ? null : l.payment().verifiedOn(), 95));
        table.getColumns().add(date("payments.column.paid", l -> l.payment() == null ? null : l.payment().paidOn(), 95));
        lactracker.ui.Tables.keepColumnsWhole(table);
        lactracker.ui.Tables.linesOfChildren(table, model.selectedProperty(), PaymentLine::childId, openChild,
                model::hasUnsavedChanges, Messages.get("unsaved.payment"));
        HBox.setHgrow(table, Priority.ALWAYS);

        TableView<QuarterTotal> totals = new TableView<>(model.totals());
        totals.setId("payments-totals");
        totals.setPlaceholder(new Label(Messages.get("payments.totals.none")));
        totals.setFixedCellSize(24);
        totals.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        totals.getColumns().add(column("payments.totals.quarter", QuarterTotal::quarter, 92));
        totals.getColumns().add(number("payments.totals.invoices", QuarterTotal::invoices, 58));
        totals.getColumns().add(number("payments.totals.invoiced", t -> pounds(t.invoiced()), 84));
        totals.getColumns().add(number("payments.totals.verified", t -> pounds(t.verified()), 84));
        totals.getColumns().add(number("payments.totals.paid", t -> pounds(t.paid()), 84));
        totals.setPrefHeight(170);

        VBox form = form();
        HBox.setHgrow(form, Priority.ALWAYS);
        Label totalsTitle = Forms.sectionTitle("payments.totals.title");
        VBox side = new VBox(8, totalsTitle, totals);
        // Narrow enough that the invoice's fields beside it keep a readable width at 1366x768.
        side.setPrefWidth(424);
        side.setMinWidth(424);
        // The totals go under the invoice when the window is narrow (150% on a laptop), not out of it.
        javafx.scene.layout.FlowPane below = new javafx.scene.layout.FlowPane(16, 12, form, side);
        form.setPrefWidth(560);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setPrefHeight(260);
        table.setMinHeight(150); // a few lines at least, scrolling the screen when the window is small
        below.setMinHeight(Region.USE_PREF_SIZE);

        root = new VBox(12, title, top, table, below);
        root.setId("payments");
        root.setPadding(new Insets(24));
        root.getProperties().put(PaymentsViewModel.class, model);
        root.getProperties().put(lactracker.ui.print.Printout.KEY, (java.util.function.Supplier<lactracker.ui.print.Printout>)
                () -> lactracker.ui.print.Printout.of(table, Messages.get("print.payments"), summary.getText()));
        root.getProperties().put(Forms.FIRST, table);
        Forms.saveShortcut(root, model::save);
    }

    private VBox form() {
        var p = model.problems();
        GridPane grid = Forms.grid();
        GridPane right = Forms.grid();
        HBox.setHgrow(right, Priority.ALWAYS);
        int row = 0;
        Forms.row(grid, row++, "payments.field.reference", Forms.text(model.invoiceReference), "invoiceReference", p);
        Forms.row(grid, row++, "payments.field.received", datePicker("invoiceReceived", model.invoiceReceived), "invoiceReceived", p);
        Forms.row(grid, row++, "payments.field.amount", Forms.text(model.amount), "amount", p);
        Forms.row(grid, row++, "payments.field.note", Forms.text(model.note), "note", p);
        row = 0;
        CheckBox verified = new CheckBox(Messages.get("payments.field.verifiedBox"));
        verified.setWrapText(true); // the whole sentence, over two lines in a narrow window
        verified.setMinHeight(Region.USE_PREF_SIZE);
        verified.selectedProperty().bindBidirectional(model.verified);
        verified.disableProperty().bind(model.notOursProperty().and(model.verified.not()));
        Forms.row(right, row++, "payments.field.verified", verified, "commissionerVerified", p);
        ComboBox<TeamMember> by = Forms.choice(model.verifiedBy, model.members(), TeamMember::name, null);
        by.setMaxWidth(Double.MAX_VALUE);
        Forms.row(right, row++, "payments.field.verifiedBy", by, "verifiedBy", p).showWhen(model.verified);
        Forms.row(right, row++, "payments.field.verifiedOn", datePicker("verifiedOn", model.verifiedOn), "verifiedOn", p)
                .showWhen(model.verified);
        Forms.row(right, row++, "payments.field.paidOn", datePicker("paidOn", model.paidOn), "paidOn", p);
        HBox grids = new HBox(20, grid, right);
        HBox.setHgrow(grid, Priority.ALWAYS);
        // In a narrow window the screen scrolls rather than squeezing a reference or a date out of sight.
        grid.getColumnConstraints().get(1).setMinWidth(150);
        right.getColumnConstraints().get(1).setMinWidth(150);

        Label responsibility = new Label();
        responsibility.setId("payments-responsibility");
        responsibility.setWrapText(true);
        responsibility.textProperty().bind(model.responsibilityProperty());
        model.notOursProperty().addListener((o, a, now) -> {
            responsibility.getStyleClass().remove("field-error");
            if (now) {
                responsibility.getStyleClass().add("field-error");
            }
        });
        Button save = new Button(Messages.get("payments.save"));
        save.setId("payments-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.savingProperty().or(model.selectedProperty().isNull()));
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.setId("payments-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label heading = Forms.sectionTitle("payments.form.title");
        Button delete = new Button(Messages.get("payments.delete"));
        delete.setId("payments-delete");
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.disableProperty().bind(model.savingProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || model.selectedProperty().get().payment() == null,
                model.selectedProperty())));
        delete.setOnAction(e -> {
            if (Dialogs.confirmDelete(delete.getScene() == null ? null : delete.getScene().getWindow(),
                    model.describedInvoice())) {
                model.deleteInvoice();
            }
        });
        HBox buttons = new HBox(12, save, delete, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(8, heading, responsibility, grids, buttons);
        form.setId("payments-form");
        form.disableProperty().bind(model.selectedProperty().isNull());
        return form;
    }

    private DatePicker datePicker(String field, javafx.beans.property.ObjectProperty<java.time.LocalDate> property) {
        DatePicker picker = Forms.datePicker(bad -> model.unreadableDate(field, bad));
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }

    /** Whole pounds, for the totals: pence there only make the columns wider. */
    private static String pounds(BigDecimal amount) {
        return WHOLE_POUNDS.format(amount);
    }

    private static String showText(Show s) {
        return Messages.get(switch (s) {
            case TO_ACT_ON -> "payments.show.toActOn";
            case TO_VERIFY -> "payments.show.toVerify";
            case NOT_OURS -> "payments.show.notOurs";
            case NOT_INVOICED -> "payments.show.notInvoiced";
            case EVERY -> "payments.show.every";
        });
    }

    public PaymentsViewModel model() {
        return model;
    }

    public Node root() {
        return root;
    }
}
