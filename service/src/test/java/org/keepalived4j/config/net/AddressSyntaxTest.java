package org.keepalived4j.config.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.config.net.NetFixture.error;
import static org.keepalived4j.config.net.NetFixture.ip;
import static org.keepalived4j.config.net.NetFixture.notice;
import static org.keepalived4j.config.net.NetFixture.number;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keepalived4j.config.IpPrefix;

class AddressSyntaxTest {

    private final NetFixture f = new NetFixture();

    @Test
    void aBareAddressIsAHostAddressOnTheInstanceInterface() {
        AddressEntry a = f.vip(3, "192.168.200.16").orElseThrow();

        assertThat(a.local()).isEqualTo(new IpPrefix(ip("192.168.200.16"), 32, false));
        assertThat(a.text()).isEqualTo("192.168.200.16");
        assertThat(a.device()).isEmpty();
        assertThat(a.broadcast()).isEmpty();
        assertThat(a.scope()).isEqualTo(RouteScope.GLOBAL);
        assertThat(a.label()).isEmpty();
        assertThat(a.peer()).isEmpty();
        assertThat(a.flags()).isEmpty();
        assertThat(a.duplicateAddressDetection()).isFalse();
        assertThat(a.preferredLifetime()).isEmpty();
        assertThat(a.tracked()).isTrue();
        assertThat(a.useVmac()).isFalse();
        assertThat(a.trackGroup()).isEmpty();
        assertThat(a.pos().line()).isEqualTo(3);
        assertThat(f.all()).isEmpty();
        assertThat(a.onDevice("eth0").device()).contains("eth0");
    }

    @Test
    void everyIpv4OptionIsRead() {
        AddressEntry a = f.address(4, "10.0.0.2/24 brd 10.0.0.255 dev eth0 scope link label eth0:1 home "
                + "mngtmpaddr noprefixroute autojoin -nodad no_track preferred_lft 300 track_group G1").orElseThrow();

        assertThat(a.local()).isEqualTo(new IpPrefix(ip("10.0.0.2"), 24, true));
        assertThat(a.broadcast()).contains(ip("10.0.0.255"));
        assertThat(a.device()).contains("eth0");
        assertThat(a.scope()).isEqualTo(RouteScope.LINK);
        assertThat(a.label()).contains("eth0:1");
        assertThat(a.flags()).containsExactlyInAnyOrder(AddressFlag.HOME, AddressFlag.MANAGE_TEMP_ADDR,
                AddressFlag.NO_PREFIX_ROUTE, AddressFlag.AUTO_JOIN);
        assertThat(a.duplicateAddressDetection()).isTrue();
        assertThat(a.tracked()).isFalse();
        assertThat(a.preferredLifetime()).hasValue(300);
        assertThat(a.trackGroup()).contains("G1");
        assertThat(f.all()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "10.1.2.3/24 brd +, 10.1.2.255",
        "10.1.2.3/24 broadcast -, 10.1.2.0",
        "10.1.2.3/30 brd +, 10.1.2.3",
        "10.1.2.3/0 brd +, 255.255.255.255",
        "10.1.2.3/8 brd -, 10.0.0.0"
    })
    void brdPlusAndMinusAreComputedFromThePrefix(String text, String broadcast) {
        assertThat(f.address(1, text + " dev eth0").orElseThrow().broadcast()).contains(ip(broadcast));
        assertThat(f.all()).isEmpty();
    }

    @Test
    void aLaterBrdPlusOrMinusWinsOverAnExplicitBroadcast() {
        assertThat(f.address(1, "10.1.2.3/24 brd + brd 10.9.9.9 dev eth0").orElseThrow().broadcast())
                .contains(ip("10.1.2.255"));
    }

    @Test
    void aZeroBroadcastMeansNone() {
        assertThat(f.address(1, "10.1.2.3/24 brd 0.0.0.0 dev eth0").orElseThrow().broadcast()).isEmpty();
        assertThat(f.all()).isEmpty();
    }

    @Test
    void brdPlusOnAPrefixLongerThan30IsReportedAndIgnored() {
        AddressEntry a = f.address(7, "10.0.0.4/31 brd + dev eth0").orElseThrow();

        assertThat(a.broadcast()).isEmpty();
        assertThat(f.reports()).containsExactly(error(7, "Address prefix length 31 too long for broadcast"));
    }

