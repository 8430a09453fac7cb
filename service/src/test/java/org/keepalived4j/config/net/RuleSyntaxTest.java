package org.keepalived4j.config.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keepalived4j.config.net.NetFixture.error;
import static org.keepalived4j.config.net.NetFixture.missing;
import static org.keepalived4j.config.net.NetFixture.number;
import static org.keepalived4j.config.net.NetFixture.prefix;

import java.util.Optional;
import java.util.function.Predicate;
import org.keepalived4j.config.ConfigAbort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keepalived4j.config.IpAddress.Family;

class RuleSyntaxTest {

    private final NetFixture f = new NetFixture();

    @Test
    void aTableRuleWithPreference() {
        RuleEntry r = f.rule(2, "from 10.0.0.0/8 table 100 priority 100").orElseThrow();

        assertThat(r.family()).isEqualTo(Family.INET);
        assertThat(r.from()).contains(prefix("10.0.0.0/8"));
        assertThat(r.to()).isEmpty();
        assertThat(r.action()).isEqualTo(RuleAction.TO_TABLE);
        assertThat(r.table()).isEqualTo(100);
        assertThat(r.preference()).isEqualTo(100);
        assertThat(r.preferenceAssigned()).isFalse();
        assertThat(r.protocol()).contains(RouteProtocol.KEEPALIVED);
        assertThat(r.tracked()).isTrue();
        assertThat(r.invert()).isFalse();
        assertThat(r.pos().line()).isEqualTo(2);
        assertThat(f.all()).isEmpty();
    }

    @Test
    void everySelectorIsRead() {
        RuleEntry r = f.rule(7, "not from all to 10.1.0.0/16 lookup main order 103 iif eth0 oif eth1 tos 0x10 "
                + "fwmark 0x10/0xff realms 1/2 suppress_prefixlength 8 suppress_ifgroup uplinks tunnel-id 7 "
                + "uidrange 10-20 protocol 18 ipproto tcp sport 80-81 dport 1000-2000").orElseThrow();

        assertThat(r.invert()).isTrue();
        assertThat(r.from()).contains(prefix("0.0.0.0/0"));
        assertThat(r.to()).contains(prefix("10.1.0.0/16"));
        assertThat(r.table()).isEqualTo(254);
        assertThat(r.preference()).isEqualTo(103);
        assertThat(r.inputInterface()).contains("eth0");
        assertThat(r.outputInterface()).contains("eth1");
        assertThat(r.tos()).isEqualTo(16);
        assertThat(r.fwmark()).hasValue(16);
        assertThat(r.fwmask()).hasValue(255);
        assertThat(r.realms()).hasValue(1 << 16 | 2);
        assertThat(r.suppressPrefixLength()).hasValue(8);
        assertThat(r.suppressGroup()).hasValue(9);
        assertThat(r.tunnelId()).hasValue(7);
        assertThat(r.uidRange()).contains(new UidRange(10, 20));
        assertThat(r.protocol()).contains(RouteProtocol.KEEPALIVED);
        assertThat(r.ipProtocol()).hasValue(6);
        assertThat(r.sourcePorts()).contains(new PortRange(80, 81));
        assertThat(r.destinationPorts()).contains(new PortRange(1000, 2000));
        assertThat(f.all()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "blackhole, BLACKHOLE",
        "unreachable, UNREACHABLE",
        "type prohibit, PROHIBIT",
        "nop, NOP",
        "type nop, NOP",
        "6, BLACKHOLE"
    })
    void actions(String words, RuleAction action) {
        RuleEntry r = f.rule(1, "from all " + words + " priority 5").orElseThrow();

        assertThat(r.action()).isEqualTo(action);
        assertThat(r.table()).isZero();
        assertThat(f.all()).isEmpty();
    }

    @Test
    void gotoNeedsALowerPreference() {
        RuleEntry ok = f.rule(9, "from all goto 200 priority 105").orElseThrow();
        assertThat(f.rule(10, "from all goto 100 priority 106")).isEmpty();
        assertThat(f.rule(11, "from all goto 100")).isEmpty();
        assertThat(f.rule(28, "from all type goto x priority 21")).isEmpty();

        assertThat(ok.action()).isEqualTo(RuleAction.GOTO);
        assertThat(ok.gotoTarget()).hasValue(200);
        assertThat(f.reports()).containsExactly(
                error(10, "Invalid rule - preference 106 >= goto target 100"),
                error(11, "Invalid rule - goto target 100 specified without preference"),
                number(28, "invalid number 'x'"),
                error(28, "Invalid target goto specified"));
    }

