package org.keepalived4j.config.bfd;

import org.keepalived4j.config.ConfigAbort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.config.ConfigTexts.block;
import static org.keepalived4j.config.ConfigTexts.kw;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keepalived4j.config.ConfigTexts;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.global.GlobalConfig;

/** bfd_instance blocks, checked against keepalived 2.2.7 -t. */
class BfdBlocksTest {

    private record Parsed(BfdConfig config, Diagnostics diagnostics) {
        List<String> reported() {
            return ConfigTexts.reported(diagnostics);
        }
    }

    private static Parsed parse(Directive... blocks) {
        Diagnostics diagnostics = new Diagnostics();
        FakeHost host = FakeHost.debian();
        ParseContext ctx = new ParseContext(diagnostics, host);
        BfdBlocks bfd = new BfdBlocks();
        try {
            for (Directive d : blocks) {
                bfd.accept(d, ctx);
            }
            return new Parsed(bfd.build(ctx, GlobalConfig.defaults(host)), diagnostics);
        } catch (ConfigAbort stop) {
            return new Parsed(null, diagnostics); // keepalived stopped reading: there is no model
        }
    }

    private static Directive bfd(int line, String name, Directive... children) {
        return block(line, List.of(children), "bfd_instance", name);
    }

    private static IpAddress ip(String s) {
        return IpAddress.parse(s).orElseThrow();
    }

    @Test
    void theKeywordsOf227() {
        assertThat(BfdBlocks.bfdInstanceKeywords()).containsExactlyInAnyOrder("neighbor_ip", "neighbour_ip", "source_ip",
                "min_rx", "min_tx", "idle_tx", "multiplier", "passive", "ttl", "hoplimit", "max_hops", "weight", "vrrp", "checker");
        assertThat(new BfdBlocks().topLevelKeywords()).containsExactly("bfd_instance");
    }

    @Test
    void everyKeywordIsRead() {
        Parsed p = parse(bfd(1, "B1", kw(2, "neighbor_ip", "10.0.0.2"), kw(3, "source_ip", "10.0.0.1"), kw(4, "min_rx", "10.5"),
                kw(5, "min_tx", "20"), kw(6, "idle_tx", "2000"), kw(7, "multiplier", "3"), kw(8, "passive"),
                kw(9, "ttl", "200"), kw(10, "max_hops", "10"), kw(11, "weight", "10", "reverse"), kw(12, "vrrp")));
        assertThat(p.reported()).isEmpty();
        BfdInstance b = p.config().instance("B1").orElseThrow();
        assertThat(b).isEqualTo(new BfdInstance("B1", ip("10.0.0.2"), Optional.of(ip("10.0.0.1")), Duration.ofNanos(10_500_000),
                Duration.ofMillis(20), Duration.ofMillis(2000), 3, true, 200, 10, true, false, ConfigTexts.at(1)));
        assertThat(p.config().vrrpTrack("B1")).contains(new BfdTrack("B1", 10, true));
        assertThat(p.config().trackableByChecker("B1")).isFalse();
    }

    @Test
    void defaults() {
        Parsed p = parse(bfd(1, "B4", kw(2, "neighbour_ip", "10.0.0.2")), bfd(4, "B6", kw(5, "hoplimit", "10"),
                kw(6, "neighbor_ip", "fe80::2")));
        assertThat(p.reported()).isEmpty();
        BfdInstance v4 = p.config().instance("B4").orElseThrow();
        assertThat(v4.source()).isEmpty();
        assertThat(v4.minRx()).isEqualTo(Duration.ofMillis(10));
        assertThat(v4.minTx()).isEqualTo(Duration.ofMillis(10));
        assertThat(v4.idleTx()).isEqualTo(Duration.ofMillis(1000));
        assertThat(v4.multiplier()).isEqualTo(5);
        assertThat(v4.passive()).isFalse();
        assertThat(v4.ttl()).isEqualTo(255);
        assertThat(v4.maxHops()).isZero();
        assertThat(v4.notifyVrrp()).isTrue();
        assertThat(v4.notifyChecker()).isTrue();
        assertThat(p.config().vrrpTrack("B4")).contains(new BfdTrack("B4", 0, false));
        assertThat(p.config().trackableByChecker("B4")).isTrue();
        assertThat(p.config().instance("B6").orElseThrow().ttl()).isEqualTo(10);
        assertThat(p.config().instances().keySet()).containsExactly("B4", "B6");
    }

