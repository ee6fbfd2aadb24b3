package lactracker.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.Logger;

/**
 * The application's log, configured in code rather than by logback.xml: reading XML cost about 0.5 s
 * of start-up, on the path to the window appearing.
 *
 * <p>A rolling file in the log folder (the launcher sets {@code lactracker.logdir}); nothing on the
 * console, which belongs to the command line's own messages. Exceptions are written with quoted values
 * blanked ({@link RedactingThrowableConverter}), and log messages never name a child: no personal data.
 * A {@code logback-test.xml} on the class path (the tests') takes precedence.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    static final String LOG_DIR_PROPERTY = "lactracker.logdir";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n%redactedEx";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (LogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String folder = System.getProperty(LOG_DIR_PROPERTY, System.getProperty("java.io.tmpdir"));
        if (System.getProperty(LOG_DIR_PROPERTY) != null) {
            try {
                keepToOwner(java.nio.file.Path.of(folder));
            } catch (java.io.IOException e) {
                addWarn("The log folder could not be kept to its owner: " + e.getMessage());
            }
        }

        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("redactedEx", RedactingThrowableConverter::new);
        layout.setPattern(PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/lac-tracker.log");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(folder + "/lac-tracker.%d{yyyy-MM-dd}.%i.log");
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder);
        file.start();

        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.jooq").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * The application's own log folder (and its data folder above it, when made here) and the log file are
     * its owner's alone: the logs name no one, but they say what was done and when.
     */
    static void keepToOwner(java.nio.file.Path logs) throws java.io.IOException {
        if (logs.getParent() != null && !java.nio.file.Files.exists(logs.getParent())) {
            lactracker.store.OwnerOnly.folder(logs.getParent());
        }
        lactracker.store.OwnerOnly.folder(logs);
        java.nio.file.Path log = logs.resolve("lac-tracker.log");
        if (!java.nio.file.Files.exists(log)) {
            java.nio.file.Files.createFile(log);
        }
        lactracker.store.OwnerOnly.file(log);
    }
}
