package org.keepalived4j.config.global;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.SourcePos;
import org.keepalived4j.testing.PropertyCheck;

/** keepalived 2.2.7's number readers: what they accept and how they complain. */
class ArgumentSyntaxTest {

    private static final SourcePos AT = new SourcePos("k.conf", 7);

    @Test
    void everyUnsignedInRangeIsReadBack() {
        PropertyCheck.forAll("unsigned read back", 1000, r -> r.nextLong(0, 0x1_0000_0000L), n -> {
            Diagnostics d = new Diagnostics();
            assertThat(ArgumentSyntax.unsigned(Long.toString(n), AT, 0, 0xFFFF_FFFFL, d)).isEqualTo(OptionalLong.of(n));
            assertThat(d.all()).isEmpty();
        });
    }

    @Test
    void everySignedInRangeIsReadBack() {
        PropertyCheck.forAll("signed read back", 1000, r -> r.nextInt(), n -> {
            Diagnostics d = new Diagnostics();
            assertThat(ArgumentSyntax.signed(Integer.toString(n), AT, Integer.MIN_VALUE, Integer.MAX_VALUE, d))
                    .isEqualTo(OptionalLong.of(n));
            assertThat(d.all()).isEmpty();
        });
    }

    @Test
    void decimalsWithinTheirPlacesAreExact() {
        PropertyCheck.forAll("decimal read back", 1000, r -> r.nextLong(0, 4_294_967_296L), micros -> {
            Diagnostics d = new Diagnostics();
            String text = ArgumentSyntax.fixed(micros, 6);
            assertThat(ArgumentSyntax.decimal(text, AT, 6, 0, 4_294_967_295L, d)).isEqualTo(OptionalLong.of(micros));
            assertThat(d.all()).isEmpty();
        });
    }

    @Test
    void nothingThrows() {
        PropertyCheck.forAll("number readers never throw", 2000, r -> PropertyCheck.text(r, 24), text -> {
            Diagnostics d = new Diagnostics();
            ArgumentSyntax.unsigned(text, AT, 0, 10, d);
            ArgumentSyntax.signed(text, AT, -10, 10, d);
            ArgumentSyntax.decimal(text, AT, 3, 0, 10_000, d);
            assertThat(d.all()).allSatisfy(x -> assertThat(x.pos()).isEqualTo(AT));
        });
    }

    @Test
    void unsignedComplaints() {
        assertThat(complaints(d -> ArgumentSyntax.unsigned("-0", AT, 0, 5, d))).containsExactly("negative number '-0'");
        assertThat(complaints(d -> ArgumentSyntax.unsigned("", AT, 0, 5, d))).containsExactly("invalid number ''");
        assertThat(complaints(d -> ArgumentSyntax.unsigned("99999999999", AT, 0, 5, d)))
                .containsExactly("number '99999999999' outside unsigned integer range");
        assertThat(complaints(d -> ArgumentSyntax.unsigned("6", AT, 0, 5, d))).containsExactly("number '6' outside range [0, 5]");
        assertThat(complaints(d -> ArgumentSyntax.unsigned("+5", AT, 0, 5, d))).isEmpty();
        assertThat(complaints(d -> ArgumentSyntax.unsigned("010", AT, 0, 10, d))).isEmpty();
    }

    @Test
    void signedComplaints() {
        assertThat(complaints(d -> ArgumentSyntax.signed("-2147483649", AT, -5, 5, d)))
                .containsExactly("number '-2147483649' outside integer range");
        assertThat(complaints(d -> ArgumentSyntax.signed("-", AT, -5, 5, d))).containsExactly("invalid number '-'");
        assertThat(complaints(d -> ArgumentSyntax.signed("-0", AT, -5, 5, d))).isEmpty();
    }

    @Test
    void decimalsRoundHalfUpAndUseTheNumberBeforeJunk() {
        Diagnostics d = new Diagnostics();
        assertThat(ArgumentSyntax.decimal("0.0000015", AT, 6, 0, 10, d)).isEqualTo(OptionalLong.of(2));
        assertThat(ArgumentSyntax.decimal("1.5x", AT, 3, 0, 10_000, d)).isEqualTo(OptionalLong.of(1500));
        assertThat(ArgumentSyntax.decimal(".5", AT, 3, 0, 10_000, d)).isEqualTo(OptionalLong.of(500));
        assertThat(ArgumentSyntax.decimal("5.", AT, 3, 0, 10_000, d)).isEqualTo(OptionalLong.of(5000));
        assertThat(ArgumentSyntax.decimal("inf", AT, 3, 0, 10_000, d)).isEmpty();
        assertThat(d.all()).extracting(x -> x.message()).containsExactly(
                "number '0.0000015' has too many decimal places", "invalid number '1.5x'", "invalid number 'inf'");
    }

    @Test
    void decimalRangesPrintAllPlaces() {
        assertThat(complaints(d -> ArgumentSyntax.decimal("0", AT, 3, 1000, 4_294_967_000L, d)))
                .containsExactly("number '0' outside range [1.000, 4294967.000]");
    }

    @Test
    void booleansAreLowerCase() {
        assertThat(ArgumentSyntax.bool("on")).contains(true);
        assertThat(ArgumentSyntax.bool("no")).contains(false);
        assertThat(ArgumentSyntax.bool("On")).isEmpty();
    }

    @Test
    void missingWordNamesTheWordBeforeIt() {
        Directive d = Directive.line(AT, "lvs_sync_daemon", "eth0", "inst");
        assertThat(ArgumentSyntax.missingMessage(d, 2)).isEqualTo("*** Configuration line starting `lvs_sync_daemon` "
                + "is missing a parameter after keyword `inst` at word position 4");
    }

    private static java.util.List<String> complaints(java.util.function.Consumer<Diagnostics> read) {
        Diagnostics d = new Diagnostics();
        read.accept(d);
        return d.all().stream().map(x -> x.message()).toList();
    }
}
