package org.keepalived4j.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaemonLoggingTest {

    @Test
    void byDefaultSyslogStyleLinesGoToStdoutAtInfoWithTheDaemonFacility() {
        assertThat(DaemonLogging.properties(LogOptions.defaults()))
                .containsEntry("keepalived4j.log.level", "info")
                .containsEntry("keepalived4j.log.syslog", "all")
                .containsEntry("keepalived4j.log.console", "off")
                .containsEntry("keepalived4j.log.priorities",
                        "FATAL=26, ERROR=27, WARN=28, INFO=30, DEBUG=31, TRACE=31");
    }

    @Test
    void logConsoleReplacesTheStdoutLinesRatherThanDoublingThem() {
        assertThat(DaemonLogging.properties(new LogOptions(true, false, 0, SyslogFacility.DAEMON, false)))
                .containsEntry("keepalived4j.log.console", "all")
                .containsEntry("keepalived4j.log.syslog", "off");
    }

    @Test
    void noSyslogSilencesStdout() {
        assertThat(DaemonLogging.properties(new LogOptions(false, true, 0, SyslogFacility.DAEMON, false)))
                .containsEntry("keepalived4j.log.syslog", "off").containsEntry("keepalived4j.log.console", "off");
    }

    @Test
    void aConfigTestLogsNothingUnlessAskedToLogToTheConsole() {
        assertThat(DaemonLogging.properties(new LogOptions(false, false, 0, SyslogFacility.DAEMON, true)))
                .containsEntry("keepalived4j.log.syslog", "off").containsEntry("keepalived4j.log.console", "off");
        assertThat(DaemonLogging.properties(new LogOptions(true, false, 0, SyslogFacility.DAEMON, true)))
                .containsEntry("keepalived4j.log.console", "all");
    }

    @ParameterizedTest
    @CsvSource({"0, info", "1, debug", "2, trace", "5, trace"})
    void logDetailRaisesTheLevel(int detail, String level) {
        assertThat(DaemonLogging.properties(new LogOptions(false, false, detail, SyslogFacility.DAEMON, false)))
                .containsEntry("keepalived4j.log.level", level);
    }

    @Test
    void theFacilityIsCarriedInThePriorityPrefix() {
        // local0 is facility 16: info is 16 * 8 + 6
        assertThat(DaemonLogging.properties(new LogOptions(false, false, 0, SyslogFacility.LOCAL0, false)))
                .containsEntry("keepalived4j.log.priorities",
                        "FATAL=130, ERROR=131, WARN=132, INFO=134, DEBUG=135, TRACE=135");
    }
}
