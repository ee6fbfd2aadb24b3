package lactracker.domain;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Every sentence a person reads, from messages.properties: the window's (through the ui's Messages), the
 * services' own (a refusal, what a backup or the demo cannot do) and the rules' (a check's refusal at its
 * field), so each is worded in one place. Here, at the bottom of the layers, so that every layer can word
 * itself from the one file; it reads the bundle through java.util's ResourceBundle, nothing else.
 */
public final class Words {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("lactracker.messages", Locale.UK);

    private Words() {
    }

    /** The text for {@code key}; a missing key is a programming error and fails loudly. */
    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    /**
     * Each text's pattern, parsed once on each thread (a MessageFormat is not safe to share between threads):
     * an alerts file words hundreds of thousands of lines.
     */
    private static final ThreadLocal<Map<String, MessageFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    /** The text for {@code key} with {@code {0}}, {@code {1}}... filled in. */
    public static String format(String key, Object... args) {
        return FORMATS.get().computeIfAbsent(key, k -> new MessageFormat(BUNDLE.getString(k), Locale.UK)).format(args);
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }
}
