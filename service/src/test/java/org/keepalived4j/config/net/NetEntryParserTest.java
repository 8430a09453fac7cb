package org.keepalived4j.config.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.config.net.NetFixture.error;

import org.junit.jupiter.api.Test;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.ParseContext;

class NetEntryParserTest {

    @Test
    void rulesWithoutPreferenceCountDownPerFamilyAcrossBlocks() {
        NetFixture f = new NetFixture();

        RuleEntry first = f.rule(32, "to 10.0.0.0/8 table 100").orElseThrow();
        RuleEntry second = f.vrule(33, "to 10.1.0.0/16 table 100").orElseThrow();
        RuleEntry v6 = f.rule(34, "to 2001:db8::/32 table 100").orElseThrow();
        RuleEntry given = f.rule(35, "to 10.2.0.0/16 table 100 priority 50").orElseThrow();
        f.rule(36, "to 10.3.0.0/16");
        RuleEntry third = f.rule(37, "to 10.4.0.0/16 table 100").orElseThrow();

        assertThat(first.preference()).isEqualTo(16384);
        assertThat(first.preferenceAssigned()).isTrue();
        assertThat(second.preference()).isEqualTo(16383);
        assertThat(v6.preference()).isEqualTo(16384);
        assertThat(given.preferenceAssigned()).isFalse();
        // a dropped rule uses no number
        assertThat(third.preference()).isEqualTo(16382);
        assertThat(f.reports()).containsExactly(
                error(32, "Rule has no preference specified - setting to 16384. This is probably not what you want."),
                error(33, "Rule has no preference specified - setting to 16383. This is probably not what you want."),
                error(34, "Rule has no preference specified - setting to 16384. This is probably not what you want."),
                error(36, "No action specified for rule - ignoring"),
                error(37, "Rule has no preference specified - setting to 16382. This is probably not what you want."));
    }

    @Test
    void theStaticFacadeStartsEachLineAfresh() {
        Diagnostics d = new Diagnostics();
        ParseContext ctx = new ParseContext(d, FakeHost.bare().links("eth0"));

        NetSyntax.rule(NetFixture.line(1, "from all table 5"), NetSyntax.Origin.STATIC, ctx);
        NetSyntax.rule(NetFixture.line(2, "from all table 5"), NetSyntax.Origin.STATIC, ctx);

        assertThat(d.all()).extracting(x -> x.message()).containsOnly(
                "Rule has no preference specified - setting to 16384. This is probably not what you want.");
    }

    @Test
    void missingInterfacesAreRememberedForTheClosingReport() {
        NetFixture f = new NetFixture();

        f.address(1, "10.0.0.1 dev eth0");
        f.route(2, "10.0.0.0/8 dev eth1");
        f.rule(3, "from all table 5 iif lo priority 1");
        assertThat(f.parser.namedMissingInterface()).isFalse();

        f.route(4, "10.1.0.0/16 nexthop dev eth7");
        assertThat(f.parser.namedMissingInterface()).isTrue();
    }

    @Test
    void theSampleRouteFileReadsAsKeepalivedReadsIt() {
        // keepalived.conf.vrrp.routes from keepalived's samples, on a host with eth0 and eth1 only
        NetFixture f = new NetFixture();

        f.route(7, "src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0");
        f.route(8, "192.168.210.0/24 via 192.168.200.254 dev eth0");
        f.route(9, "192.168.211.0/24 via 192.168.200.254 dev eth0");
        f.route(10, "192.168.212.0/24 dev eth3 scope site");
        f.route(11, "192.168.213.0/24 dev eth1 scope link");
        f.vip(21, "192.168.200.16");
        f.vip(22, "192.168.200.17 dev eth1");
        f.vip(23, "192.168.200.18 dev eth2");
        f.vroute(26, "src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev eth1");
        f.vroute(27, "192.168.110.0/24 via 192.168.200.254 dev eth1");
        f.vroute(28, "192.168.111.0/24 dev eth2");
        f.vroute(29, "192.168.112.0/24 via 192.168.100.254");
        f.vroute(30, "192.168.113.0/24 via 192.168.100.252 or 192.168.100.253");
        f.vroute(31, "blackhole 192.168.113.1/32");
        f.vroute(32, "0.0.0.0/0 gw 192.168.0.1 table 100");

        assertThat(f.printed()).containsExactly(
                "(keepalived.conf: Line 10) WARNING - interface eth3 for VROUTE nexthop doesn't exist",
                "(keepalived.conf: Line 23) WARNING - interface eth2 for ip address 192.168.200.18 doesn't exist",
                "(keepalived.conf: Line 28) WARNING - interface eth2 for VROUTE nexthop doesn't exist",
                "(keepalived.conf: Line 29) Warning - cannot track route 192.168.112.0/24 with no interface specified, not tracking",
                "(keepalived.conf: Line 30) \"or\" for routes is deprecated. Please use \"nexthop\"",
                "(keepalived.conf: Line 30) Warning - cannot track route 192.168.113.0/24 with no interface specified, not tracking",
                "(keepalived.conf: Line 31) Warning - cannot track route 192.168.113.1/32 with no interface specified, not tracking",
                "(keepalived.conf: Line 32) \"gw\" for routes is deprecated. Please use \"via\"",
                "(keepalived.conf: Line 32) Warning - cannot track route 0.0.0.0/0 with no interface specified, not tracking");
        assertThat(f.parser.namedMissingInterface()).isTrue();
        assertThat(f.diagnostics.configTestExitCode()).isEqualTo(5);
    }
}