    @Test
    void aPeerMakesAHostAddressAndCancelsTheBroadcast() {
        AddressEntry a = f.address(12, "10.0.0.8/24 dev eth0 brd 10.0.0.255 peer 10.0.0.9").orElseThrow();

        assertThat(a.local()).isEqualTo(new IpPrefix(ip("10.0.0.8"), 32, false));
        assertThat(a.peer()).contains(ip("10.0.0.9"));
        assertThat(a.broadcast()).isEmpty();
        assertThat(f.reports()).containsExactly(
                error(12, "Cannot specify address prefix when specifying peer address - ignoring"),
                error(12, "Cannot specify broadcast and peer addresses - ignoring broadcast address"));
    }

    @Test
    void aSecondPeerIsRefusedAndItsAddressThenReadAsAnOption() {
        AddressEntry a = f.address(14, "10.0.0.11 dev eth0 peer 10.0.0.12 peer 10.0.0.13").orElseThrow();

        assertThat(a.peer()).contains(ip("10.0.0.12"));
        assertThat(f.reports()).containsExactly(
                error(14, "Peer 10.0.0.13 - another peer has already been specified"),
                error(14, "Unknown configuration entry '10.0.0.13' for ip address - ignoring"));
    }

    @Test
    void badPeersAreReportedAndIgnored() {
        assertThat(f.address(11, "10.0.0.6 dev eth0 peer 10.0.0.7/24").orElseThrow().peer()).isEmpty();
        assertThat(f.address(13, "10.0.0.10 dev eth0 peer fe80::1").orElseThrow().peer()).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(11, "VRRP parsed invalid IP 10.0.0.7/24. skipping IP..."),
                error(11, "Invalid peer address 10.0.0.7/24"),
                error(13, "Peer address fe80::1 does not match address family"));
    }

    @Test
    void anIpv6AddressKeepsDadOffAndGetsKeepalivedsLifetimeDefaults() {
        AddressEntry host = f.vip(1, "2001:db8::1").orElseThrow();
        AddressEntry net = f.vip(2, "2001:db8::2/64").orElseThrow();
        AddressEntry given = f.vip(3, "2001:db8::3 preferred_lft forever -nodad").orElseThrow();

        assertThat(host.local().length()).isEqualTo(128);
        assertThat(host.preferredLifetime()).hasValue(0);
        assertThat(host.duplicateAddressDetection()).isFalse();
        assertThat(net.preferredLifetime()).hasValue(AddressEntry.FOREVER);
        assertThat(given.preferredLifetime()).hasValue(AddressEntry.FOREVER);
        assertThat(given.duplicateAddressDetection()).isTrue();
        assertThat(f.all()).isEmpty();
    }

    @Test
    void ipv6RefusesScopeLabelAndBroadcast() {
        AddressEntry a = f.address(10, "fe80::2/64 dev eth0 scope link label foo").orElseThrow();
        Optional<AddressEntry> brd = f.address(9, "fe80::1/64 brd + dev eth0");

        assertThat(a.scope()).isEqualTo(RouteScope.GLOBAL);
        assertThat(a.label()).isEmpty();
        assertThat(brd).isEmpty();
        assertThat(f.reports()).containsExactly(
                error(10, "Cannot specify scope for IPv6 addresses (fe80::2/64) - ignoring scope"),
                error(10, "Cannot specify label for IPv6 addresses (fe80::2/64) - ignoring label"),
                error(9, "VRRP is trying to assign a broadcast brd to the IPv6 address fe80::1/64 !!?? WTF... skipping VIP..."));
    }

    @Test
    void scopeGlobalOnIpv6IsNotAComplaint() {
        assertThat(f.address(1, "fe80::1/64 dev eth0 scope global")).isPresent();
        assertThat(f.all()).isEmpty();
    }

    @Test
    void anInvalidAddressIsDropped() {
        assertThat(f.vip(2, "10.0.0.300/24")).isEmpty();
        assertThat(f.vip(9, "010.0.0.5")).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(2, "VRRP parsed invalid IP 10.0.0.300/24. skipping IP..."),
                error(9, "VRRP parsed invalid IP 010.0.0.5. skipping IP..."));
        assertThat(f.diagnostics.configTestExitCode()).isEqualTo(5);
    }

    @Test
    void aBadPrefixLengthFallsBackToAHostAddress() {
        AddressEntry over = f.address(3, "10.0.0.1/33 dev eth0").orElseThrow();
        AddressEntry word = f.address(4, "10.0.0.1/x dev eth0").orElseThrow();
        AddressEntry negative = f.address(7, "10.0.0.3/-1 dev eth0").orElseThrow();
        AddressEntry v6 = f.address(21, "fe80::5/129 dev eth0").orElseThrow();

        assertThat(over.local()).isEqualTo(new IpPrefix(ip("10.0.0.1"), 32, false));
        assertThat(word.local().length()).isEqualTo(32);
        assertThat(negative.local().length()).isEqualTo(32);
        assertThat(v6.local().length()).isEqualTo(128);
        assertThat(f.reports()).containsExactly(
                number(3, "number '33' outside range [0, 32]"),
                error(3, "Invalid address prefix len 33 for address 10.0.0.1/33 - using 32"),
                number(4, "invalid number 'x'"),
                error(4, "Invalid address prefix len x for address 10.0.0.1/x - using 32"),
                number(7, "negative number '-1'"),
                error(7, "Invalid address prefix len -1 for address 10.0.0.3/-1 - using 32"),
                number(21, "number '129' outside range [0, 128]"),
                error(21, "Invalid address prefix len 129 for address fe80::5/129 - using 128"));
    }

    @Test
    void aColonAnywhereMakesTheWordIpv6() {
        assertThat(f.address(6, "10.0.0.2/2:3 dev eth0")).isEmpty();

        assertThat(f.reports()).containsExactly(
                number(6, "invalid number '2:3'"),
                error(6, "Invalid address prefix len 2:3 for address 10.0.0.2/2:3 - using 128"),
                error(6, "VRRP parsed invalid IP 10.0.0.2/2:3. skipping IP..."));
    }

    @Test
    void oddButAcceptedPrefixLengths() {
        assertThat(f.address(1, "10.0.0.1/ dev eth0").orElseThrow().local().length()).isZero();
        assertThat(f.address(2, "10.0.0.4/024 dev eth0").orElseThrow().local().length()).isEqualTo(24);
        assertThat(f.all()).isEmpty();
    }

    @Test
    void aMissingInterfaceDropsTheAddress() {
        assertThat(f.vip(25, "10.0.0.24 dev eth9")).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(25, "WARNING - interface eth9 for ip address 10.0.0.24 doesn't exist"));
        assertThat(f.parser.namedMissingInterface()).isTrue();
    }

    @Test
    void withDynamicInterfacesAMissingInterfaceIsAwaited() {
        NetFixture dynamic = new NetFixture(true, name -> false);

        assertThat(dynamic.address(5, "10.0.0.2/24 dev eth9").orElseThrow().device()).contains("eth9");
        assertThat(dynamic.address(6, "10.0.0.3/24 dev eth9")).isPresent();

        assertThat(dynamic.reports()).containsExactly(notice(5,
                "Configuration specifies interface eth9 which doesn't currently exist - will use if created"));
        assertThat(dynamic.diagnostics.configTestExitCode()).isZero();
        assertThat(dynamic.parser.namedMissingInterface()).isFalse();
    }

    @Test
    void optionsThatDropTheAddress() {
        assertThat(f.address(8, "10.0.0.5/24 brd 1.2.3 dev eth0")).isEmpty();
        assertThat(f.address(21, "10.0.0.20 dev eth0 label 0123456789abcdef")).isEmpty();
        assertThat(f.address(22, "10.0.0.21 dev eth0 dev eth0")).isEmpty();

        assertThat(f.reports()).containsExactly(
                error(8, "VRRP is trying to assign invalid broadcast 1.2.3. skipping VIP..."),
                error(21, "Address label 0123456789abcdef is longer than maximum length 15 - removing address"),
                error(22, "Cannot specify ipaddress device more than once for 10.0.0.21"));
    }

    @ParameterizedTest
    @CsvSource({"dev", "scope", "brd", "broadcast", "label", "peer", "preferred_lft", "track_group"})
    void aKeywordWithoutItsValueDropsTheAddress(String keyword) {
        assertThat(f.address(24, "10.0.0.23 " + keyword)).isEmpty();

        assertThat(f.reports()).containsExactly(error(24, "No " + keyword + " parameter specified for 10.0.0.23"));
    }

    @Test
    void ignoredOptionsAreReported() {
        AddressEntry scope = f.address(6, "10.0.0.3/24 brd - dev eth0 scope nosuch").orElseThrow();
        AddressEntry lifetime = f.address(17, "10.0.0.16 dev eth0 preferred_lft 4294967296").orElseThrow();
        AddressEntry hex = f.address(25, "10.0.0.16 dev eth0 preferred_lft 0x10").orElseThrow();
        AddressEntry unknown = f.address(23, "10.0.0.22 dev eth0 bogus").orElseThrow();

        assertThat(scope.scope()).isEqualTo(RouteScope.GLOBAL);
        assertThat(lifetime.preferredLifetime()).isEmpty();
        assertThat(hex.preferredLifetime()).isEmpty();
        assertThat(unknown.device()).contains("eth0");
        assertThat(f.reports()).containsExactly(
                error(6, "Invalid scope 'nosuch' specified for 10.0.0.3/24 - ignoring"),
                number(17, "number '4294967296' outside unsigned integer range"),
                error(17, "preferred_lft 4294967296 is invalid"),
                number(25, "invalid number '0x10'"),
                error(25, "preferred_lft 0x10 is invalid"),
                error(23, "Unknown configuration entry 'bogus' for ip address - ignoring"));
    }

    @ParameterizedTest
    @CsvSource({"site, 200", "host, 254", "nowhere, 255", "global, 0", "0x10, 16", "100, 100"})
    void scopesAreNamesOrNumbers(String word, int code) {
        assertThat(f.address(1, "10.0.0.1 dev eth0 scope " + word).orElseThrow().scope().code()).isEqualTo(code);
    }

    @Test
    void trackGroupOnlyForStaticAndUseVmacOnlyForVirtualAddresses() {
        AddressEntry vip = f.vip(5, "10.0.0.1/24 track_group G1").orElseThrow();
        AddressEntry vmac = f.vip(6, "10.0.0.2/24 use_vmac no_track dev eth0").orElseThrow();
        AddressEntry excluded = f.parser.address(NetFixture.line(9, "10.0.0.3/24 use_vmac"),
                NetSyntax.Origin.VIRTUAL_EXCLUDED).orElseThrow();
        AddressEntry fixed = f.address(19, "10.0.0.18 dev eth0 use_vmac").orElseThrow();

        assertThat(vip.trackGroup()).isEmpty();
        assertThat(vmac.useVmac()).isTrue();
        assertThat(vmac.tracked()).isFalse();
        assertThat(excluded.useVmac()).isTrue();
        assertThat(fixed.useVmac()).isFalse();
        assertThat(f.reports()).containsExactly(
                error(5, "Unknown configuration entry 'track_group' for ip address - ignoring"),
                error(5, "Unknown configuration entry 'G1' for ip address - ignoring"),
                error(19, "Unknown configuration entry 'use_vmac' for ip address - ignoring"));
    }

    @Test
    void trackGroupsMustExistAndAppearOnce() {
        NetFixture only = new NetFixture(false, Predicate.isEqual("G1"));
        AddressEntry unknown = only.address(20, "10.0.0.19 dev eth0 track_group G9").orElseThrow();
        AddressEntry twice = only.address(16, "10.0.0.12 dev eth0 track_group G1 track_group G1 bogus").orElseThrow();

        assertThat(unknown.trackGroup()).isEmpty();
        assertThat(twice.trackGroup()).contains("G1");
        // keepalived stops reading the line at the duplicate, so "bogus" is never looked at
        assertThat(only.reports()).containsExactly(
                error(20, "track_group G9 not found"),
                error(16, "track_group G1 is a duplicate"));
    }

    @Test
    void theStaticFacadeReadsOneLine() {
        Optional<AddressEntry> a = NetSyntax.address(NetFixture.line(1, "10.0.0.1/24 dev eth0 preferred_lft 7"),
                NetSyntax.Origin.STATIC, f.ctx);

        assertThat(a.orElseThrow().preferredLifetime()).isEqualTo(OptionalLong.of(7));
    }
}
