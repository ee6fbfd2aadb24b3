package lactracker.ui.print;

import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import lactracker.ui.Messages;

/** File > Print: the screen's printout on the printer chosen in the system's own print dialog. */
public final class Printing {
    private Printing() {
    }

    /**
     * Asks for a printer and prints, A4 landscape; says so when there is no printer or the screen has
     * nothing to print.
     *
     * @param printed told the printer's name and the pages, once they have gone to it (for the audit trail)
     */
    public static void print(Window owner, Printout printout, String printedBy,
            java.util.function.BiConsumer<String, Integer> printed) {
        if (printout == null) {
            tell(owner, Messages.get("print.nothing"));
            return;
        }
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            tell(owner, Messages.get("print.noPrinter"));
            return;
        }
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(layout);
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        layout = job.getJobSettings().getPageLayout();
        List<Node> pages = printout.pages(layout.getPrintableWidth(), layout.getPrintableHeight(), printedBy);
        for (Node page : pages) {
            page.applyCss();
            if (!job.printPage(layout, page)) {
                tell(owner, Messages.get("print.failed"));
                job.cancelJob();
                return;
            }
        }
        if (job.endJob()) {
            printed.accept(job.getPrinter().getName(), pages.size());
        }
    }

    /**
     * The recovery key made at set-up, on a page of its own (A4 portrait) to keep in a safe: what it is,
     * the key, for which database, who set it up and when.
     */
    public static void printRecoveryKey(Window owner, String key, String setUpBy) {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            tell(owner, Messages.get("print.noPrinterForKey"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        javafx.scene.control.Label marking = new javafx.scene.control.Label(Messages.get("print.marking"));
        javafx.scene.control.Label title = new javafx.scene.control.Label(Messages.get("recoveryKey.printTitle"));
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        javafx.scene.control.Label text = new javafx.scene.control.Label(Messages.format("recoveryKey.printText", setUpBy,
                java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))));
        text.setWrapText(true);
        text.setMaxWidth(450);
        javafx.scene.control.Label printed = new javafx.scene.control.Label(key);
        printed.setStyle("-fx-font-family: monospace; -fx-font-size: 20px;");
        javafx.scene.layout.VBox page = new javafx.scene.layout.VBox(16, marking, title, text, printed);
        page.applyCss();
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.DEFAULT);
        if (!job.printPage(layout, page)) {
            tell(owner, Messages.get("print.failed"));
            job.cancelJob();
            return;
        }
        job.endJob();
    }

    private static void tell(Window owner, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setHeaderText(Messages.get("print.title"));
        a.getDialogPane().setId("print-message");
        a.show();
    }
}
