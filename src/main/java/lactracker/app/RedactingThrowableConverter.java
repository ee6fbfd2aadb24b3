package lactracker.app;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import java.util.regex.Pattern;

/**
 * Writes exceptions to the log with every quoted value blanked. Database errors quote the values they
 * refused (an NHS number in a duplicate-key message, say), and the log must hold no personal data.
 */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'");

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return redact(super.throwableProxyToString(proxy));
    }

    static String redact(String text) {
        return QUOTED.matcher(text).replaceAll("'…'");
    }
}
