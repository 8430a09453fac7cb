package org.keepalived4j.config.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keepalived4j.config.net.NetFixture.error;
import static org.keepalived4j.config.net.NetFixture.ip;
import static org.keepalived4j.config.net.NetFixture.missing;
import static org.keepalived4j.config.net.NetFixture.notice;
import static org.keepalived4j.config.net.NetFixture.number;
import static org.keepalived4j.config.net.NetFixture.prefix;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.keepalived4j.config.ConfigAbort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keepalived4j.config.IpAddress.Family;
import org.keepalived4j.config.IpPrefix;

class RouteSyntaxTest {

    private final NetFixture f = new NetFixture();

    @Test
    void aPlainRouteIsTrackedUnderKeepalivedsProtocol() {
        RouteEntry r = f.route(5, "192.168.210.0/24 via 192.168.200.254 dev eth0").orElseThrow();

        assertThat(r.family()).isEqualTo(Family.INET);
        assertThat(r.destination()).isEqualTo(prefix("192.168.210.0/24"));
        assertThat(r.via()).contains(ip("192.168.200.254"));
        assertThat(r.device()).contains("eth0");
        assertThat(r.type()).isEqualTo(RouteType.UNICAST);
        assertThat(r.table()).isEqualTo(RouteEntry.MAIN_TABLE);
        assertThat(r.protocol()).isEqualTo(RouteProtocol.KEEPALIVED);
        assertThat(r.scope()).isEmpty();
        assertThat(r.metric()).isEmpty();
        assertThat(r.mode()).isEqualTo(RouteAddMode.PREPEND);
        assertThat(r.metrics()).isEqualTo(RouteMetrics.NONE);
        assertThat(r.nexthops()).isEmpty();
        assertThat(r.tracked()).isTrue();
        assertThat(r.pos().line()).isEqualTo(5);
        assertThat(f.all()).isEmpty();
    }

    @Test
    void aRouteWithoutDevCannotBeTracked() {
        RouteEntry r = f.route(6, "10.2.0.0/16 via 10.0.0.1").orElseThrow();

        assertThat(r.tracked()).isFalse();
        assertThat(r.protocol()).isEqualTo(RouteProtocol.KEEPALIVED);
        assertThat(f.reports()).containsExactly(
                error(6, "Warning - cannot track route 10.2.0.0/16 with no interface specified, not tracking"));
    }

    @Test
    void everyAttributeIsRead() {
        RouteEntry r = f.route(11, "src 10.0.0.5 to 10.7.0.0/16 via 10.0.0.1 dev eth0 table 100 metric 5 tos 0x10 "
                + "protocol keepalived scope link realms 1/2 onlink append no_track").orElseThrow();

        assertThat(r.preferredSource()).contains(ip("10.0.0.5"));
        assertThat(r.destination()).isEqualTo(prefix("10.7.0.0/16"));
        assertThat(r.table()).isEqualTo(100);
        assertThat(r.metric()).hasValue(5);
        assertThat(r.tos()).hasValue(16);
        assertThat(r.protocol()).isEqualTo(RouteProtocol.KEEPALIVED);
        assertThat(r.scope()).contains(RouteScope.LINK);
        assertThat(r.realms()).hasValue(1 << 16 | 2);
        assertThat(r.onlink()).isTrue();
        assertThat(r.mode()).isEqualTo(RouteAddMode.APPEND);
        assertThat(r.tracked()).isFalse();
        assertThat(f.all()).isEmpty();
    }

    @Test
    void namesComeFromTheRoutingNameFiles() {
        RouteEntry r = f.route(17, "10.15.0.0/16 dev eth0 table vip protocol bgp scope host tos AF11 "
                + "realms cosmos/customers no_track").orElseThrow();

        assertThat(r.table()).isEqualTo(100);
        assertThat(r.protocol()).isEqualTo(new RouteProtocol(186));
        assertThat(r.scope()).contains(RouteScope.HOST);
        assertThat(r.tos()).hasValue(0x28);
        assertThat(r.realms()).hasValue(7);
        assertThat(f.all()).isEmpty();
    }

    @Test
    void numbersAreCNumbersAndTablesWrapAt32Bits() {
        RouteEntry hex = f.route(24, "10.17.0.0/16 dev eth0 table 0x10 protocol 0x12 scope 253").orElseThrow();
        RouteEntry minusOne = f.route(25, "10.13.0.0/16 dev eth0 table -1").orElseThrow();
        RouteEntry wrapped = f.route(26, "10.14.0.0/16 dev eth0 table 4294967296").orElseThrow();

        assertThat(hex.table()).isEqualTo(16);
        assertThat(hex.scope()).contains(RouteScope.LINK);
        assertThat(minusOne.table()).isEqualTo(0xffffffffL);
        assertThat(wrapped.table()).isZero();
        assertThat(f.all()).isEmpty();
    }

