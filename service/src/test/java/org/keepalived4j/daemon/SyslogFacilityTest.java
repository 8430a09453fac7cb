package org.keepalived4j.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyslogFacilityTest {

    /** What keepalived 2.2.7 accepts for -S (checked with the binary: these do not print "Invalid log facility"). */
    @ParameterizedTest
    @CsvSource({"0, LOCAL0", "7, LOCAL7", "07, LOCAL7", "3, LOCAL3", "local0, LOCAL0", "local7, LOCAL7",
        "local07, LOCAL7", "user, USER", "daemon, DAEMON", "local, LOCAL0", "'', LOCAL0"})
    void acceptsWhatKeepalivedAccepts(String text, SyslogFacility facility) {
        assertThat(SyslogFacility.parse(text)).contains(facility);
    }

    /** What keepalived 2.2.7 refuses with "Invalid log facility". */
    @ParameterizedTest
    @ValueSource(strings = {"8", "010", "-1", "LOCAL1", "local8", "kern", "Daemon", "locals"})
    void refusesWhatKeepalivedRefuses(String text) {
        assertThat(SyslogFacility.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"USER, 1", "DAEMON, 3", "LOCAL0, 16", "LOCAL7, 23"})
    void facilityCodesAreSyslogs(SyslogFacility f, int code) {
        assertThat(f.code).isEqualTo(code);
    }
}
