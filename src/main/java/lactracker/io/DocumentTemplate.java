package lactracker.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lactracker.domain.Words;

/**
 * A document's template as the team may edit it (decision 0022): XHTML with {@code {{field}}} where a value
 * goes, {@code {{#list}}...{{/list}}} repeated for each item of a list (the item's fields inside, the
 * document's too), and {@code {{^list}}...{{/list}}} shown only when the list is empty. Every value is
 * escaped, so a name with {@code <} or {@code &} cannot break the page; comments are left as they are. A
 * field the tracker does not fill,
 * or a section left open, is refused with its name and line: nothing is made from a template it cannot fill.
 */
public final class DocumentTemplate {
    private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/]?)\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    private final String name;
    private final List<Part> parts;

    private DocumentTemplate(String name, List<Part> parts) {
        this.name = name;
        this.parts = parts;
    }

    /** A piece of the template: text as it is, a value, or a section of pieces. */
    private sealed interface Part permits Text, Value, Section {
    }

    private record Text(String text) implements Part {
    }

    private record Value(String field, int line) implements Part {
    }

    private record Section(String field, boolean whenEmpty, int line, List<Part> parts) implements Part {
    }

    /**
     * Reads a template.
     *
     * @param name the template's file name, for the messages
     * @throws FileFormatException naming a section closed that was not open, or left open, and its line
     */
    public static DocumentTemplate parse(String name, String text) {
        List<List<Part>> open = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        open.add(new ArrayList<>());
        Matcher m = TAG.matcher(text);
        int at = 0;
        int line = 1; // the line of lineCounted: each tag counts on from the last, not from the start
        int lineCounted = 0;
        while (m.find()) {
            int comment = text.lastIndexOf("<!--", m.start());
            if (comment >= 0 && text.indexOf("-->", comment) > m.start()) {
                continue; // inside a comment: the team's notes, not fields
            }
            List<Part> into = open.get(open.size() - 1);
            if (m.start() > at) {
                into.add(new Text(text.substring(at, m.start())));
            }
            line += newlines(text, lineCounted, m.start());
            lineCounted = m.start();
            String field = m.group(2);
            switch (m.group(1)) {
                case "#", "^" -> {
                    Section s = new Section(field, m.group(1).equals("^"), line, new ArrayList<>());
                    into.add(s);
                    sections.add(s);
                    open.add(s.parts());
                }
                case "/" -> {
                    if (sections.isEmpty() || !sections.get(sections.size() - 1).field().equals(field)) {
                        throw new FileFormatException(Words.format("document.template.closedNotOpen", name, tag("/", field), line));
                    }
                    sections.remove(sections.size() - 1);
                    open.remove(open.size() - 1);
                }
                default -> into.add(new Value(field, line));
            }
            at = m.end();
        }
        if (!sections.isEmpty()) {
            Section s = sections.get(sections.size() - 1);
            throw new FileFormatException(Words.format("document.template.leftOpen", name, tag("#", s.field()), s.line(),
                    tag("/", s.field())));
        }
        if (at < text.length()) {
            open.get(0).add(new Text(text.substring(at)));
        }
        return new DocumentTemplate(name, List.copyOf(open.get(0)));
    }

    /**
     * The document's XHTML, every field filled from {@code fields}: a value is a String (or null, for
     * nothing), a list a {@code List<Map<String, Object>>} of its items' fields.
     *
     * @throws FileFormatException naming the first field the template asks for that is not there, and its line
     */
    public String fill(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder();
        fill(parts, List.of(fields), out);
        return out.toString();
    }

    private void fill(List<Part> parts, List<Map<String, Object>> scopes, StringBuilder out) {
        for (Part p : parts) {
            if (p instanceof Text t) {
                out.append(t.text());
            } else if (p instanceof Value v) {
                Object value = lookUp(v.field(), v.line(), scopes);
                if (value instanceof List<?>) {
                    throw new FileFormatException(Words.format("document.template.listAsValue", name, tag("", v.field()),
                            v.line(), tag("#", v.field()), tag("/", v.field())));
                }
                escape(value == null ? "" : value.toString(), out);
            } else if (p instanceof Section s) {
                Object value = lookUp(s.field(), s.line(), scopes);
                if (!(value instanceof List<?> items)) {
                    throw new FileFormatException(Words.format("document.template.notAList", name, tag("#", s.field()), s.line(),
                            tag("", s.field())));
                }
                if (s.whenEmpty()) {
                    if (items.isEmpty()) {
                        fill(s.parts(), scopes, out);
                    }
                    continue;
                }
                for (Object item : items) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> itemFields = (Map<String, Object>) item;
                    List<Map<String, Object>> inner = new ArrayList<>(scopes.size() + 1);
                    inner.add(itemFields);
                    inner.addAll(scopes);
                    fill(s.parts(), inner, out);
                }
            }
        }
    }

    private Object lookUp(String field, int line, List<Map<String, Object>> scopes) {
        for (Map<String, Object> scope : scopes) {
            if (scope.containsKey(field)) {
                return scope.get(field);
            }
        }
        throw new FileFormatException(Words.format("document.template.unknownField", name, tag("", field), line));
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\u0022' -> out.append("&quot;"); // a double quote
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** A tag as the template writes it, for a message: {{#assessments}}. */
    private static String tag(String kind, String field) {
        return "{{" + kind + field + "}}";
    }

    private static int newlines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
