package org.keepalived4j.config.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.keepalived4j.testing.PropertyCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keepalived4j.config.CNumber;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.KeepalivedNumbers;

class NumberSyntaxTest {

    private final Diagnostics diagnostics = new Diagnostics();
    private final EntryLine line = new EntryLine(NetFixture.line(1, "x"), diagnostics);

    @ParameterizedTest
    @CsvSource({
        "42, 0, 42, 2",
        "0x1f, 0, 31, 4",
        "0X1f, 0, 31, 4",
        "017, 0, 15, 3",
        "08, 0, 0, 1",
        "0xg, 0, 0, 1",
        "12ab, 10, 12, 2",
        "ff, 16, 255, 2",
        "0xff, 16, 255, 4",
        "+7, 10, 7, 2",
        "-1, 10, -1, 2",
        "abc, 10, 0, 0",
        "'', 10, 0, 0"
    })
    void strtoulReadsAsC(String text, int base, long value, int end) {
        CNumber n = CNumber.strtoul(text, base);

        assertThat(n.value()).isEqualTo(value);
        assertThat(n.end()).isEqualTo(end);
        assertThat(n.overflow()).isFalse();
    }

    @Test
    void strtoulClampsOnOverflowAndSkipsBlanks() {
        CNumber big = CNumber.strtoul("18446744073709551616", 10);
        CNumber max = CNumber.strtoul("18446744073709551615", 10);
        CNumber blank = CNumber.strtoul(" \t9", 10);

        assertThat(big.overflow()).isTrue();
        assertThat(big.value()).isEqualTo(-1L);
        assertThat(max.overflow()).isFalse();
        assertThat(max.value()).isEqualTo(-1L);
        assertThat(blank.value()).isEqualTo(9);
        assertThat(blank.end()).isEqualTo(3);
    }

    @Test
    void strtoulAgreesWithUnsignedDecimal() {
        PropertyCheck.forAll("strtoul of unsigned 64-bit", 1000, r -> new BigInteger(64, r), n -> {
            CNumber parsed = CNumber.strtoul(n.toString(), 10);

            assertThat(parsed.overflow()).isFalse();
            assertThat(parsed.value()).isEqualTo(n.longValue());
            assertThat(parsed.end()).isEqualTo(n.toString().length());
        });
    }

    @Test
    void strtoulNeverThrowsAndStaysInTheText() {
        PropertyCheck.forAll("strtoul of any text", 2000, r -> PropertyCheck.text(r, 30), text -> {
            CNumber n = CNumber.strtoul(text, 0);

            assertThat(n.end()).isBetween(0, text.length());
        });
    }

    @Test
    void unsignedReportsAsKeepalivedDoes() {
        assertThat(KeepalivedNumbers.readUnsignedBase("7", 10, 0, 10, line.pos(), line.diagnostics())).hasValue(7);
        assertThat(KeepalivedNumbers.readUnsignedBase("", 10, 0, 10, line.pos(), line.diagnostics())).hasValue(0);
        assertThat(KeepalivedNumbers.readUnsignedBase("-3", 10, 0, 10, line.pos(), line.diagnostics())).isEmpty();
        assertThat(KeepalivedNumbers.readUnsignedBase("3x", 10, 0, 10, line.pos(), line.diagnostics())).isEmpty();
        assertThat(KeepalivedNumbers.readUnsignedBase("4294967296", 10, 0, 10, line.pos(), line.diagnostics())).isEmpty();
        assertThat(KeepalivedNumbers.readUnsignedBase("11", 10, 0, 10, line.pos(), line.diagnostics())).isEmpty();
        assertThat(KeepalivedNumbers.readUnsignedBase("0x11", 0, 0, 100, line.pos(), line.diagnostics())).hasValue(17);

        assertThat(diagnostics.all()).extracting(d -> d.message()).containsExactly(
                "negative number '-3'",
                "invalid number '3x'",
                "number '4294967296' outside unsigned integer range",
                "number '11' outside range [0, 10]");
    }

    @Test
    void unsigned64() {
        assertThat(KeepalivedNumbers.readUnsigned64("18446744073709551615", line.pos(), line.diagnostics())).isEqualTo(OptionalLong.of(-1L));
        assertThat(KeepalivedNumbers.readUnsigned64("18446744073709551616", line.pos(), line.diagnostics())).isEmpty();

        assertThat(diagnostics.all()).extracting(d -> d.message())
                .containsExactly("number '18446744073709551616' outside unsigned 64 bit range");
    }

    @ParameterizedTest
    @CsvSource({
        "1.5, 3, 1500",
        "1, 3, 1000",
        "1.2345, 3, 1235",
        "1.2344, 3, 1234",
        "7, 0, 7",
        "'', 3, 0"
    })
    void decimalsAreScaled(String text, int shift, long value) {
        assertThat(KeepalivedNumbers.readDecimalUnsigned(text, 0, 1_000_000, shift, false, line.pos(), line.diagnostics())).hasValue(value);
    }

    @Test
    void decimalRefusals() {
        assertThat(KeepalivedNumbers.readDecimalUnsigned("1.2.3", 0, 1_000_000, 3, false, line.pos(), line.diagnostics())).isEmpty();
        assertThat(KeepalivedNumbers.readDecimalUnsigned("-1", 0, 1_000_000, 3, false, line.pos(), line.diagnostics())).isEmpty();
        assertThat(KeepalivedNumbers.readDecimalUnsigned("2", 0, 1000, 3, false, line.pos(), line.diagnostics())).isEmpty();

        assertThat(diagnostics.all()).extracting(d -> d.message()).containsExactly(
                "invalid number '1.2.3'",
                "negative number '-1'",
                "number '2' outside range [0.000, 1.000]");
    }

    @Test
    void mplsLabelsAndIlaLocators() {
        assertThat(EncapReader.mplsLabels("1048575")).isPresent();
        assertThat(EncapReader.mplsLabels("1048576")).isEmpty();
        assertThat(EncapReader.mplsLabels("1/")).isEmpty();
        assertThat(EncapReader.mplsLabels("-1")).isEmpty();
        assertThat(EncapReader.ilaLocator("1:2:3:4")).hasValue(0x0001_0002_0003_0004L);
        assertThat(EncapReader.ilaLocator("ffff:ffff:ffff:ffff")).hasValue(-1L);
        assertThat(EncapReader.ilaLocator("1:2:3:10000")).isEmpty();
        assertThat(EncapReader.ilaLocator("1:2:3:4:")).isEmpty();
        assertThat(EncapReader.ilaLocator("1::3:4")).isEmpty();
    }

    @Test
    void scanfRanges() {
        assertThat(CNumber.scanRange("10-20", 0xffff)).containsExactly(10, 20);
        assertThat(CNumber.scanRange("10-20x", 0xffff)).containsExactly(10, 20);
        assertThat(CNumber.scanRange("10", 0xffff)).containsExactly(10);
        assertThat(CNumber.scanRange("10-", 0xffff)).containsExactly(10);
        assertThat(CNumber.scanRange("x", 0xffff)).isEmpty();
        assertThat(CNumber.scanRange("65537-1", 0xffff)).containsExactly(1, 1);
    }
}
