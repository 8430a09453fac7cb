package org.keepalived4j.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigLoader;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.config.text.InMemoryConfigFiles;
import org.keepalived4j.config.vrrp.InstanceAddresses;
import org.keepalived4j.linux.Route;
import org.keepalived4j.linux.Rule;

/** virtual_routes / virtual_rules as the kernel gets them, and what this build refuses to half-install. */
class KernelRoutingTest {

    private static final String MAIN = "/etc/keepalived/keepalived.conf";

    private static InstanceAddresses addresses(String routes, String rules) {
        String text = "vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n"
                + "    virtual_ipaddress {\n        10.9.9.100/24\n    }\n"
                + "    virtual_routes {\n" + routes + "    }\n"
                + "    virtual_rules {\n" + rules + "    }\n}\n";
        ConfigLoader.Result r = ConfigLoader.load(MAIN, "lb1",
                new InMemoryConfigFiles("/etc/keepalived").file(MAIN, text), FakeHost.withEth0AndEth1());
        KeepalivedConfig c = r.config();
        return c.vrrp().instance("VI_1").orElseThrow().addresses();
    }

    private static OptionalInt eth0(String name) {
        return name.equals("eth0") ? OptionalInt.of(2) : OptionalInt.empty();
    }

    private static IpAddress ip(String s) {
        return IpAddress.parse(s).orElseThrow();
    }

    @Test
    void aGatewayRouteInATableWithAMetric() {
        InstanceAddresses a = addresses("        10.20.0.0/16 via 10.9.9.254 dev eth0 metric 5 table 100\n", "");
        Route r = KernelRouting.route(a.routes().get(0), KernelRoutingTest::eth0).value().orElseThrow();
        assertThat(r.destination()).isEqualTo(ip("10.20.0.0"));
        assertThat(r.prefixLength()).isEqualTo(16);
        assertThat(r.gateway()).contains(ip("10.9.9.254"));
        assertThat(r.outputInterface()).isEqualTo(2);
        assertThat(r.table()).isEqualTo(100);
        assertThat(r.metric()).hasValue(5);
        assertThat(r.scope()).isEqualTo(Route.SCOPE_UNIVERSE);
    }

    @Test
    void aDirectlyConnectedRouteHasLinkScopeAndABlackholeItsType() {
        InstanceAddresses a = addresses("        10.30.0.0/24 dev eth0 src 10.9.9.100\n"
                + "        blackhole 10.40.0.0/24\n", "");
        Route direct = KernelRouting.route(a.routes().get(0), KernelRoutingTest::eth0).value().orElseThrow();
        assertThat(direct.scope()).isEqualTo(Route.SCOPE_LINK);
        assertThat(direct.preferredSource()).contains(ip("10.9.9.100"));
        Route hole = KernelRouting.route(a.routes().get(1), KernelRoutingTest::eth0).value().orElseThrow();
        assertThat(hole.type()).isEqualTo(Route.TYPE_BLACKHOLE);
    }

    @Test
    void featuresBeyondPlainRoutesAreRefusedByNameNotHalfInstalled() {
        InstanceAddresses a = addresses("        10.50.0.0/24 via 10.9.9.254 mtu 1400\n"
                + "        10.60.0.0/24 nexthop via 10.9.9.253 nexthop via 10.9.9.254\n", "");
        assertThat(KernelRouting.route(a.routes().get(0), KernelRoutingTest::eth0).refusal())
                .contains("route metrics").contains("not yet supported");
        assertThat(KernelRouting.route(a.routes().get(1), KernelRoutingTest::eth0).refusal()).contains("nexthop");
    }

    @Test
    void aRouteOnAMissingInterfaceSaysSo() {
        InstanceAddresses a = addresses("        10.20.0.0/16 via 10.9.9.254 dev eth1\n", "");
        assertThat(KernelRouting.route(a.routes().get(0), KernelRoutingTest::eth0).refusal())
                .isEqualTo("interface eth1 does not exist");
    }

    @Test
    void rulesFromToTablePriorityAndFwmark() {
        InstanceAddresses a = addresses("", "        from 10.9.9.100/32 table 100 priority 200\n"
                + "        to 10.70.0.0/16 fwmark 0x10/0xff table 101 priority 201\n");
        Rule from = KernelRouting.rule(a.rules().get(0)).value().orElseThrow();
        assertThat(from.from()).contains(new Rule.Prefix(ip("10.9.9.100"), 32));
        assertThat(from.table()).isEqualTo(100);
        assertThat(from.priority()).hasValue(200);
        Rule to = KernelRouting.rule(a.rules().get(1)).value().orElseThrow();
        assertThat(to.to()).contains(new Rule.Prefix(ip("10.70.0.0"), 16));
        assertThat(to.fwmark()).hasValue(0x10);
        assertThat(to.fwmask()).hasValue(0xff);
    }

    @Test
    void ruleActionsOtherThanATableLookupAreRefused() {
        InstanceAddresses a = addresses("", "        from 10.9.9.0/24 blackhole priority 300\n");
        assertThat(KernelRouting.rule(a.rules().get(0)).refusal()).contains("action blackhole");
    }
}