    @Test
    void ipv6UsesHopLimit64() {
        assertThat(parse(bfd(1, "B", kw(2, "neighbor_ip", "fe80::2"))).config().instance("B").orElseThrow().ttl()).isEqualTo(64);
    }

    @Test
    void aPrefixLengthAfterAnAddressIsIgnoredAsByKeepalived() {
        Parsed p = parse(bfd(1, "B", kw(2, "neighbor_ip", "10.0.0.2/24", "3785"), kw(3, "source_ip", "10.0.0.1/24")));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().instance("B").orElseThrow().neighbor()).isEqualTo(ip("10.0.0.2"));
    }

    @Test
    void checkerOnlySessions() {
        Parsed p = parse(bfd(1, "C", kw(2, "neighbor_ip", "10.0.0.3"), kw(3, "checker")),
                bfd(5, "Both", kw(6, "neighbor_ip", "10.0.0.4"), kw(7, "checker"), kw(8, "vrrp")));
        assertThat(p.config().instance("C").orElseThrow().notifyVrrp()).isFalse();
        assertThat(p.config().vrrpTrack("C")).isEmpty();
        assertThat(p.config().trackableByChecker("C")).isTrue();
        assertThat(p.config().instance("Both").orElseThrow().notifyVrrp()).isTrue();
        assertThat(p.config().instance("Both").orElseThrow().notifyChecker()).isTrue();
    }

    @Test
    void badValuesAreReportedWithTheNumberReport() {
        Parsed p = parse(bfd(18, "B2", kw(19, "neighbour_ip", "10.0.0.3"), kw(20, "min_rx", "abc"), kw(21, "min_tx", "0"),
                kw(22, "idle_tx", "100000000"), kw(23, "multiplier", "0"), kw(24, "ttl", "0"), kw(25, "max_hops", "-2"),
                kw(26, "weight", "300"), kw(27, "weight", "5", "foo"), kw(28, "source_ip", "zz"), kw(29, "multiplier", "0x10"),
                kw(30, "idle_tx", "999"), kw(31, "min_tx", "0.001")));
        assertThat(p.reported()).containsExactly(
                "INVALID_NUMBER 20: invalid number 'abc'",
                "GENERAL_ERROR 20: Configuration error: BFD instance B2 min_rx value abc is not valid (must be in range [1-4294967]), ignoring",
                "INVALID_NUMBER 21: number '0' outside range [1.000, 4294967.000]",
                "GENERAL_ERROR 21: Configuration error: BFD instance B2 min_tx value 0 is not valid (must be in range [1-4294967]), ignoring",
                "INVALID_NUMBER 22: number '100000000' outside range [1000.000, 4294967.000]",
                "GENERAL_ERROR 22: Configuration error: BFD instance B2 idle_tx value 100000000 is not valid (must be in range [1000-4294967]), ignoring",
                "INVALID_NUMBER 23: number '0' outside range [1, 255]",
                "GENERAL_ERROR 23: Configuration error: BFD instance B2 multiplier value 0 not valid (must be in range [1-255]), ignoring",
                "INVALID_NUMBER 24: number '0' outside range [1, 255]",
                "GENERAL_ERROR 24: Configuration error: BFD instance B2 ttl/hoplimit value 0 not valid (must be in range [1-255]), ignoring",
                "INVALID_NUMBER 25: number '-2' outside range [-1, 255]",
                "GENERAL_ERROR 25: Configuration error: BFD instance B2 max_hops value -2 not valid (must be in range [-1-255]), ignoring",
                "INVALID_NUMBER 26: number '300' outside range [-253, 253]",
                "GENERAL_ERROR 26: Configuration error: BFD instance B2 weight value 300 not valid (must be in range [-253-253]), ignoring",
                "GENERAL_ERROR 27: Configuration error: BFD instance B2 unknown weight option foo",
                "GENERAL_ERROR 28: Configuration error: BFD instance B2 has malformed source address zz, ignoring",
                "INVALID_NUMBER 29: invalid number '0x10'",
                "GENERAL_ERROR 29: Configuration error: BFD instance B2 multiplier value 0x10 not valid (must be in range [1-255]), ignoring",
                "INVALID_NUMBER 30: number '999' outside range [1000.000, 4294967.000]",
                "GENERAL_ERROR 30: Configuration error: BFD instance B2 idle_tx value 999 is not valid (must be in range [1000-4294967]), ignoring",
                "INVALID_NUMBER 31: number '0.001' outside range [1.000, 4294967.000]",
                "GENERAL_ERROR 31: Configuration error: BFD instance B2 min_tx value 0.001 is not valid (must be in range [1-4294967]), ignoring");
        BfdInstance b = p.config().instance("B2").orElseThrow();
        assertThat(b.minRx()).isEqualTo(Duration.ofMillis(10));
        assertThat(b.multiplier()).isEqualTo(5);
        assertThat(b.source()).isEmpty();
        assertThat(p.config().vrrpTrack("B2")).contains(new BfdTrack("B2", 5, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"neighbor_ip", "source_ip", "min_rx", "min_tx", "idle_tx", "multiplier", "ttl", "max_hops", "weight"})
    void aMissingValueIsTheFatalMissingParameter(String keyword) {
        Parsed p = parse(bfd(1, "B", kw(2, "neighbor_ip", "10.0.0.1"), kw(3, keyword)));
        assertThat(p.reported()).containsExactly("MISSING_PARAMETER 3: *** Configuration line starting `" + keyword
                + "` is missing a parameter after keyword `" + keyword + "` at word position 2");
    }

    @Test
    void largeIntervalsAreOnlyLogged() {
        Parsed p = parse(bfd(1, "B", kw(2, "neighbor_ip", "10.0.0.1"), kw(3, "min_rx", "1000000")));
        assertThat(p.reported()).isEmpty();
        assertThat(p.diagnostics().all()).extracting(d -> d.message()).containsExactly(
                "Configuration warning: BFD instance B min_rx value 1000000 is larger than max sensible (1000)");
    }

    @Test
    void blockLevelProblemsAreReportedAtTheClosingBrace() {
        Parsed p = parse(bfd(29, "B3", kw(30, "source_ip", "10.0.0.1")),
                bfd(33, "B4", kw(34, "neighbor_ip", "fe80::1"), kw(35, "source_ip", "10.0.0.1")),
                bfd(37, "B5", kw(38, "neighbor_ip", "fe80::2"), kw(39, "max_hops", "100")),
                bfd(41, "B6", kw(42, "neighbor_ip", "10.0.0.2"), kw(43, "hoplimit", "1"), kw(44, "max_hops", "255")));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 31: Configuration error: BFD instance B3 has no neighbor address set, disabling instance",
                // 2.2.7 prints the source address twice
                "GENERAL_ERROR 36: Configuration error: BFD instance B4 source address 10.0.0.1 and neighbor address 10.0.0.1 "
                        + "are not of the same family, disabling instance",
                "GENERAL_ERROR 40: BFD instance B5: max_hops exceeds ttl/hoplimit - setting to ttl/hoplimit",
                "GENERAL_ERROR 45: BFD instance B6: max_hops exceeds ttl/hoplimit - setting to ttl/hoplimit");
        assertThat(p.config().instances().keySet()).containsExactly("B5", "B6");
        assertThat(p.config().instance("B5").orElseThrow().maxHops()).isEqualTo(64);
        assertThat(p.config().instance("B6").orElseThrow().maxHops()).isEqualTo(1);
        // the VRRP process does not check neighbors: it still knows B3 and B4
        assertThat(p.config().vrrpTracks().keySet()).containsExactly("B3", "B4", "B5", "B6");
    }

    @Test
    void duplicateNeighborsUnlessBothSourcesDiffer() {
        Parsed p = parse(bfd(1, "B1", kw(2, "neighbor_ip", "10.0.0.2"), kw(3, "source_ip", "10.0.0.1")),
                bfd(5, "B2", kw(6, "neighbor_ip", "10.0.0.2"), kw(7, "source_ip", "10.0.0.3")),
                bfd(9, "B3", kw(10, "neighbor_ip", "10.0.0.2"), kw(11, "source_ip", "10.0.0.1")),
                bfd(13, "B4", kw(14, "neighbor_ip", "10.0.0.2")),
                bfd(16, "B5", kw(17, "neighbor_ip", "10.0.0.7")),
                bfd(19, "B6", kw(20, "source_ip", "10.0.0.9"), kw(21, "neighbor_ip", "10.0.0.7")));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 12: Configuration error: BFD instance B3 has duplicate source/neighbor address 10.0.0.1/10.0.0.2, ignoring instance",
                "GENERAL_ERROR 15: Configuration error: BFD instance B4 has duplicate neighbor address 10.0.0.2, ignoring instance",
                "GENERAL_ERROR 22: Configuration error: BFD instance B6 has duplicate source/neighbor address 10.0.0.9/10.0.0.7, ignoring instance");
        assertThat(p.config().instances().keySet()).containsExactly("B1", "B2", "B5");
    }

    @Test
    void aMalformedNeighborDropsTheSessionButNotTheVrrpTrack() {
        Parsed p = parse(bfd(40, "B6", kw(41, "neighbor_ip", "nonsense"), kw(42, "min_rx", "5"), kw(43, "weight", "7")));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 41: Configuration error: BFD instance B6 has malformed neighbor address nonsense, ignoring instance");
        assertThat(p.config().instances()).isEmpty();
        assertThat(p.config().vrrpTrack("B6")).contains(new BfdTrack("B6", 7, false));
    }

    @Test
    void names() {
        Parsed p = parse(bfd(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", kw(2, "neighbor_ip", "10.0.0.10")),
                bfd(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234", kw(5, "neighbor_ip", "10.0.0.11")),
                bfd(7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234", kw(8, "neighbor_ip", "10.0.0.12")));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 1: BFD name ABCDEFGHIJKLMNOPQRSTUVWXYZ012345 too long",
                "GENERAL_ERROR 1: Configuration error: BFD instance ABCDEFGHIJKLMNOPQRSTUVWXYZ012345 name too long "
                        + "(maximum length is 31 characters) - ignoring",
                "GENERAL_ERROR 7: BFD ABCDEFGHIJKLMNOPQRSTUVWXYZ01234 already specified",
                "GENERAL_ERROR 7: Configuration error: BFD instance ABCDEFGHIJKLMNOPQRSTUVWXYZ01234 already configured - ignoring");
        assertThat(p.config().instances()).hasSize(1);
        assertThat(p.config().instances().values().iterator().next().neighbor()).isEqualTo(ip("10.0.0.11"));
    }

    @Test
    void aNamelessInstanceIsTheFatalMissingParameter() {
        Parsed p = parse(block(1, List.of(kw(2, "neighbor_ip", "10.0.0.11")), "bfd_instance"));
        assertThat(p.reported()).containsExactly("MISSING_PARAMETER 1: *** Configuration line starting `bfd_instance` "
                + "is missing a parameter after keyword `bfd_instance` at word position 2");
        assertThat(p.config()).as("keepalived stops reading here: no model").isNull();
    }

    @Test
    void unknownKeywordsAreReported() {
        Parsed p = parse(bfd(1, "B1", kw(2, "neighbor_ip", "10.0.0.2"), kw(15, "multihop"), kw(16, "bogus")));
        assertThat(p.reported()).containsExactly("UNKNOWN_KEYWORD 15: Unknown keyword 'multihop'",
                "UNKNOWN_KEYWORD 16: Unknown keyword 'bogus'");
        assertThat(p.config().instance("B1")).isPresent();
    }

    @Test
    void argumentsOfSwitchesAreIgnored() {
        Parsed p = parse(bfd(1, "B", kw(2, "neighbor_ip", "10.0.0.2"), kw(3, "passive", "yes"), kw(4, "vrrp", "foo"),
                kw(5, "weight", "-253", "reverse", "extra")));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().instance("B").orElseThrow().passive()).isTrue();
        assertThat(p.config().vrrpTrack("B")).contains(new BfdTrack("B", -253, true));
    }
}