    @Test
    void l3mdevLooksUpTheMastersTable() {
        RuleEntry r = f.rule(1, "from all l3mdev priority 1000").orElseThrow();

        assertThat(r.l3mdev()).isTrue();
        assertThat(r.action()).isEqualTo(RuleAction.TO_TABLE);
        assertThat(r.table()).isZero();
    }

    @Test
    void oneActionOnly() {
        assertThat(f.rule(12, "from all nop priority 107 uidrange 10-20 l3mdev")).isEmpty();
        assertThat(f.rule(38, "from 10.0.0.0/8 table 100 l3mdev priority 131")).isEmpty();
        assertThat(f.rule(20, "from all table 100 blackhole priority 115")).isEmpty();
        assertThat(f.rule(31, "from all table 5 table 6 priority 24")).isEmpty();
        assertThat(f.rule(19, "from all priority 114")).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(12, "Cannot specify l3mdev with other action"),
                error(38, "Cannot specify l3mdev with other action"),
                error(20, "Cannot specify more than one of table/nop/goto/blackhole/prohibit/unreachable/l3mdev for rule"),
                error(31, "Cannot specify more than one of table/nop/goto/blackhole/prohibit/unreachable for rule"),
                error(19, "No action specified for rule - ignoring"));
    }

    @Test
    void unknownWordsAndRouteTypesThatAreNotActions() {
        assertThat(f.rule(17, "from all local priority 112")).isEmpty();
        assertThat(f.rule(30, "from all throw priority 23")).isEmpty();
        assertThat(f.rule(18, "from all bogus priority 113")).isEmpty();
        assertThat(f.rule(3, "from 10.0.0.0/8 to 10.1.0.0/16 lookup main pref 5")).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(17, "Invalid rule action local"),
                error(30, "Invalid rule action throw"),
                error(18, "Unknown rule option bogus"),
                error(3, "Unknown rule option pref"));
    }

    @Test
    void tableOptionsNeedATableAction() {
        assertThat(f.rule(15, "from all unreachable priority 110 realms 3")).isEmpty();
        assertThat(f.rule(35, "from all unreachable priority 28 suppress_ifgroup 5")).isEmpty();
        RuleEntry ok = f.rule(37, "from 10.0.0.0/8 table local priority 130 sup_pl 3 sup_group 0").orElseThrow();

        assertThat(ok.table()).isEqualTo(255);
        assertThat(ok.suppressPrefixLength()).hasValue(3);
        assertThat(ok.suppressGroup()).hasValue(0);
        assertThat(f.reports()).containsExactly(
                error(15, "suppressor/realm specified for non table action - skipping"),
                error(35, "suppressor/realm specified for non table action - skipping"));
    }

    @Test
    void badValuesDropTheRule() {
        assertThat(f.rule(4, "from 10.0.0.0/8 table 100 preference x")).isEmpty();
        assertThat(f.rule(5, "from 10.0.0.0/8 table 0 priority 101")).isEmpty();
        assertThat(f.rule(6, "from 10.0.0.0/8 table nosuch priority 102")).isEmpty();
        assertThat(f.rule(13, "from all l3mdev priority 108 uidrange 10")).isEmpty();
        assertThat(f.rule(22, "from all table 100 priority 117 fwmark -1")).isEmpty();
        assertThat(f.rule(23, "from all table 100 priority 118 fwmark 1/-1")).isEmpty();
        assertThat(f.rule(24, "from all table 100 priority 119 fwmark 1x")).isEmpty();
        assertThat(f.rule(14, "from all table 5 fwmark 1/4294967296 priority 7")).isEmpty();
        assertThat(f.rule(28, "from 10.0.0.0/8 table 100 priority 123 suppress_prefixlength x")).isEmpty();
        assertThat(f.rule(29, "from 10.0.0.0/8 table 100 priority 124 tunnel-id x")).isEmpty();
        assertThat(f.rule(30, "from 10.0.0.0/8 table 100 priority 125 suppress_ifgroup nosuch")).isEmpty();
        assertThat(f.rule(35, "from 10.0.0.0/8 table 100 priority 128 tos nosuch")).isEmpty();
        assertThat(f.rule(36, "from 10.0.0.0/8 table 100 priority 129 realms x")).isEmpty();
        assertThat(f.rule(11, "to 192.168.100./24 table 1")).isEmpty();

        assertThat(f.reports()).containsExactly(
                number(4, "invalid number 'x'"),
                error(4, "Invalid rule preference preference specified"),
                error(5, "Table 0 is not valid"),
                error(6, "Routing table nosuch not found for rule"),
                error(13, "Invalid uidrange uidrange specified"),
                error(22, "Invalid rule fwmark -1 specified"),
                error(23, "Invalid rule fwmark 1/-1 specified"),
                error(24, "Invalid rule fwmark 1x specified"),
                error(14, "Invalid rule fwmark 1/4294967296 specified"),
                number(28, "invalid number 'x'"),
                error(28, "Invalid suppress_prefixlength suppress_prefixlength specified"),
                number(29, "invalid number 'x'"),
                error(29, "Invalid tunnel-id tunnel-id specified"),
                error(30, "suppress_group nosuch is invalid"),
                error(35, "TOS value nosuch is invalid"),
                error(36, "invalid realms x for rule"),
                error(11, "VRRP parsed invalid IP 192.168.100./24. skipping IP..."),
                error(11, "Invalid rule to address 192.168.100./24"));
    }

    @Test
    void badMatchValuesAreReportedButTheRuleKept() {
        RuleEntry r = f.rule(25, "from all table 100 priority 120 sport x ipproto nosuch protocol 300 dport 80").orElseThrow();
        RuleEntry big = f.rule(18, "from all table 5 ipproto 200 priority 11").orElseThrow();
        RuleEntry partial = f.rule(19, "from all table 5 ipproto 6x priority 12").orElseThrow();

        assertThat(r.sourcePorts()).isEmpty();
        assertThat(r.destinationPorts()).isEmpty();
        assertThat(r.ipProtocol()).isEmpty();
        assertThat(r.protocol()).contains(RouteProtocol.KEEPALIVED);
        assertThat(big.ipProtocol()).isEmpty();
        assertThat(partial.ipProtocol()).isEmpty();
        // keepalived 2.2.7 means to accept a single port but refuses it
        assertThat(f.reports()).containsExactly(
                error(25, "invalid sport range x"),
                error(25, "Invalid ipproto nosuch"),
                number(25, "number '300' outside range [0, 255]"),
                error(25, "Invalid protocol 300"),
                error(25, "invalid dport range 80"),
                error(18, "Invalid ipproto 200"),
                error(19, "Invalid ipproto 6x"));
    }

    @ParameterizedTest
    @CsvSource({
        "0x10/, 16, 0",
        "/5, 0, 5",
        "010, 8, -1",
        "4294967295/0xffffffff, 4294967295, 4294967295"
    })
    void fwmarksAreCNumbers(String word, long mark, long mask) {
        RuleEntry r = f.rule(1, "from all table 5 priority 4 fwmark " + word).orElseThrow();

        assertThat(r.fwmark()).hasValue(mark);
        if (mask < 0) {
            assertThat(r.fwmask()).isEmpty();
        } else {
            assertThat(r.fwmask()).hasValue(mask);
        }
    }

    @ParameterizedTest
    @CsvSource({"priority 0x10, 16", "priority 010, 8", "preference 7, 7", "order 4294967295, 4294967295"})
    void preferencesAreCNumbers(String words, long preference) {
        assertThat(f.rule(1, "from all table 5 " + words).orElseThrow().preference()).isEqualTo(preference);
    }

    @Test
    void familyRules() {
        RuleEntry v6 = f.rule(1, "from 2001:db8::/32 table 5 priority 1").orElseThrow();
        RuleEntry anyFirst = f.rule(2, "from all to 2001:db8::/32 table 5 priority 2").orElseThrow();
        assertThat(f.rule(5, "from 2001:db8::/32 to all table 5 priority 1")).isEmpty();
        assertThat(f.rule(27, "from 10.0.0.0/8 to 2001:db8::/32 table 100 priority 122")).isEmpty();
        assertThat(f.rule(26, "from 2001:db8::/32 table 100 priority 121 realms 3")).isEmpty();
        assertThat(f.rule(21, "inet6 from all table 100 priority 116")).isEmpty();

        assertThat(v6.family()).isEqualTo(Family.INET6);
        assertThat(anyFirst.family()).isEqualTo(Family.INET6);
        assertThat(anyFirst.from()).contains(prefix("::/0"));
        assertThat(f.reports()).containsExactly(
                error(5, "rule specification has mixed IPv4 and IPv6"),
                error(27, "rule specification has mixed IPv4 and IPv6"),
                error(26, "realms is only valid for IPv4"),
                error(21, "Unknown rule option all"));
    }

    @Test
    void aMissingInterfaceDropsTheRule() {
        assertThat(f.rule(8, "from all table 100 priority 104 iif eth9")).isEmpty();
        assertThat(f.rule(9, "from all table 100 priority 104 oif eth8")).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(8, "WARNING - interface eth9 for rule doesn't exist"),
                error(9, "WARNING - interface eth8 for rule doesn't exist"));
        assertThat(f.parser.namedMissingInterface()).isTrue();
    }

    @Test
    void anUntrackedRuleKeepsItsProtocolAndATrackedOneIsReset() {
        RuleEntry untracked = f.rule(16, "from all type prohibit priority 111 no_track protocol 4").orElseThrow();
        RuleEntry none = f.rule(17, "from all type prohibit priority 112 no_track").orElseThrow();
        RuleEntry reset = f.rule(14, "from all blackhole priority 109 protocol 3").orElseThrow();

        assertThat(untracked.protocol()).contains(RouteProtocol.STATIC);
        assertThat(untracked.tracked()).isFalse();
        assertThat(none.protocol()).isEmpty();
        assertThat(reset.protocol()).contains(RouteProtocol.KEEPALIVED);
        assertThat(f.reports()).containsExactly(
                error(14, "Rule cannot be tracked if protocol is not RTPROT_KEEPALIVED(18), resetting protocol"));
    }

    @Test
    void trackGroupsOnStaticRulesWithAnInputInterface() {
        NetFixture only = new NetFixture(false, Predicate.isEqual("G1"));
        RuleEntry ok = only.rule(22, "from all table 5 iif eth0 track_group G1 priority 15").orElseThrow();
        RuleEntry noIif = only.rule(23, "from all table 5 track_group G1 priority 16").orElseThrow();
        RuleEntry twice = only.rule(24, "from all table 5 track_group G1 track_group G2 priority 17").orElseThrow();
        RuleEntry unknown = only.rule(25, "from all table 5 track_group nosuch priority 18").orElseThrow();
        Optional<RuleEntry> virtual = only.vrule(16, "from all table 5 track_group G1");

        assertThat(ok.trackGroup()).contains("G1");
        assertThat(noIif.trackGroup()).isEmpty();
        assertThat(twice.preferenceAssigned()).isTrue();
        assertThat(unknown.trackGroup()).isEmpty();
        assertThat(virtual).isEmpty();
        assertThat(only.reports()).containsExactly(
                error(23, "Static rule cannot have track_group if dev/iif not specified"),
                error(24, "track_group G2 is a duplicate"),
                error(24, "Static rule cannot have track_group if dev/iif not specified"),
                error(24, "Rule has no preference specified - setting to 16384. This is probably not what you want."),
                error(25, "track_group nosuch not found"),
                error(16, "Unknown rule option track_group"));
    }

    @Test
    void aValueMissingAtTheEndOfTheLineStopsKeepalived() {
        assertThatThrownBy(() -> f.rule(2, "from 10.0.0.0/8 table")).isInstanceOf(ConfigAbort.class);
        assertThatThrownBy(() -> f.rule(41, "from all table 5 priority")).isInstanceOf(ConfigAbort.class);

        assertThat(f.reports()).containsExactly(
                missing(2, "*** Configuration line starting `from` is missing a parameter after keyword `table` at word position 4"),
                missing(41, "*** Configuration line starting `from` is missing a parameter after keyword `priority` at word position 6"));
    }

    @Test
    void theStaticFacadeReadsOneLine() {
        assertThat(NetSyntax.rule(NetFixture.line(1, "from all table 5 priority 9"), NetSyntax.Origin.STATIC, f.ctx)
                .orElseThrow().preference()).isEqualTo(9);
    }
}
