package org.keepalived4j.vrrp;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.keepalived4j.config.ConfigLoader;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.net.RouteEntry;
import org.keepalived4j.config.net.RuleEntry;
import org.keepalived4j.config.text.InMemoryConfigFiles;
import org.keepalived4j.events.DaemonEvent;
import org.keepalived4j.events.EventBus;

/**
 * A router made of a real {@link VrrpEngine} and fake ports: its adverts go to the other routers
 * of the same {@link FakeRouter} group as raw IPv4 datagrams, its VIPs go into a set, its
 * interface is a switch. Enough to run whole elections without root.
 */
final class FakeRouter implements AutoCloseable {

    private static final String MAIN = "/etc/keepalived/keepalived.conf";

    final String name;
    final IpAddress address;
    final Set<String> vips = ConcurrentHashMap.newKeySet();
    final List<DaemonEvent> events = new CopyOnWriteArrayList<>();
    final List<byte[]> sent = new CopyOnWriteArrayList<>();
    final Map<String, Long> lifetimes = new ConcurrentHashMap<>();
    /** The addresses of each put, in order: installs and lifetime refreshes. */
    final List<List<String>> puts = new CopyOnWriteArrayList<>();
    final Set<String> routes = ConcurrentHashMap.newKeySet();
    private final List<FakeRouter> lan;
    private final EventBus bus = new EventBus();
    private volatile boolean linkUp = true;
    final VrrpEngine engine;

    /** VI_1 on eth0: VRRPv3, VRID 51, advert_int 0.1, VIP 10.9.9.100/24; {@code extra} goes before the VIPs. */
    static String singleV3Instance(int priority, String extra) {
        return """
                global_defs {
                    vrrp_version 3
                }
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    priority %d
                    advert_int 0.1
                %s    virtual_ipaddress {
                        10.9.9.100/24
                    }
                }
                """.formatted(priority, extra);
    }

    FakeRouter(String name, String address, String configText, List<FakeRouter> lan) {
        this.name = name;
        this.address = IpAddress.parse(address).orElseThrow();
        this.lan = lan;
        ConfigLoader.Result r = ConfigLoader.load(MAIN, name, new InMemoryConfigFiles("/etc/keepalived")
                .file(MAIN, configText), FakeHost.withEth0AndEth1());
        if (!r.diagnostics().counted().isEmpty()) {
            throw new IllegalArgumentException("test config has problems: " + r.diagnostics().counted());
        }
        bus.subscribe("test", events::add);
        EnginePorts ports = new EnginePorts(this::send, new EnginePorts.AddressPlane() {
            @Override
            public void put(List<AddressEntry> addresses, long lifetimeSeconds) {
                puts.add(addresses.stream().map(a -> a.local().toString()).toList());
                for (AddressEntry a : addresses) {
                    vips.add(a.local().toString());
                    lifetimes.put(a.local().toString(), lifetimeSeconds);
                }
            }

            @Override
            public void remove(List<AddressEntry> addresses) {
                for (AddressEntry a : addresses) {
                    vips.remove(a.local().toString());
                }
            }
        }, new EnginePorts.RoutingPlane() {
            @Override
            public void add(List<RouteEntry> add, List<RuleEntry> rulesToAdd) {
                add.forEach(r -> routes.add(r.destination().toString()));
            }

            @Override
            public void remove(List<RouteEntry> gone, List<RuleEntry> rulesGone) {
                gone.forEach(r -> routes.remove(r.destination().toString()));
            }
        }, (onInterface, vip) -> { }, this::facts);
        engine = new VrrpEngine(r.config(), ports, bus, Clock.systemUTC(), System::nanoTime);
        lan.add(this);
    }

    private Optional<InterfaceFacts> facts(String ifname) {
        return Optional.of(new InterfaceFacts(ifname, 2, linkUp, Optional.of(address), Optional.empty(),
                new byte[] {2, 0, 0, 0, 0, address.bytes()[3]}));
    }

    private void send(String ifname, IpAddress.Family family, IpAddress source, IpAddress destination,
            byte[] packet) {
        sent.add(packet);
        if (!linkUp) {
            return;
        }
        for (FakeRouter other : lan) {
            if (other != this && other.linkUp) {
                other.engine.datagramArrived(ifname, family,
                        org.keepalived4j.vrrp.packet.ReceivedAdvertisement.ipv4(packet.clone()));
            }
        }
    }

    void start() {
        engine.start();
    }

    void link(boolean up) {
        linkUp = up;
        engine.interfacesChanged();
    }

    @Override
    public void close() {
        engine.stop(false);
        bus.close();
        lan.remove(this);
    }
}