    @Test
    void everyMetricIsReadInTheKernelsUnits() {
        RouteEntry r = f.route(15, "10.11.0.0/16 dev eth0 mtu lock 1400 advmss lock 1000 rtt 3s rttvar 100ms "
                + "rto_min 0.5s reordering lock 3 window 10 cwnd lock 4 ssthresh lock 5 initcwnd 6 initrwnd 7 "
                + "features ecn quickack 1 fastopen_no_cookie 1 congctl lock cubic hoplimit 64").orElseThrow();
        RouteMetrics m = r.metrics();

        assertThat(m.mtu()).hasValue(1400);
        assertThat(m.advmss()).hasValue(1000);
        assertThat(m.rtt()).hasValue(3000 * 8);
        assertThat(m.rttvar()).hasValue(200 * 4);
        assertThat(m.rtoMin()).hasValue(500);
        assertThat(m.reordering()).hasValue(3);
        assertThat(m.window()).hasValue(10);
        assertThat(m.cwnd()).hasValue(4);
        assertThat(m.ssthresh()).hasValue(5);
        assertThat(m.initcwnd()).hasValue(6);
        assertThat(m.initrwnd()).hasValue(7);
        assertThat(m.ecn()).isTrue();
        assertThat(m.quickack()).hasValue(1);
        assertThat(m.fastopenNoCookie()).hasValue(1);
        assertThat(m.congestionControl()).contains("cubic");
        assertThat(m.hoplimit()).hasValue(64);
        assertThat(m.locked()).containsExactlyInAnyOrder(RouteMetric.MTU, RouteMetric.ADVMSS, RouteMetric.REORDERING,
                RouteMetric.CWND, RouteMetric.SSTHRESH, RouteMetric.CONGESTION_CONTROL);
        assertThat(m.lockBits()).isEqualTo(1 << 2 | 1 << 8 | 1 << 9 | 1 << 7 | 1 << 6 | 1 << 16);
        assertThat(f.reports()).containsExactly(notice(15, "rtt value 100ms below minimum 200ms, resetting"));
    }

    @ParameterizedTest
    @CsvSource({
        "rtt 1600, 1600",
        "rtt 5S, 40000",
        "rtt 5secs, 40000",
        "rtt 5msec, 1600",
        "rtt 1.2345s, 9880",
        "rttvar 5, 800",
        "rtt 200s, 960000",
        "rto_min 1.5ms, 200"
    })
    void rttValuesAreConvertedAndClamped(String option, long expected) {
        RouteEntry r = f.route(1, "10.0.0.0/8 dev eth0 " + option).orElseThrow();

        long got = option.startsWith("rttvar") ? r.metrics().rttvar().getAsLong()
                : option.startsWith("rto_min") ? r.metrics().rtoMin().getAsLong() : r.metrics().rtt().getAsLong();
        assertThat(got).isEqualTo(expected);
        assertThat(f.diagnostics.counted()).allMatch(d -> d.message().contains("decimal places"));
    }

    @Test
    void rttClampingIsOnlyLogged() {
        f.route(36, "10.29.0.0/16 dev eth0 rtt 200 rtt 50ms rtt 200s");

        assertThat(f.reports()).containsExactly(
                notice(36, "rtt value 200 below minimum 200ms, resetting"),
                notice(36, "rtt value 50ms below minimum 200ms, resetting"),
                notice(36, "rtt value 200s exceeds maximum 120s, resetting"));
        assertThat(f.diagnostics.configTestExitCode()).isZero();
    }

    @Test
    void badRttValuesDropTheRoute() {
        assertThat(f.route(2, "10.1.0.0/16 dev eth0 rtt 2000000")).isEmpty();
        assertThat(f.route(3, "10.2.0.0/16 dev eth0 rtt 2000s")).isEmpty();
        assertThat(f.route(6, "10.5.0.0/16 dev eth0 rtt 10x")).isEmpty();
        assertThat(f.route(7, "10.6.0.0/16 dev eth0 rtt -5")).isEmpty();
        assertThat(f.route(8, "10.7.0.0/16 dev eth0 rtt 5ks")).isEmpty();
        assertThat(f.route(35, "10.28.0.0/16 dev eth0 rtt 1e3")).isEmpty();
        assertThat(f.route(40, "10.29.0.0/16 dev eth0 rto_min 5x")).isEmpty();

        assertThat(f.reports()).containsExactly(
                number(2, "number '2000000' outside range [0., 960000.]"),
                error(2, "Invalid rtt 2000000 for route"),
                number(3, "number '2000' outside range [0.000, 960.000]"),
                error(3, "Invalid rtt 2000s for route"),
                number(6, "invalid number '10x'"),
                error(6, "Invalid rtt 10x for route"),
                number(7, "negative number '-5'"),
                error(7, "Invalid rtt -5 for route"),
                number(8, "invalid number '5k'"),
                error(8, "Invalid rtt 5ks for route"),
                notice(35, "rtt value exponential form 1e3 no longer supported"),
                error(35, "Invalid rtt 1e3 for route"),
                number(40, "invalid number '5x'"),
                error(40, "Invalid rto_min value 5x specified for route"));
    }

