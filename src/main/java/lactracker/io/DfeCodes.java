package lactracker.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The DfE 903 code lists shipped with the application, with a plain-English label for each code. */
public final class DfeCodes {
    private static final Map<String, String> LABELS = load();

    private DfeCodes() {
    }

    private static Map<String, String> load() {
        try (InputStream in = DfeCodes.class.getResourceAsStream("/lactracker/io/dfe-903-codes.properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> labels = new TreeMap<>();
            p.forEach((k, v) -> labels.put((String) k, (String) v));
            return Map.copyOf(labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code code} is in the 903 list of that name (LS, RNE, PLACE, REC, ETHNIC...). */
    public static boolean isValid(String list, String code) {
        return code != null && LABELS.containsKey(list + "." + code);
    }

    /** The code's label ("Full care order" for LS C2), or the bare code when the list does not know it. */
    public static String label(String list, String code) {
        return code == null ? null : LABELS.getOrDefault(list + "." + code, code);
    }
}
