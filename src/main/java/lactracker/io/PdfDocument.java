package lactracker.io;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import lactracker.domain.Words;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A filled template made into a PDF (decision 0022), in memory: the caller writes it whole or not at all.
 * Every page carries the marking at its head and foot whatever the template says (its own rules come
 * first, the marking's last), and the text is set in the DejaVu Sans shipped with the tracker, so a name
 * in any alphabet prints as it was written.
 */
public final class PdfDocument {
    /** The name the page styles give the shipped font (document-base.css, document-marking.css). */
    private static final String FONT = "dejavu-sans";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    static {
        // its own progress notes went to the command's output; a failure still reaches the caller, whole
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfDocument() {
    }

    /**
     * @param name  the template's file name, for the messages
     * @param title the PDF's title when the template's head gives none
     * @throws FileFormatException when the filled template is not well-formed XHTML, naming the line
     */
    public static Rendered render(String name, String xhtml, String title) {
        Document document = parse(name, xhtml);
        Element head = head(document);
        Element base = document.createElementNS(XHTML, "style");
        base.setTextContent(Styles.BASE);
        head.insertBefore(base, head.getFirstChild());
        Element marking = document.createElementNS(XHTML, "style");
        marking.setTextContent(Styles.MARKING.replace("MARKING", Words.get("print.marking")));
        head.appendChild(marking);
        if (head.getElementsByTagNameNS("*", "title").getLength() == 0) { // the PDF's title, as readers show it
            Element named = document.createElementNS(XHTML, "title");
            named.setTextContent(title);
            head.appendChild(named);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> PdfDocument.class.getResourceAsStream("/lactracker/documents/fonts/DejaVuSans.ttf"),
                    FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> PdfDocument.class.getResourceAsStream("/lactracker/documents/fonts/DejaVuSans-Bold.ttf"),
                    FONT, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(document, null);
            builder.withProducer(Words.get("app.title"));
            int pages;
            try (var renderer = builder.buildPdfRenderer()) { // as builder.run(), the pages counted before the save
                renderer.layout();
                try (var pdf = renderer.createPDFKeepOpen()) {
                    pages = pdf.getNumberOfPages();
                    pdf.save(out);
                }
            }
            return new Rendered(out.toByteArray(), pages);
        } catch (IOException | RuntimeException e) {
            throw new FileFormatException(Words.format("document.template.notMade", name), e);
        }
    }

    /** A PDF made: its bytes, and how many pages it has. */
    public record Rendered(byte[] bytes, int pages) {
    }

    /** The page styles, read once. */
    private static final class Styles {
        static final String BASE = css("document-base.css");
        static final String MARKING = css("document-marking.css");
    }

    private static String css(String name) {
        try (var in = PdfDocument.class.getResourceAsStream("/lactracker/documents/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Document parse(String name, String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // a template is the team's file: its <!DOCTYPE html> is read, but nothing is fetched from elsewhere
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new FileFormatException(Words.format("document.template.notXhtml", name, e.getLineNumber(),
                    e.getMessage()), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new FileFormatException(Words.format("document.template.notMade", name), e);
        }
    }

    private static Element head(Document document) {
        Element html = document.getDocumentElement();
        for (Node n = html.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "head".equals(e.getLocalName())) {
                return e;
            }
        }
        Element head = document.createElementNS(XHTML, "head");
        html.insertBefore(head, html.getFirstChild());
        return head;
    }
}
