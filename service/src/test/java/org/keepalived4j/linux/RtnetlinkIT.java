package org.keepalived4j.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.testing.LanHost;
import org.keepalived4j.testing.NetnsLanExtension;
import org.keepalived4j.testing.Privileged;

/**
 * rtnetlink against a real kernel, inside a host of a namespace LAN: what `ip -j addr` shows after our requests,
 * dumps, and events caused by the fixture.
 */
@Privileged
class RtnetlinkIT {

    @RegisterExtension
    final NetnsLanExtension lan = NetnsLanExtension.withHosts(1);

    private LanHost host;
    private NetworkNamespaceThread inside;
    private Rtnetlink netlink;
    private int eth0;

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow();
    }

    @BeforeEach
    void enter() throws Exception {
        host = lan.host(1);
        inside = NetworkNamespaceThread.enter(host.name());
        netlink = inside.call(Rtnetlink::open);
        eth0 = netlink.interfaceIndex("eth0").orElseThrow();
    }

    @AfterEach
    void leave() {
        if (netlink != null) {
            netlink.close();
        }
        if (inside != null) {
            inside.close();
        }
    }

    /** valid_life_time of an address as `ip -j addr show dev eth0` reports it; empty if the address is gone. */
    private OptionalInt validLifetime(String address) {
        String json = host.run("ip", "-j", "addr", "show", "dev", "eth0").orThrow().stdout();
        Matcher m = Pattern.compile("\\{[^{}]*\"local\":\"" + Pattern.quote(address) + "\"[^{}]*\\}").matcher(json);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        Matcher valid = Pattern.compile("\"valid_life_time\":(\\d+)").matcher(m.group());
        assertThat(valid.find()).as(m.group()).isTrue();
        return OptionalInt.of((int) Long.parseLong(valid.group(1)));
    }

    @Test
    void vipWithAShortLifetimeIsRefreshedByReplaceAndDeleted() throws Exception {
        InterfaceAddress vip = InterfaceAddress.of(ip("192.0.2.201"), 32, eth0).withLifetime(AddressLifetime.seconds(5));

        netlink.executeOrThrow(AddressRequest.add(vip, "eth0"));
        assertThat(validLifetime("192.0.2.201").orElseThrow()).isBetween(4, 5);

        Thread.sleep(2100);
        assertThat(validLifetime("192.0.2.201").orElseThrow()).as("counting down").isBetween(1, 3);
        netlink.executeOrThrow(AddressRequest.replace(vip, "eth0"));
        assertThat(validLifetime("192.0.2.201").orElseThrow()).as("refreshed").isBetween(4, 5);

        netlink.executeOrThrow(AddressRequest.delete(vip, "eth0"));
        assertThat(validLifetime("192.0.2.201")).isEmpty();
    }

    @Test
    void theKernelRemovesAVipWhoseLifetimeRunsOut() throws Exception {
        InterfaceAddress vip = InterfaceAddress.of(ip("192.0.2.202"), 32, eth0).withLifetime(AddressLifetime.seconds(1));

        netlink.executeOrThrow(AddressRequest.add(vip, "eth0"));
        assertThat(host.hasAddress("192.0.2.202")).isTrue();

        // the kernel's address expiry work runs at least once a second; allow a few
        long deadline = System.nanoTime() + Duration.ofSeconds(6).toNanos();
        while (host.hasAddress("192.0.2.202") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(host.hasAddress("192.0.2.202")).isFalse();
    }

    @Test
    void aBatchIsOneCallWithAnOutcomePerRequest() throws Exception {
        List<AddressRequest> batch = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            batch.add(AddressRequest.replace(InterfaceAddress.of(ip("192.0.2." + (100 + i)), 32, eth0)
                    .withLifetime(AddressLifetime.seconds(30)), "eth0"));
        }
        batch.add(AddressRequest.add(InterfaceAddress.of(ip(host.ipv4()), 24, eth0), "eth0"));
        batch.add(AddressRequest.replace(InterfaceAddress.of(ip("2001:db8::201"), 128, eth0)
                .withFlags(InterfaceAddress.IFA_F_NODAD), "eth0"));

        List<RequestOutcome> outcomes = netlink.execute(batch);

        assertThat(outcomes).hasSize(22);
        assertThat(outcomes.subList(0, 20)).allMatch(RequestOutcome::succeeded);
        assertThat(outcomes.get(20).message()).isEqualTo("RTM_NEWADDR 192.0.2.1/24 dev eth0: File exists");
        assertThat(outcomes.get(21).succeeded()).isTrue();
        assertThat(host.addresses()).contains("192.0.2.101/32", "192.0.2.120/32", "2001:db8::201/128");
        assertThat(netlink.execute(batch.subList(0, 20))).as("refreshing them all again").allMatch(RequestOutcome::succeeded);
    }

    @Test
    void refusedRequestThrowsNamingTheRequest() {
        InterfaceAddress existing = InterfaceAddress.of(ip(host.ipv4()), 24, eth0);

        assertThatThrownBy(() -> netlink.executeOrThrow(AddressRequest.add(existing, "eth0")))
                .isInstanceOf(RtnetlinkException.class)
                .hasMessage("RTM_NEWADDR 192.0.2.1/24 dev eth0: File exists");
        assertThatThrownBy(() -> netlink.executeOrThrow(AddressRequest.delete(
                InterfaceAddress.of(ip("192.0.2.250"), 32, eth0), "eth0")))
                .isInstanceOf(RtnetlinkException.class)
                .hasMessage("RTM_DELADDR 192.0.2.250/32 dev eth0: Cannot assign requested address");
    }

    @Test
    void dumpsShowTheHostAsIpDoes() throws Exception {
        host.addAddress("192.0.2.77/24");

        List<Link> links = netlink.links();
        List<InterfaceAddress> addresses = netlink.addresses();

        assertThat(links).extracting(Link::name).containsExactlyInAnyOrder("lo", "eth0");
        Link link = netlink.link("eth0").orElseThrow();
        assertThat(link.mac()).isEqualTo(host.mac());
        assertThat(link.kind()).contains("veth");
        assertThat(link.isUp()).isTrue();
        assertThat(link.hasCarrier()).isTrue();
        assertThat(link.mtu()).isEqualTo(1500);
        assertThat(addresses).filteredOn(a -> a.interfaceIndex() == eth0).extracting(InterfaceAddress::cidr)
                .contains("192.0.2.1/24", "192.0.2.77/24", "2001:db8::1/64");
        assertThat(addresses).filteredOn(a -> a.address().equals(ip("192.0.2.77")))
                .singleElement().satisfies(a -> {
                    assertThat(a.flags() & InterfaceAddress.IFA_F_SECONDARY).isNotZero();
                    assertThat(a.broadcast()).isEmpty();
                    assertThat(a.lifetime().isForever()).isTrue();
                });
        assertThat(netlink.addresses(IpAddress.Family.INET)).allMatch(a -> a.address().isV4());
        assertThat(netlink.interfaceIndex("nosuch0")).isEmpty();
    }

    @Test
    void linkDownAndAddressChangesArriveAsEvents() throws Exception {
        try (RtnetlinkEvents events = inside.call(RtnetlinkEvents::open)) {
            host.linkDown();
            RtnetlinkEvent.LinkChanged down = awaitEvent(events, RtnetlinkEvent.LinkChanged.class,
                    e -> e.link().name().equals("eth0") && !e.link().isUp());
            assertThat(down.removed()).isFalse();
            assertThat(down.link().index()).isEqualTo(eth0);

            host.linkUp();
            awaitEvent(events, RtnetlinkEvent.LinkChanged.class, e -> e.link().name().equals("eth0") && e.link().isUp());

            host.addAddress("192.0.2.88/32");
            awaitEvent(events, RtnetlinkEvent.AddressChanged.class,
                    e -> !e.removed() && e.address().address().equals(ip("192.0.2.88")));
            host.removeAddress("192.0.2.88/32");
            awaitEvent(events, RtnetlinkEvent.AddressChanged.class,
                    e -> e.removed() && e.address().address().equals(ip("192.0.2.88")));
        }
    }

    @Test
    void closeReleasesABlockedEventReader() throws Exception {
        RtnetlinkEvents events = inside.call(RtnetlinkEvents::open);
        CompletableFuture<Optional<List<RtnetlinkEvent>>> reader = CompletableFuture.supplyAsync(() -> {
            try {
                // drain whatever is pending until the socket closes
                Optional<List<RtnetlinkEvent>> last;
                do {
                    last = events.receive();
                } while (last.isPresent());
                return last;
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(reader).isNotDone();

        events.close();

        assertThat(reader.get(2, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void routesAndRulesAreInstalledDumpedAndRemoved() throws Exception {
        Route route = Route.to(ip("198.51.100.0"), 24).via(ip("192.0.2.254")).dev(eth0).inTable(100).withMetric(10)
                .from(ip(host.ipv4()));
        Rule rule = Rule.lookup(IpAddress.Family.INET, 100).from(ip("192.0.2.0"), 24).withFwmark(0x10, 0xff)
                .withPriority(1000);

        List<RequestOutcome> outcomes = netlink.execute(List.of(
                new RouteRequest(RouteRequest.Action.ADD, route, "eth0"), RuleRequest.add(rule)));

        assertThat(outcomes).allMatch(RequestOutcome::succeeded);
        assertThat(host.run("ip", "route", "show", "table", "100").orThrow().stdout())
                .contains("198.51.100.0/24 via 192.0.2.254 dev eth0 src 192.0.2.1 metric 10");
        assertThat(host.run("ip", "rule", "show").orThrow().stdout())
                .contains("1000:\tfrom 192.0.2.0/24 fwmark 0x10/0xff lookup 100");
        assertThat(netlink.routes(IpAddress.Family.INET)).contains(route.withProtocol(Route.PROTOCOL_BOOT));
        assertThat(netlink.execute(List.of(new RouteRequest(RouteRequest.Action.ADD, route, "eth0"))).get(0).message())
                .isEqualTo("RTM_NEWROUTE 198.51.100.0/24 via 192.0.2.254 table 100 dev eth0: File exists");

        netlink.executeOrThrow(new RouteRequest(RouteRequest.Action.DELETE, route, "eth0"));
        netlink.executeOrThrow(RuleRequest.remove(rule));

        assertThat(host.run("ip", "route", "show", "table", "100").orThrow().stdout()).isEmpty();
        assertThat(host.run("ip", "rule", "show").orThrow().stdout()).doesNotContain("lookup 100");
    }

    private static <E extends RtnetlinkEvent> E awaitEvent(RtnetlinkEvents events, Class<E> type,
                                                            java.util.function.Predicate<E> wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<RtnetlinkEvent> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            Optional<List<RtnetlinkEvent>> batch = events.receive(Duration.ofMillis(500));
            for (RtnetlinkEvent e : batch.orElse(List.of())) {
                seen.add(e);
                if (type.isInstance(e) && wanted.test(type.cast(e))) {
                    return type.cast(e);
                }
            }
        }
        throw new AssertionError("no matching " + type.getSimpleName() + " within 5 s; saw " + seen);
    }
}
