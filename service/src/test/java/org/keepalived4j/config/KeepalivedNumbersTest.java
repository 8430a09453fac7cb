package org.keepalived4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeepalivedNumbersTest {

    private static final SourcePos AT = new SourcePos("f", 3);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5|5000000",
            "+5|5000000",
            "5.|5000000",
            ".5|500000",
            "0.0000015|2",
            "1.25|1250000",
    })
    void timersAreSecondsToTheMicrosecond(String text, long micros) {
        Diagnostics d = new Diagnostics();
        assertThat(KeepalivedNumbers.readTimer(text, 1, KeepalivedNumbers.TIMER_MAX, AT, d))
                .contains(Duration.ofNanos(micros * 1000));
    }

    @Test
    void aTimerWithTrailingTextIsReportedButItsPrefixKeptAsKeepalivedDoes() {
        Diagnostics d = new Diagnostics();
        // the digits are shifted before parsing, so "1e3" reads as 1 microsecond
        assertThat(KeepalivedNumbers.readTimer("1e3", 1, KeepalivedNumbers.TIMER_MAX, AT, d)).contains(Duration.ofNanos(1000));
        assertThat(d.all()).extracting(Diagnostic::kind, Diagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ConfigErrorKind.INVALID_NUMBER, "invalid number '1e3'"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc|invalid number 'abc'",
            "-1|negative number '-1'",
            "0|number '0' outside range [0.000001, 4294.967295]",
            "99999999999999999999|number '99999999999999999999' outside unsigned decimal range",
    })
    void badTimers(String text, String message) {
        Diagnostics d = new Diagnostics();
        assertThat(KeepalivedNumbers.readTimer(text, 1, KeepalivedNumbers.UINT_MAX, AT, d)).isEmpty();
        assertThat(d.all()).extracting(Diagnostic::message).containsExactly(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12|12",
            "+12|12",
            "012|12",
            "' 7'|7",
    })
    void unsignedNumbers(String text, long value) {
        assertThat(KeepalivedNumbers.readUnsigned(text, 0, 100, AT, new Diagnostics())).hasValue(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "x|invalid number 'x'",
            "1.5|invalid number '1.5'",
            "0x5|invalid number '0x5'",
            "-3|negative number '-3'",
            "4294967296|number '4294967296' outside unsigned integer range",
            "101|number '101' outside range [0, 100]",
    })
    void badUnsignedNumbers(String text, String message) {
        Diagnostics d = new Diagnostics();
        assertThat(KeepalivedNumbers.readUnsigned(text, 0, 100, AT, d)).isEmpty();
        assertThat(d.all()).extracting(Diagnostic::pos, Diagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AT, message));
    }

    @Test
    void signedIntegers() {
        Diagnostics d = new Diagnostics();
        assertThat(KeepalivedNumbers.readInt("-10", -100, 100, AT, d)).hasValue(-10);
        assertThat(KeepalivedNumbers.readInt("2147483648", -100, 100, AT, d)).isEmpty();
        assertThat(d.all()).extracting(Diagnostic::message).containsExactly("number '2147483648' outside integer range");
    }
}
