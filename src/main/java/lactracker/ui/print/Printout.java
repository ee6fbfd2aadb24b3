package lactracker.ui.print;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import lactracker.ui.Messages;

/**
 * What a screen prints: a title, what it shows (a filter, a day), and its lines as a table. Laid out
 * as pages of a given printable size, each headed with the NHS marking for personal data and numbered,
 * so a list of 2,000 children prints whole, not the part the window shows.
 *
 * @param title    the printout's title ("Children looked after")
 * @param subtitle what the lines are, in words (filters, the day)
 * @param headers  the columns' names
 * @param lines    the lines, each a text per column
 * @param widths   each column's share of the page's width
 */
public record Printout(String title, String subtitle, List<String> headers, List<List<String>> lines, double[] widths) {
    static final double LINE = 14;
    static final double HEAD = 70; // marking, title, subtitle and the column names
    static final double FOOT = 20;

    /** Where a screen's root keeps the supplier of what it prints, for File > Print. */
    public static final String KEY = "lactracker.print";

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /**
     * The lines of a table as it shows them now (its filter and sort), one text per visible column:
     * dates as the screens write them, choices in words.
     */
    public static <S> Printout of(javafx.scene.control.TableView<S> table, String title, String subtitle) {
        List<javafx.scene.control.TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        List<String> headers = columns.stream().map(javafx.scene.control.TableColumn::getText).toList();
        double[] widths = columns.stream().mapToDouble(c -> Math.max(30, c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth()))
                .toArray();
        List<List<String>> lines = new ArrayList<>(table.getItems().size());
        for (S item : table.getItems()) {
            List<String> line = new ArrayList<>(columns.size());
            for (var c : columns) {
                line.add(text(c.getCellData(item)));
            }
            lines.add(line);
        }
        return new Printout(title, subtitle, headers, lines, widths);
    }

    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof java.time.LocalDate d) {
            return lactracker.ui.Tables.date(d);
        }
        if (v instanceof Boolean b) {
            return lactracker.ui.Labels.yesNo(b);
        }
        if (v instanceof Enum<?> e) {
            String words = e.name().replace('_', ' ').toLowerCase(java.util.Locale.UK);
            return e.name().length() <= 3 ? e.name() : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        String s = v.toString();
        return ISO_DATE.matcher(s).replaceAll(m -> lactracker.ui.Tables.date(java.time.LocalDate.of(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
    }

    /** How many lines fit on a page of {@code height} points. */
    static int linesPerPage(double height) {
        return Math.max(1, (int) Math.floor((height - HEAD - FOOT) / LINE));
    }

    /** The pages, each {@code width} by {@code height} points, headed, numbered, footed with who printed it when. */
    public List<Node> pages(double width, double height, String printedBy) {
        int per = linesPerPage(height);
        int count = Math.max(1, (lines.size() + per - 1) / per);
        List<Node> pages = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            List<List<String>> part = lines.subList(Math.min(lines.size(), p * per), Math.min(lines.size(), (p + 1) * per));
            pages.add(page(part, p + 1, count, width, height, printedBy));
        }
        return pages;
    }

    private Node page(List<List<String>> part, int number, int count, double width, double height, String printedBy) {
        Label marking = label(Messages.get("print.marking"), FontWeight.BOLD, 9);
        Label heading = label(title, FontWeight.BOLD, 13);
        Label what = label(subtitle, FontWeight.NORMAL, 9);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        for (double w : widths) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100 * w / total);
            c.setHgrow(Priority.NEVER);
            grid.getColumnConstraints().add(c);
        }
        for (int i = 0; i < headers.size(); i++) {
            grid.add(label(headers.get(i), FontWeight.BOLD, 8), i, 0);
        }
        int row = 1;
        for (List<String> line : part) {
            for (int i = 0; i < line.size(); i++) {
                grid.add(label(line.get(i), FontWeight.NORMAL, 8), i, row);
            }
            row++;
        }
        if (lines.isEmpty()) {
            grid.add(label(Messages.get("print.none"), FontWeight.NORMAL, 8), 0, 1, Math.max(1, headers.size()), 1);
        }
        Label foot = label(Messages.format("print.footer", printedBy, number, count), FontWeight.NORMAL, 8);
        VBox page = new VBox(4, marking, heading, what, grid, foot);
        page.setPadding(new Insets(0));
        page.setPrefSize(width, height);
        page.setMaxSize(width, height);
        page.setStyle("-fx-background-color: white;");
        return page;
    }

    private static Label label(String text, FontWeight weight, double size) {
        Label l = new Label(text == null ? "" : text);
        l.setFont(Font.font("System", weight, size));
        l.setMinHeight(LINE - 2);
        l.setMaxHeight(LINE - 2);
        l.setStyle("-fx-text-fill: black;");
        return l;
    }
}
