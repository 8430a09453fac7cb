package org.keepalived4j.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in configuration writes exactly what the shipped log4j2.xml writes, for every option. */
class BuiltInLogConfigurationTest {

    static Stream<Arguments> options() {
        return Stream.of(
                Arguments.of("no options", LogOptions.defaults()),
                Arguments.of("-l", new LogOptions(true, false, 0, SyslogFacility.DAEMON, false)),
                Arguments.of("-G", new LogOptions(false, true, 0, SyslogFacility.DAEMON, false)),
                Arguments.of("-D", new LogOptions(false, false, 1, SyslogFacility.DAEMON, false)),
                Arguments.of("-l -DD", new LogOptions(true, false, 2, SyslogFacility.DAEMON, false)),
                Arguments.of("-S local0", new LogOptions(false, false, 0, SyslogFacility.LOCAL0, false)),
                Arguments.of("-t", new LogOptions(false, false, 0, SyslogFacility.DAEMON, true)),
                Arguments.of("-t -l", new LogOptions(true, false, 0, SyslogFacility.DAEMON, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void writesWhatTheShippedXmlWrites(String name, LogOptions options) throws IOException {
        Map<String, String> values = DaemonLogging.properties(options);
        Properties saved = (Properties) System.getProperties().clone();
        try {
            values.forEach(System::setProperty);
            String fromXml;
            try (var in = getClass().getResourceAsStream("/log4j2.xml")) {
                fromXml = written(new XmlConfiguration(null, new ConfigurationSource(in)));
            }
            String builtIn = written(new BuiltInLogConfiguration(values));
            assertThat(builtIn).isEqualTo(fromXml);
        } finally {
            System.setProperties(saved);
        }
    }

    /** Every line a subsystem logger and a library's logger write at every level, stdout and stderr apart. */
    private static String written(Configuration configuration) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext("BuiltInLogConfigurationTest");
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            context.start(configuration);
            for (String loggerName : new String[] {"keepalived4j.vrrp", "org.example.Library"}) {
                Logger logger = context.getLogger(loggerName);
                for (Level level : new Level[] {Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR, Level.FATAL}) {
                    logger.log(level, "{} from {}", level, loggerName);
                }
            }
        } finally {
            context.stop();
            System.setOut(out);
            System.setErr(err);
        }
        // the console lines start with the time of day, to the second
        String console = stderr.toString(StandardCharsets.UTF_8).replaceAll("(?m)^\\w{3} \\w{3} \\d{2} \\d{2}:\\d{2}:\\d{2} \\d{4}: ", "TIME: ");
        return "stdout:\n" + stdout.toString(StandardCharsets.UTF_8) + "stderr:\n" + console;
    }
}
