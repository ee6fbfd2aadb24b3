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
     */
    public static void print(Window owner, Printout printout, String printedBy) {
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