    @Test
    void ipv6OnlyAttributes() {
        RouteEntry r = f.route(16, "2001:db8::/32 dev eth0 pref high expires 100 from 2001:db9::/32").orElseThrow();
        RouteEntry low = f.route(17, "2001:db8:1::/48 dev eth0 pref low").orElseThrow();
        RouteEntry number = f.route(18, "2001:db8:2::/48 dev eth0 pref 7").orElseThrow();

        assertThat(r.family()).isEqualTo(Family.INET6);
        assertThat(r.pref()).hasValue(1);
        assertThat(r.expires()).hasValue(100);
        assertThat(r.source()).contains(prefix("2001:db9::/32"));
        assertThat(low.pref()).hasValue(3);
        assertThat(number.pref()).hasValue(7);
        assertThat(f.all()).isEmpty();
    }

    @Test
    void ipv6OnlyAttributesOnIpv4RoutesDropThem() {
        assertThat(f.route(17, "10.12.0.0/16 dev eth0 pref high")).isEmpty();
        assertThat(f.route(11, "10.6.0.0/16 dev eth0 expires 10")).isEmpty();
        assertThat(f.route(18, "10.13.0.0/16 dev eth0 from 10.0.0.0/8")).isEmpty();
        assertThat(f.route(38, "2001:db8:4::/48 dev eth0 from all")).isEmpty();
        assertThat(f.route(13, "2001:db8:5::/48 dev eth0 realms 1")).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(17, "pref is only valid for IPv6"),
                error(11, "expires is only valid for IPv6"),
                error(18, "route from address only supported with IPv6 (10.0.0.0/8)"),
                error(38, "route from address only supported with IPv6 (all)"),
                error(13, "realms are only valid for IPv4"));
    }

    @ParameterizedTest
    @CsvSource({
        "blackhole 10.4.0.0/16, 6",
        "unreachable 10.6.0.0/16, 7",
        "prohibit 10.6.0.0/16, 8",
        "throw 10.6.0.0/16, 9",
        "local 10.31.0.0/16, 2",
        "brd 10.31.0.0/16, 3",
        "5 10.32.0.0/16, 5"
    })
    void aRouteTypeComesBeforeTheDestination(String text, int type) {
        RouteEntry r = f.route(1, text + " dev eth0").orElseThrow();

        assertThat(r.type()).isEqualTo(new RouteType(type));
        assertThat(f.all()).isEmpty();
    }

    @Test
    void afterToNoTypeIsRecognised() {
        assertThat(f.route(9, "to blackhole 10.5.0.0/16")).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(9, "VRRP parsed invalid IP blackhole. skipping IP..."),
                error(9, "unknown route keyword blackhole"));
    }

    @Test
    void defaultDestinationsTakeTheRoutesFamily() {
        RouteEntry v4 = f.route(31, "default via 10.0.0.1 dev eth0").orElseThrow();
        RouteEntry v6 = f.route(33, "any dev eth0 inet6").orElseThrow();
        RouteEntry all = f.route(34, "all dev eth0").orElseThrow();
        RouteEntry legacy = f.route(39, "default6 dev eth0").orElseThrow();

        assertThat(v4.destination()).isEqualTo(prefix("0.0.0.0/0"));
        assertThat(v6.destination()).isEqualTo(prefix("::/0"));
        assertThat(v6.family()).isEqualTo(Family.INET6);
        assertThat(all.destination()).isEqualTo(prefix("0.0.0.0/0"));
        assertThat(legacy.destination()).isEqualTo(prefix("::/0"));
        assertThat(f.reports()).containsExactly(
                notice(39, "'default6' is deprecated - please replace with 'inet6 default'"));
    }

    @Test
    void familyClashesDropTheRoute() {
        assertThat(f.route(32, "via 10.0.0.1 default dev eth0")).isEmpty();
        assertThat(f.route(35, "10.24.0.0/16 dev eth0 to 2001::/16")).isEmpty();
        assertThat(f.route(31, "10.24.0.0/16 via fe80::1 dev eth0")).isEmpty();
        assertThat(f.route(14, "10.8.0.0/16 via inet6 fe80::1 dev eth0")).isEmpty();
        assertThat(f.route(12, "10.12.0.0/16 dev eth0 src 2001:db8::1")).isEmpty();
        assertThat(f.route(17, "2001:db8:7::/48 inet dev eth0")).isEmpty();
        assertThat(f.route(41, "10.28.0.0/16 dev eth0 realms 1 inet6")).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(32, "Cannot mix IPv4 and IPv6 addresses for route (default)"),
                error(35, "Cannot mix IPv4 and IPv6 addresses for route (2001::/16)"),
                error(31, "Cannot mix IPv4 and IPv6 addresses for route"),
                error(14, "Cannot mix IPv4 and IPv6 addresses for route"),
                error(12, "Cannot mix IPv4 and IPv6 addresses for route"),
                error(17, "inet specified for IPv6 route"),
                error(41, "inet6 specified for IPv4 route"));
    }

    @Test
    void theWordAfterInetOrInet6IsSkipped() {
        // keepalived 2.2.7 steps over the family keyword twice, so the destination is lost
        assertThat(f.route(28, "inet6 default via fe80::1 dev eth0")).isEmpty();
        RouteEntry doubled = f.route(43, "inet inet 10.30.0.0/16 dev eth0").orElseThrow();

        assertThat(doubled.destination()).isEqualTo(prefix("10.30.0.0/16"));
        assertThat(f.reports()).containsExactly(error(28, "Route must have a destination"));
    }

    @Test
    void viaMayNameItsFamily() {
        RouteEntry r = f.route(1, "10.10.0.0/16 dev eth0 via inet 10.0.0.1 dsfield 0x10 priority 3 preference 4 oif eth1")
                .orElseThrow();

        assertThat(r.via()).contains(ip("10.0.0.1"));
        assertThat(r.metric()).hasValue(4);
        assertThat(r.tos()).hasValue(16);
        assertThat(r.device()).contains("eth1");
    }

    @Test
    void badValuesDropTheRoute() {
        assertThat(f.route(12, "10.8.0.0/16 dev eth0 table nosuch")).isEmpty();
        assertThat(f.route(13, "10.9.0.0/16 dev eth0 protocol 300")).isEmpty();
        assertThat(f.route(14, "10.10.0.0/16 dev eth0 metric x")).isEmpty();
        assertThat(f.route(26, "10.18.0.0/16 dev eth0 scope nosuch")).isEmpty();
        assertThat(f.route(27, "10.19.0.0/16 dev eth0 tos nosuch")).isEmpty();
        assertThat(f.route(28, "10.20.0.0/16 dev eth0 realms nosuch")).isEmpty();
        assertThat(f.route(29, "10.21.0.0/16 dev eth0 mtu x")).isEmpty();
        assertThat(f.route(30, "10.22.0.0/16 dev eth0 hoplimit 256")).isEmpty();
        assertThat(f.route(33, "2001:db8:9::/48 dev eth0 pref bogus")).isEmpty();
        assertThat(f.route(37, "10.30.0.0/16 dev eth0 quickack 2")).isEmpty();
        assertThat(f.route(44, "10.31.0.0/16 dev eth0 metric 4294967296")).isEmpty();
        assertThat(f.route(45, "10.32.0.0/16 dev eth0 metric -1")).isEmpty();
        assertThat(f.route(21, "10.13.0.0/16 dev eth0 via 10.0.0.1/24")).isEmpty();
        assertThat(f.route(22, "10.14.0.0/16 dev eth0 src x")).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(12, "Routing table nosuch not found for route"),
                error(13, "Protocol 300 not found or invalid for route"),
                number(14, "invalid number 'x'"),
                error(14, "Invalid metric x specified for route"),
                error(26, "Scope nosuch not found or invalid for route"),
                error(27, "TOS value nosuch is invalid"),
                error(28, "Invalid realms nosuch for route"),
                number(29, "invalid number 'x'"),
                error(29, "Invalid MTU x specified for route"),
                number(30, "number '256' outside range [0, 255]"),
                error(30, "Invalid hoplimit 256 specified for route"),
                number(33, "invalid number 'bogus'"),
                error(33, "Invalid pref value bogus specified for route"),
                number(37, "number '2' outside range [0, 1]"),
                error(37, "Invalid quickack value 2 specified for route"),
                number(44, "number '4294967296' outside unsigned integer range"),
                error(44, "Invalid metric 4294967296 specified for route"),
                number(45, "negative number '-1'"),
                error(45, "Invalid metric -1 specified for route"),
                error(21, "VRRP parsed invalid IP 10.0.0.1/24. skipping IP..."),
                error(21, "invalid route via address 10.0.0.1/24"),
                error(22, "VRRP parsed invalid IP x. skipping IP..."),
                error(22, "invalid route src address x"));
    }

    @Test
    void toleratedProblemsKeepTheRoute() {
        RouteEntry features = f.route(19, "10.14.0.0/16 dev eth0 features foo").orElseThrow();
        RouteEntry as = f.route(2, "10.1.0.0/16 dev eth0 as to 10.9.9.9").orElseThrow();
        RouteEntry ttl = f.route(12, "10.7.0.0/16 dev eth0 ttl-propagate maybe").orElseThrow();
        RouteEntry ttlOn = f.route(13, "10.7.0.0/16 dev eth0 ttl-propagate enabled").orElseThrow();
        RouteEntry protocol = f.route(11, "10.7.0.0/16 dev eth0 protocol bird").orElseThrow();

        assertThat(features.metrics().ecn()).isFalse();
        assertThat(as.destination()).isEqualTo(prefix("10.1.0.0/16"));
        assertThat(ttl.ttlPropagate()).contains(false);
        assertThat(ttlOn.ttlPropagate()).contains(true);
        assertThat(protocol.protocol()).isEqualTo(RouteProtocol.KEEPALIVED);
        assertThat(f.reports()).containsExactly(
                error(19, "feature foo not supported"),
                error(2, "\"as to\" for MPLS only - ignoring"),
                error(12, "ttl-propagate value maybe not recognised"),
                error(11, "Route cannot be tracked if protocol is not RTPROT_KEEPALIVED(18), resetting protocol"));
    }

    @Test
    void anUntrackedRouteKeepsItsProtocol() {
        assertThat(f.route(1, "10.0.0.0/8 dev eth0 protocol static no_track").orElseThrow().protocol())
                .isEqualTo(RouteProtocol.STATIC);
        assertThat(f.all()).isEmpty();
    }

    @Test
    void aMissingInterfaceDropsTheRoute() {
        assertThat(f.route(11, "192.168.212.0/24 dev eth3 scope site")).isEmpty();

        assertThat(f.reports()).containsExactly(error(11, "WARNING - interface eth3 for VROUTE nexthop doesn't exist"));
        assertThat(f.parser.namedMissingInterface()).isTrue();
    }

    @Test
    void aVrfMustExistButIsNeverAwaited() {
        NetFixture dynamic = new NetFixture(true, name -> true);

        assertThat(dynamic.route(26, "10.21.0.0/16 dev eth0 vrf foo")).isEmpty();
        assertThat(dynamic.route(27, "10.21.0.0/16 dev eth0 vrf eth1").orElseThrow().vrf()).contains("eth1");
        assertThat(dynamic.reports()).containsExactly(error(26, "VRF foo not found for route"));
        assertThat(dynamic.parser.namedMissingInterface()).isFalse();
    }

    @Test
    void aRouteNeedsADestination() {
        assertThat(f.route(34, "dev eth0")).isEmpty();

        assertThat(f.reports()).containsExactly(error(34, "Route must have a destination"));
    }

    @Test
    void aLaterDestinationReplacesAnEarlierOne() {
        assertThat(f.route(32, "10.25.0.0/16 dev eth0 10.26.0.0/16").orElseThrow().destination())
                .isEqualTo(prefix("10.26.0.0/16"));
        assertThat(f.all()).isEmpty();
    }

    @Test
    void addAndPrependChooseTheNetlinkFlags() {
        assertThat(f.route(1, "10.0.0.0/8 dev eth0 append prepend").orElseThrow().mode()).isEqualTo(RouteAddMode.PREPEND);
        assertThat(f.route(2, "10.0.0.0/8 dev eth0 add").orElseThrow().mode()).isEqualTo(RouteAddMode.ADD);
    }

    @Test
    void ecmpNexthops() {
        RouteEntry r = f.route(21, "10.16.0.0/16 nexthop via 10.0.0.1 dev eth0 weight 2 nexthop via 10.0.0.2 "
                + "dev eth1 weight 256 onlink realms 5").orElseThrow();

        assertThat(r.nexthops()).containsExactly(
                new Nexthop(Optional.of(ip("10.0.0.1")), Optional.of("eth0"), OptionalInt.of(2), false,
                        OptionalLong.empty(), Optional.empty()),
                new Nexthop(Optional.of(ip("10.0.0.2")), Optional.of("eth1"), OptionalInt.of(256), true,
                        OptionalLong.of(5), Optional.empty()));
        assertThat(r.tracked()).isFalse();
        assertThat(f.reports()).containsExactly(
                error(21, "Warning - cannot track route 10.16.0.0/16 with no interface specified, not tracking"));
    }

    @Test
    void aBadNexthopEndsTheNexthopsButKeepsTheRoute() {
        RouteEntry dev = f.route(22, "10.17.0.0/16 dev eth0 nexthop via 10.0.0.1 nexthop via 10.0.0.2 dev eth9").orElseThrow();
        RouteEntry zero = f.route(38, "10.31.0.0/16 dev eth0 nexthop via 10.0.0.1 weight 0").orElseThrow();
        RouteEntry big = f.route(39, "10.32.0.0/16 dev eth0 nexthop via 10.0.0.1 weight 257").orElseThrow();
        RouteEntry family = f.route(23, "10.16.0.0/16 dev eth0 nexthop via 2001::1").orElseThrow();
        RouteEntry inet6 = f.route(24, "10.17.0.0/16 dev eth0 nexthop via inet6 fe80::1").orElseThrow();
        RouteEntry realms = f.route(25, "2001:db8:3::/48 dev eth0 nexthop dev eth0 realms 1").orElseThrow();
        RouteEntry as = f.route(26, "10.25.0.0/16 dev eth0 nexthop dev eth0 nexthop via 10.0.0.1 as to 1.1.1.1").orElseThrow();
        RouteEntry address = f.route(27, "10.19.0.0/16 dev eth0 nexthop via 10.0.0.x").orElseThrow();
        RouteEntry badRealms = f.route(28, "10.19.0.0/16 dev eth0 nexthop realms x").orElseThrow();

        assertThat(dev.nexthops()).extracting(Nexthop::via).containsExactly(Optional.of(ip("10.0.0.1")));
        assertThat(zero.nexthops()).isEmpty();
        assertThat(big.nexthops()).isEmpty();
        assertThat(family.nexthops()).isEmpty();
        assertThat(inet6.nexthops()).isEmpty();
        assertThat(realms.nexthops()).isEmpty();
        assertThat(as.nexthops()).extracting(Nexthop::device).containsExactly(Optional.of("eth0"));
        assertThat(address.nexthops()).isEmpty();
        assertThat(badRealms.nexthops()).isEmpty();
        assertThat(f.reports()).containsExactly(
                error(22, "WARNING - interface eth9 for VROUTE nexthop doesn't exist"),
                error(38, "Invalid weight 0 specified for route"),
                number(39, "number '257' outside range [0, 256]"),
                error(39, "Invalid weight 257 specified for route"),
                error(23, "Address family mismatch for next hop"),
                error(24, "IPv4/6 mismatch for nexthop"),
                error(25, "realms are only supported for IPv4"),
                error(26, "'as [to]' (nat) not supported"),
                error(27, "VRRP parsed invalid IP 10.0.0.x. skipping IP..."),
                error(27, "invalid nexthop address 10.0.0.x"),
                error(28, "Invalid realms x for route"));
    }

    @Test
    void trailingWordsAfterNexthopsAreReportedButTheRouteKept() {
        RouteEntry r = f.route(40, "10.33.0.0/16 dev eth0 nexthop via 10.0.0.1 bogus").orElseThrow();

        assertThat(r.nexthops()).hasSize(1);
        assertThat(f.reports()).containsExactly(error(40, "Route has trailing nonsense after nexthops - bogus"));
    }

    @Test
    void emptyNexthopsAreKept() {
        assertThat(f.route(27, "10.20.0.0/16 dev eth0 nexthop nexthop dev eth1").orElseThrow().nexthops())
                .extracting(Nexthop::device).containsExactly(Optional.empty(), Optional.of("eth1"));
    }

    @Test
    void theDeprecatedOrFormMakesTwoNexthops() {
        RouteEntry r = f.route(30, "192.168.113.0/24 via 192.168.100.252 dev eth0 or 192.168.100.253").orElseThrow();
        RouteEntry again = f.route(37, "10.27.0.0/16 via 10.0.0.1 dev eth0 or 10.0.0.2 or 10.0.0.3").orElseThrow();

        assertThat(r.via()).isEmpty();
        assertThat(r.nexthops()).extracting(Nexthop::via)
                .containsExactly(Optional.of(ip("192.168.100.252")), Optional.of(ip("192.168.100.253")));
        assertThat(again.nexthops()).hasSize(2);
        assertThat(f.reports()).containsExactly(
                error(30, "\"or\" for routes is deprecated. Please use \"nexthop\""),
                error(37, "\"or\" for routes is deprecated. Please use \"nexthop\""),
                error(37, "\"or\" for routes is deprecated. Please use \"nexthop\""),
                error(37, "\"or\" route already specified - ignoring subsequent"));
    }

    @Test
    void orCannotBeFollowedByNexthopsNorABadAddress() {
        assertThat(f.route(38, "10.28.0.0/16 via 10.0.0.1 dev eth0 or 10.0.0.2 nexthop via 10.0.0.3")).isEmpty();
        assertThat(f.route(29, "10.22.0.0/16 via 10.0.0.1 or bad")).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(38, "\"or\" for routes is deprecated. Please use \"nexthop\""),
                error(38, "Cannot specify nexthops with \"or\" route"),
                error(38, "Route has trailing nonsense - nexthop"),
                error(29, "\"or\" for routes is deprecated. Please use \"nexthop\""),
                error(29, "VRRP parsed invalid IP bad. skipping IP..."),
                error(29, "Invalid \"or\" address bad"));
    }

    @Test
    void gwIsADeprecatedVia() {
        RouteEntry r = f.route(32, "0.0.0.0/0 gw 192.168.0.1 table 100").orElseThrow();

        assertThat(r.via()).contains(ip("192.168.0.1"));
        assertThat(f.reports()).containsExactly(
                error(32, "\"gw\" for routes is deprecated. Please use \"via\""),
                error(32, "Warning - cannot track route 0.0.0.0/0 with no interface specified, not tracking"));
    }

    @Test
    void encapsulations() {
        RouteEntry mpls = f.route(1, "10.19.0.0/16 dev eth0 encap mpls 100/200 via 10.0.0.1").orElseThrow();
        RouteEntry ip = f.route(2, "10.20.0.0/16 dev eth0 encap ip id 5 dst 10.0.0.9 src 10.0.0.8 tos 0x10 ttl 3 flags 1")
                .orElseThrow();
        RouteEntry ip6 = f.route(3, "2001:db8:3::/48 dev eth0 encap ip6 id 5 dst 2001:db8::1 tc 0x10 hoplimit 4 flags 1")
                .orElseThrow();
        RouteEntry ila = f.route(4, "2001:db8:1::/48 dev eth0 encap ila 0x1:ffff:0:1").orElseThrow();
        RouteEntry octal = f.route(5, "10.12.0.0/16 dev eth0 encap mpls 0x10/020").orElseThrow();
        RouteEntry hop = f.route(6, "10.18.0.0/16 nexthop dev eth0 encap mpls 5 weight 3").orElseThrow();

        assertThat(mpls.encap()).contains(new Encap.Mpls(List.of(100, 200)));
        assertThat(mpls.via()).contains(ip("10.0.0.1"));
        assertThat(ip.encap()).contains(new Encap.Ip(OptionalLong.of(5), Optional.of(ip("10.0.0.9")),
                Optional.of(ip("10.0.0.8")), OptionalInt.of(16), OptionalInt.of(3), OptionalInt.of(1)));
        assertThat(ip6.encap()).contains(new Encap.Ip6(OptionalLong.of(5), Optional.of(ip("2001:db8::1")),
                Optional.empty(), OptionalInt.of(16), OptionalInt.of(4), OptionalInt.of(1)));
        assertThat(ila.encap()).contains(new Encap.Ila(0x0001_ffff_0000_0001L));
        assertThat(octal.encap()).contains(new Encap.Mpls(List.of(16, 16)));
        assertThat(hop.nexthops()).containsExactly(new Nexthop(Optional.empty(), Optional.of("eth0"), OptionalInt.of(3),
                false, OptionalLong.empty(), Optional.of(new Encap.Mpls(List.of(5)))));
    }

    @Test
    void refusedEncapParametersAreReadAgainAsRouteOptions() {
        assertThat(f.route(7, "10.3.0.0/16 dev eth0 encap ip id 5 foo bar")).isEmpty();
        assertThat(f.route(8, "10.4.0.0/16 dev eth0 encap ip id")).isEmpty();
        assertThat(f.route(11, "10.7.0.0/16 dev eth0 encap ip6 tc nosuch")).isEmpty();
        assertThat(f.route(12, "10.8.0.0/16 dev eth0 encap ip dst 2001:db8::1")).isEmpty();
        assertThat(f.route(14, "10.10.0.0/16 dev eth0 encap ip tos 0x10 id 1 flags 70000")).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(7, "VRRP parsed invalid IP foo. skipping IP..."),
                error(7, "unknown route keyword foo"),
                error(8, "address or id missing for ip encapsulation"),
                error(8, "VRRP parsed invalid IP id. skipping IP..."),
                error(8, "unknown route keyword id"),
                error(11, "tc value tc is invalid for ip6 encapsulation"),
                error(11, "VRRP parsed invalid IP tc. skipping IP..."),
                error(11, "unknown route keyword tc"),
                error(12, "IPv6 address 2001:db8::1 not valid for ip encapsulation"),
                error(12, "VRRP parsed invalid IP dst. skipping IP..."),
                error(12, "unknown route keyword dst"),
                number(14, "number '70000' outside range [0, 65535]"),
                error(14, "flags 70000 is not valid for ip encapsulation"),
                error(14, "VRRP parsed invalid IP flags. skipping IP..."),
                error(14, "unknown route keyword flags"));
    }

    @Test
    void badEncapsulationsKeepTheRouteWithoutThem() {
        RouteEntry mpls = f.route(10, "10.5.0.0/16 dev eth0 encap mpls 1048576").orElseThrow();
        RouteEntry three = f.route(15, "10.11.0.0/16 dev eth0 encap mpls 1/2/3").orElseThrow();
        RouteEntry ila = f.route(5, "2001:db8:2::/48 dev eth0 encap ila 1:2:3").orElseThrow();
        RouteEntry missingAddress = f.route(9, "10.5.0.0/16 dev eth0 encap mpls").orElseThrow();
        RouteEntry missingLocator = f.route(16, "10.6.0.0/16 dev eth0 encap ila").orElseThrow();
        RouteEntry missingType = f.route(13, "10.12.0.0/16 dev eth0 encap").orElseThrow();
        RouteEntry noDst = f.route(17, "10.3.0.0/16 dev eth0 encap ip src 10.0.0.1").orElseThrow();

        assertThat(List.of(mpls, three, ila, missingAddress, missingLocator, missingType, noDst))
                .allMatch(r -> r.encap().isEmpty());
        assertThat(f.reports()).containsExactly(
                error(10, "invalid mpls address 1048576 for encapsulation"),
                error(15, "invalid mpls address 1/2/3 for encapsulation"),
                error(5, "invalid locator 1:2:3 for ila encapsulation"),
                error(9, "missing address for MPLS encapsulation"),
                error(16, "missing locator for ILA encapsulation"),
                error(13, "Missing encap type"),
                error(17, "address or id missing for ip encapsulation"));
    }

    @Test
    void anUnknownEncapTypeSwallowsTheNextWord() {
        // "dev" is taken as the unknown type's parameter, so "eth9" becomes the destination
        assertThat(f.route(12, "10.11.0.0/16 dev eth0 encap foo dev eth9")).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(12, "Unknown encap type - foo"),
                error(12, "VRRP parsed invalid IP eth9. skipping IP..."),
                error(12, "unknown route keyword eth9"));
    }

    @Test
    void aValueMissingAtTheEndOfTheLineStopsKeepalived() {
        assertThatThrownBy(() -> f.route(3, "10.2.0.0/16 via")).isInstanceOf(ConfigAbort.class);
        assertThatThrownBy(() -> f.route(44, "10.33.0.0/16 dev eth0 features")).isInstanceOf(ConfigAbort.class);
        assertThatThrownBy(() -> f.route(46, "10.33.0.0/16 dev eth0 mtu lock")).isInstanceOf(ConfigAbort.class);
        assertThatThrownBy(() -> f.route(47, "10.33.0.0/16 to")).isInstanceOf(ConfigAbort.class);

        assertThat(f.reports()).containsExactly(
                missing(3, "*** Configuration line starting `10.2.0.0/16` is missing a parameter after keyword `via` at word position 3"),
                missing(44, "*** Configuration line starting `10.33.0.0/16` is missing a parameter after keyword `features` at word position 5"),
                missing(46, "*** Configuration line starting `10.33.0.0/16` is missing a parameter after keyword `lock` at word position 6"),
                missing(47, "*** Configuration line starting `10.33.0.0/16` is missing a parameter after keyword `to` at word position 3"));
    }

    @Test
    void trackGroupsOnStaticRoutesOnly() {
        NetFixture only = new NetFixture(false, Predicate.isEqual("G1"));
        RouteEntry grouped = only.route(20, "10.15.0.0/16 dev eth0 track_group G1").orElseThrow();
        Optional<RouteEntry> twice = only.route(5, "10.1.0.0/16 dev eth0 track_group G1 track_group G1");
        RouteEntry noDev = only.route(6, "10.2.0.0/16 track_group G1").orElseThrow();
        RouteEntry unknown = only.route(7, "10.2.0.0/16 dev eth0 track_group G7").orElseThrow();
        Optional<RouteEntry> virtual = only.vroute(13, "10.1.0.0/16 dev eth0 track_group G1");

        assertThat(grouped.trackGroup()).contains("G1");
        assertThat(twice).isEmpty();
        assertThat(noDev.trackGroup()).isEmpty();
        assertThat(unknown.trackGroup()).isEmpty();
        assertThat(virtual).isEmpty();
        assertThat(only.reports()).containsExactly(
                error(5, "track_group G1 is a duplicate"),
                error(5, "Route has trailing nonsense - G1"),
                error(6, "Warning - cannot track route 10.2.0.0/16 with no interface specified, not tracking"),
                error(6, "Static route cannot have track group if no oif specified"),
                error(7, "track_group G7 not found"),
                error(13, "VRRP parsed invalid IP track_group. skipping IP..."),
                error(13, "unknown route keyword track_group"));
    }

    @Test
    void aMalformedDestinationLengthFallsBackToAHostRoute() {
        RouteEntry r = f.route(36, "10.25.0.0/16/3 dev eth0").orElseThrow();

        assertThat(r.destination()).isEqualTo(new IpPrefix(ip("10.25.0.0"), 32, false));
        assertThat(f.reports()).containsExactly(
                number(36, "invalid number '16/3'"),
                error(36, "Invalid address prefix len 16/3 for address 10.25.0.0/16/3 - using 32"));
    }

    @Test
    void theStaticFacadeReadsOneLine() {
        assertThat(NetSyntax.route(NetFixture.line(1, "10.0.0.0/8 dev eth0 table 7"), NetSyntax.Origin.VIRTUAL, f.ctx)
                .orElseThrow().table()).isEqualTo(7);
    }
}
