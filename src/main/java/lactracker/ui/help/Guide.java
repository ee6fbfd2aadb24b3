package lactracker.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user guide (docs/user-guide.md, shipped in the jar) read as blocks to show in the window: the
 * few kinds of Markdown the guide is written in (headings, paragraphs, list items, pictures, and blocks of
 * code: lines indented four spaces past a blank line, kept as they are), with emphasis and code marks taken
 * out of the text.
 */
public final class Guide {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^]]*)]\\(([^)]+)\\)");
    private static final Pattern ITEM = Pattern.compile("(\\d+\\.|[-*]) (.*)");

    /** One block of the guide. */
    public sealed interface Block permits Heading, Paragraph, Item, Picture, Code {
    }

    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A list item, with its mark ("1." or "•"). */
    public record Item(String mark, String text) implements Block {
    }

    /** Lines to type (a command, the server's SQL), shown as they are written. */
    public record Code(String text) implements Block {
    }

    /** A picture, by its path beside the guide. */
    public record Picture(String caption, String path) implements Block {
    }

    private Guide() {
    }

    public static List<Block> read(String markdown) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String mark = null;
        StringBuilder code = null;
        int codeIndent = 0;
        boolean afterBlank = true;
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            int indent = raw.length() - raw.stripLeading().length();
            if (code != null) {
                if (!line.isEmpty() && indent >= codeIndent) {
                    code.append('\n').append(raw.substring(codeIndent).stripTrailing());
                    continue;
                }
                blocks.add(new Code(code.toString()));
                code = null;
            }
            if (!line.isEmpty() && indent >= 4 && afterBlank && text.isEmpty()) {
                code = new StringBuilder(line);
                codeIndent = indent;
                continue;
            }
            afterBlank = line.isEmpty();
            Matcher image = IMAGE.matcher(line);
            Matcher item = ITEM.matcher(line);
            boolean continues = !line.isEmpty() && !line.startsWith("#") && !image.matches() && !item.matches();
            if (continues && !text.isEmpty()) {
                text.append(' ').append(line);
                continue;
            }
            flush(blocks, text, mark);
            mark = null;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                int level = (int) line.chars().takeWhile(c -> c == '#').count();
                blocks.add(new Heading(level, plain(line.substring(level).strip())));
            } else if (image.matches()) {
                blocks.add(new Picture(image.group(1), image.group(2)));
            } else if (item.matches()) {
                mark = item.group(1).endsWith(".") ? item.group(1) : "•";
                text.append(item.group(2));
            } else {
                text.append(line);
            }
        }
        if (code != null) {
            blocks.add(new Code(code.toString()));
        }
        flush(blocks, text, mark);
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder text, String mark) {
        if (text.isEmpty()) {
            return;
        }
        String t = plain(text.toString());
        blocks.add(mark == null ? new Paragraph(t) : new Item(mark, t));
        text.setLength(0);
    }

    /** The text without Markdown's marks: **bold** and `code` read as their words. */
    static String plain(String s) {
        return s.replace("**", "").replace("`", "");
    }
}
