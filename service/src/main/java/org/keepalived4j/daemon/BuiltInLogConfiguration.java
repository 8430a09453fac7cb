package org.keepalived4j.daemon;

import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.AbstractConfiguration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * The daemon's logging when no log4j2.xml is chosen: the same appenders, patterns and levels as
 * the {@code log4j2.xml} shipped in {@code etc/} (and on the classpath, for the classes used
 * without the command line), built directly from the options instead of being read from XML.
 * Reading that XML costs a start-up a fifth of a second (the JDK's XML parser, log4j2's plugin
 * builders and property lookups); this costs a tenth of that. An appender whose threshold is
 * {@code off} is left out rather than built and never written to; the console lines ({@code -l})
 * get their time from {@link ConsoleLayout} rather than from log4j2's date pattern.
 */
final class BuiltInLogConfiguration extends AbstractConfiguration {

    static final String LOGGER = "keepalived4j";
    static final String SYSLOG_PATTERN_START = "<%level{";
    static final String SYSLOG_PATTERN_END = "}>%c{1}: %m%n";

    /** @param properties the {@code keepalived4j.log.*} values of {@link DaemonLogging#properties} */
    BuiltInLogConfiguration(Map<String, String> properties) {
        super(null, ConfigurationSource.NULL_SOURCE);
        setName("keepalived4j-built-in");
        Level level = Level.toLevel(properties.get("keepalived4j.log.level"), Level.INFO);
        Level syslogThreshold = Level.toLevel(properties.get("keepalived4j.log.syslog"), Level.ALL);
        Level consoleThreshold = Level.toLevel(properties.get("keepalived4j.log.console"), Level.OFF);

        LoggerConfig daemon = LoggerConfig.newBuilder().withLoggerName(LOGGER).withLevel(level).withAdditivity(false)
                .withConfig(this).build();
        LoggerConfig root = getRootLogger();
        root.setLevel(Level.WARN);
        if (syslogThreshold != Level.OFF) {
            // under systemd, journald reads "<N>" (facility * 8 + severity) as the priority and strips it
            Appender syslog = console("syslog", ConsoleAppender.Target.SYSTEM_OUT, PatternLayout.newBuilder()
                    .withConfiguration(this).withPattern(SYSLOG_PATTERN_START
                            + properties.get("keepalived4j.log.priorities") + SYSLOG_PATTERN_END).build());
            daemon.addAppender(syslog, syslogThreshold, null);
            root.addAppender(syslog, syslogThreshold, null);
        }
        if (consoleThreshold != Level.OFF) {
            // -l: keepalived's console format, on stderr
            Appender console = console("console", ConsoleAppender.Target.SYSTEM_ERR, new ConsoleLayout(this));
            daemon.addAppender(console, consoleThreshold, null);
            root.addAppender(console, consoleThreshold, null);
        }
        addLogger(LOGGER, daemon);
    }

    private Appender console(String name, ConsoleAppender.Target target, AbstractStringLayout layout) {
        Appender appender = ConsoleAppender.newBuilder().setName(name).setTarget(target).setFollow(true)
                .setLayout(layout).setConfiguration(this).build();
        addAppender(appender);
        return appender;
    }

    @Override
    protected void doConfigure() {
        // everything was built in the constructor: there is no document to read
    }
}
