package org.keepalived4j.daemon;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Turns the logging options of the command line into log4j2 configuration: the built-in one
 * ({@link BuiltInLogConfiguration}), or a log4j2.xml ({@code etc/log4j2.xml}, or the one on the
 * classpath when the classes are used without the command line). The XML files read these system
 * properties, so a site may write its own log4j2.xml and still honour {@code -l -D -S -G}:
 * <ul>
 * <li>{@code keepalived4j.log.level}: info, debug ({@code -D}) or trace ({@code -DD});</li>
 * <li>{@code keepalived4j.log.syslog}: all or off, the threshold of the stdout appender
 *     ({@code <N>} syslog priority prefixes that journald reads); off with {@code -G}, and with
 *     {@code -l}, whose console lines replace it;</li>
 * <li>{@code keepalived4j.log.console}: all or off, the threshold of the console appender ({@code -l});</li>
 * <li>{@code keepalived4j.log.priorities}: the level to priority map for {@code %level{...}},
 *     carrying the facility of {@code -S}.</li>
 * </ul>
 * The loggers are named per subsystem: {@code keepalived4j.daemon}, {@code keepalived4j.config},
 * {@code keepalived4j.vrrp}, {@code keepalived4j.check}, {@code keepalived4j.lvs},
 * {@code keepalived4j.bfd}, {@code keepalived4j.notify}, {@code keepalived4j.management}.
 */
public final class DaemonLogging {

    public static final String DAEMON = "keepalived4j.daemon";
    public static final String CONFIG = "keepalived4j.config";
    public static final String MANAGEMENT = "keepalived4j.management";

    private DaemonLogging() {
    }

    /** The system properties the log4j2.xml files read, for these options. */
    public static Map<String, String> properties(LogOptions o) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("keepalived4j.log.level", o.detail() >= 2 ? "trace" : o.detail() == 1 ? "debug" : "info");
        // stdout is our syslog channel: with -l the console (stderr) takes its place rather than doubling every line
        p.put("keepalived4j.log.syslog", o.noSyslog() || o.quiet() || o.console() ? "off" : "all");
        p.put("keepalived4j.log.console", o.console() ? "all" : "off");
        p.put("keepalived4j.log.priorities", o.facility().levelPriorities());
        return p;
    }

    /**
     * Applies the options and (re)configures log4j2 from {@code configFile} if given, unless the
     * user chose a file with {@code -Dlog4j2.configurationFile}, which then wins; otherwise from
     * {@link BuiltInLogConfiguration}. The first call starts log4j2 with that configuration
     * directly, so that no other configuration is read (and thrown away) before it.
     */
    public static void apply(LogOptions options, Optional<Path> configFile) {
        Map<String, String> values = properties(options);
        Properties system = System.getProperties();
        values.forEach(system::setProperty);
        ClassLoader loader = DaemonLogging.class.getClassLoader();
        boolean running = LogManager.getFactory().hasContext(DaemonLogging.class.getName(), loader, false);
        if (system.getProperty("log4j2.configurationFile") != null || system.getProperty("log4j.configurationFile") != null) {
            // log4j2 reads the file the property names when it starts; once running, it reads it again
            LoggerContext context = (LoggerContext) LogManager.getContext(loader, false);
            if (running) {
                context.reconfigure();
            }
        } else if (configFile.isPresent()) {
            if (running) {
                Configurator.reconfigure(configFile.get().toUri());
            } else {
                Configurator.initialize(null, loader, configFile.get().toUri());
            }
        } else {
            BuiltInLogConfiguration builtIn = new BuiltInLogConfiguration(values);
            LoggerContext context = Configurator.initialize(loader, builtIn);
            if (context.getConfiguration() != builtIn) {
                context.reconfigure(builtIn);
            }
        }
    }
}
