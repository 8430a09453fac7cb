package org.keepalived4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.keepalived4j.testing.PropertyCheck;

/** keepalived 2.2.7's number readers: what they accept and how they complain. */
class KeepalivedNumberComplaintsTest {

    private static final SourcePos AT = new SourcePos("k.conf", 7);

    @Test
    void everyUnsignedInRangeIsReadBack() {
        PropertyCheck.forAll("unsigned read back", 1000, r -> r.nextLong(0, 0x1_0000_0000L), n -> {
            Diagnostics d = new Diagnostics();
            assertThat(KeepalivedNumbers.readUnsigned(Long.toString(n), 0, 0xFFFF_FFFFL, AT, d)).isEqualTo(OptionalLong.of(n));
            assertThat(d.all()).isEmpty();
        });
    }

    @Test
    void everySignedInRangeIsReadBack() {
        PropertyCheck.forAll("signed read back", 1000, r -> r.nextInt(), n -> {
            Diagnostics d = new Diagnostics();
            assertThat(KeepalivedNumbers.readInt(Integer.toString(n), Integer.MIN_VALUE, Integer.MAX_VALUE, AT, d))
                    .isEqualTo(OptionalLong.of(n));
            assertThat(d.all()).isEmpty();
        });
    }

    @Test
    void decimalsWithinTheirPlacesAreExact() {
        PropertyCheck.forAll("decimal read back", 1000, r -> r.nextLong(0, 4_294_967_296L), micros -> {
            Diagnostics d = new Diagnostics();
            String text = KeepalivedNumbers.decimalBound(micros, 6);
            assertThat(KeepalivedNumbers.readDecimalUnsigned(text, 0, 4_294_967_295L, 6, true, AT, d)).isEqualTo(OptionalLong.of(micros));
            assertThat(d.all()).isEmpty();
        });
    }

    @Test
    void nothingThrows() {
        PropertyCheck.forAll("number readers never throw", 2000, r -> PropertyCheck.text(r, 24), text -> {
            Diagnostics d = new Diagnostics();
            KeepalivedNumbers.readUnsigned(text, 0, 10, AT, d);
            KeepalivedNumbers.readInt(text, -10, 10, AT, d);
            KeepalivedNumbers.readDecimalUnsigned(text, 0, 10_000, 3, true, AT, d);
            assertThat(d.all()).allSatisfy(x -> assertThat(x.pos()).isEqualTo(AT));
        });
    }

    @Test
    void unsignedComplaints() {
        assertThat(complaints(d -> KeepalivedNumbers.readUnsigned("-0", 0, 5, AT, d))).containsExactly("negative number '-0'");
        // strtoul reads all of an empty text, as 0 (keepalived 2.2.7: virtual_router_id "" is "outside range [1, 255]")
        assertThat(complaints(d -> KeepalivedNumbers.readUnsigned("", 1, 5, AT, d))).containsExactly("number '' outside range [1, 5]");
        assertThat(complaints(d -> KeepalivedNumbers.readUnsigned("99999999999", 0, 5, AT, d)))
                .containsExactly("number '99999999999' outside unsigned integer range");
        assertThat(complaints(d -> KeepalivedNumbers.readUnsigned("6", 0, 5, AT, d))).containsExactly("number '6' outside range [0, 5]");
        assertThat(complaints(d -> KeepalivedNumbers.readUnsigned("+5", 0, 5, AT, d))).isEmpty();
        assertThat(complaints(d -> KeepalivedNumbers.readUnsigned("010", 0, 10, AT, d))).isEmpty();
    }

    @Test
    void signedComplaints() {
        assertThat(complaints(d -> KeepalivedNumbers.readInt("-2147483649", -5, 5, AT, d)))
                .containsExactly("number '-2147483649' outside integer range");
        assertThat(complaints(d -> KeepalivedNumbers.readInt("-", -5, 5, AT, d))).containsExactly("invalid number '-'");
        assertThat(complaints(d -> KeepalivedNumbers.readInt("-0", -5, 5, AT, d))).isEmpty();
    }

    @Test
    void decimalsRoundHalfUpAndUseWhatStrtoullReadOfTheShiftedDigits() {
        Diagnostics d = new Diagnostics();
        assertThat(KeepalivedNumbers.readDecimalUnsigned("0.0000015", 0, 10, 6, true, AT, d)).isEqualTo(OptionalLong.of(2));
        // the point is removed before strtoull reads "15x0": 15, kept under ignore_error as it is in range
        // (keepalived 2.2.7: advert_int "1.5x" is refused as below its minimum, not taken as 1.5 s)
        assertThat(KeepalivedNumbers.readDecimalUnsigned("1.5x", 0, 10_000, 3, true, AT, d)).isEqualTo(OptionalLong.of(15));
        assertThat(KeepalivedNumbers.readDecimalUnsigned(".5", 0, 10_000, 3, true, AT, d)).isEqualTo(OptionalLong.of(500));
        assertThat(KeepalivedNumbers.readDecimalUnsigned("5.", 0, 10_000, 3, true, AT, d)).isEqualTo(OptionalLong.of(5000));
        assertThat(KeepalivedNumbers.readDecimalUnsigned("inf", 1, 10_000, 3, true, AT, d)).isEmpty();
        assertThat(d.all()).extracting(x -> x.message()).containsExactly(
                "number '0.0000015' has too many decimal places", "invalid number '1.5x'", "invalid number 'inf'");
    }

    @Test
    void decimalRangesPrintAllPlaces() {
        assertThat(complaints(d -> KeepalivedNumbers.readDecimalUnsigned("0", 1000, 4_294_967_000L, 3, true, AT, d)))
                .containsExactly("number '0' outside range [1.000, 4294967.000]");
    }

    @Test
    void booleansAreLowerCase() {
        assertThat(KeepalivedNumbers.checkTrueFalse("on")).contains(true);
        assertThat(KeepalivedNumbers.checkTrueFalse("no")).contains(false);
        assertThat(KeepalivedNumbers.checkTrueFalse("On")).isEmpty();
    }

    @Test
    void missingWordNamesTheWordBeforeIt() {
        Directive d = Directive.line(AT, "lvs_sync_daemon", "eth0", "inst");
        Diagnostics diag = new Diagnostics();
        assertThatThrownBy(() -> ValueSyntax.word(d, 2, diag)).isInstanceOf(ConfigAbort.class);
        assertThat(diag.all()).extracting(x -> x.message()).containsExactly("*** Configuration line starting `lvs_sync_daemon` "
                + "is missing a parameter after keyword `inst` at word position 4");
    }

    private static java.util.List<String> complaints(java.util.function.Consumer<Diagnostics> read) {
        Diagnostics d = new Diagnostics();
        read.accept(d);
        return d.all().stream().map(x -> x.message()).toList();
    }
}
