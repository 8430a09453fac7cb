package org.keepalived4j.vrrp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.net.AddressFlag;
import org.keepalived4j.config.net.RouteAddMode;
import org.keepalived4j.config.net.RouteEntry;
import org.keepalived4j.config.net.RuleEntry;
import org.keepalived4j.linux.AddressLifetime;
import org.keepalived4j.linux.AddressRequest;
import org.keepalived4j.linux.InterfaceAddress;
import org.keepalived4j.linux.Link;
import org.keepalived4j.linux.PacketSocket;
import org.keepalived4j.linux.RequestOutcome;
import org.keepalived4j.linux.Route;
import org.keepalived4j.linux.RouteRequest;
import org.keepalived4j.linux.Rule;
import org.keepalived4j.linux.RuleRequest;
import org.keepalived4j.linux.RtnetlinkRequest;
import org.keepalived4j.linux.Rtnetlink;
import org.keepalived4j.linux.RtnetlinkEvent;
import org.keepalived4j.linux.RtnetlinkEvents;
import org.keepalived4j.linux.VrrpSocket;
import org.keepalived4j.vrrp.packet.GratuitousArp;
import org.keepalived4j.vrrp.packet.UnsolicitedNeighborAdvert;
import org.keepalived4j.vrrp.packet.V2Auth;

/**
 * The engine's ports on Linux: one raw socket per interface and family (shared by every instance
 * there), which the VRRP loop itself waits on and reads ({@link SocketReceiver}), rtnetlink for the
 * virtual addresses, AF_PACKET for gratuitous ARP and unsolicited NA, and a netlink listener
 * thread that keeps an up-to-date picture of the interfaces so that the loop never waits for a dump.
 */
public final class LinuxVrrpNetwork implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger("keepalived4j.vrrp");

    private record Channel(String interfaceName, IpAddress.Family family) {
        // written out: a record's generated ones go through method handles, slow under C1, per advert sent
        @Override
        public boolean equals(Object o) {
            return o instanceof Channel c && interfaceName.equals(c.interfaceName) && family == c.family;
        }

        @Override
        public int hashCode() {
            return interfaceName.hashCode() * 31 + family.ordinal();
        }
    }

    /** Requests from the VRRP loop (VIPs, routes): never shared, so the loop never waits for a dump. */
    private final Rtnetlink rtnetlink;
    /** Dumps for the interface picture, from the listener thread. */
    private final Rtnetlink dumps;
    private final Set<IpAddress> virtualAddresses;
    private final Map<Channel, VrrpSocket> sockets = new ConcurrentHashMap<>();
    private final List<VrrpSocket> allSockets = new ArrayList<>();
    private final Map<String, PacketSocket> packetSockets = new ConcurrentHashMap<>();
    private volatile Map<String, InterfaceFacts> interfaces = Map.of();
    private RtnetlinkEvents events;
    private SocketReceiver receiver;

    private LinuxVrrpNetwork(Rtnetlink rtnetlink, Rtnetlink dumps, Set<IpAddress> virtualAddresses) {
        this.rtnetlink = rtnetlink;
        this.dumps = dumps;
        this.virtualAddresses = Set.copyOf(virtualAddresses);
    }

    /**
     * Opens rtnetlink and reads the interfaces. {@code virtualAddresses} are never taken for an
     * interface's primary address (they come and go with MASTER).
     */
    public static LinuxVrrpNetwork open(Set<IpAddress> virtualAddresses) throws IOException {
        Rtnetlink requests = Rtnetlink.open();
        try {
            LinuxVrrpNetwork n = new LinuxVrrpNetwork(requests, Rtnetlink.open(), virtualAddresses);
            n.refreshInterfaces();
            return n;
        } catch (IOException | RuntimeException e) {
            requests.close();
            throw e;
        }
    }

    /** The ports for a {@link VrrpEngine}. */
    public EnginePorts ports() {
        return new EnginePorts(this::send, new KernelAddresses(), new KernelRoutes(), this::announce,
                name -> Optional.ofNullable(interfaces.get(name)));
    }

    /**
     * Ports for a {@link TakeoverRehearsal}: they build the netlink requests and the gratuitous ARP
     * and NA frames a takeover sends, from the real interfaces, and send nothing.
     */
    public EnginePorts rehearsalPorts() {
        KernelAddresses encoder = new KernelAddresses();
        return new EnginePorts((ifname, family, source, destination, packet) -> { },
                new EnginePorts.AddressPlane() {
                    @Override
                    public void put(List<AddressEntry> addresses, long lifetimeSeconds) {
                        Rtnetlink.encode(encoder.requests(onExistingInterfaces(addresses), lifetimeSeconds, false));
                    }

                    @Override
                    public void remove(List<AddressEntry> addresses) {
                        Rtnetlink.encode(encoder.requests(onExistingInterfaces(addresses), 0, true));
                    }
                }, new EnginePorts.RoutingPlane() {
                    @Override
                    public void add(List<RouteEntry> routes, List<RuleEntry> rules) {
                    }

                    @Override
                    public void remove(List<RouteEntry> routes, List<RuleEntry> rules) {
                    }
                }, (on, address) -> frame(on, address, false),
                name -> Optional.ofNullable(interfaces.get(name)));
    }

    /**
     * Opens the sockets the engine's instances need, joins their multicast groups, has the engine's
     * loop wait on them, and starts the interface listener, all feeding {@code engine}. A socket that cannot
     * be opened is logged; its instances stay without adverts (and so go MASTER or FAULT as
     * keepalived's would), the others run.
     */
    public void attach(VrrpEngine engine) throws IOException {
        receiver = SocketReceiver.open(engine);
        Map<Channel, Set<IpAddress>> groups = new HashMap<>();
        Set<String> ahInterfaces = new HashSet<>();
        for (InstancePlan plan : engine.plans()) {
            Channel c = new Channel(plan.interfaceName(), plan.family());
            Set<IpAddress> g = groups.computeIfAbsent(c, k -> new LinkedHashSet<>());
            if (!plan.config().network().isUnicast()) {
                g.addAll(plan.destinations());
            }
            if (plan.auth().type() == V2Auth.TYPE_AH) {
                ahInterfaces.add(plan.interfaceName());
            }
        }
        for (Map.Entry<Channel, Set<IpAddress>> e : groups.entrySet()) {
            Channel c = e.getKey();
            try {
                VrrpSocket s = c.family() == IpAddress.Family.INET
                        ? VrrpSocket.openIpv4(c.interfaceName(), VrrpSocket.PROTOCOL_VRRP)
                        : VrrpSocket.openIpv6(c.interfaceName());
                for (IpAddress group : e.getValue()) {
                    s.joinGroup(group);
                }
                sockets.put(c, s);
                allSockets.add(s);
                receiver.add(s);
                if (c.family() == IpAddress.Family.INET && ahInterfaces.contains(c.interfaceName())) {
                    VrrpSocket ah = VrrpSocket.openIpv4(c.interfaceName(), VrrpSocket.PROTOCOL_AH);
                    for (IpAddress group : e.getValue()) {
                        ah.joinGroup(group);
                    }
                    allSockets.add(ah);
                    receiver.add(ah);
                }
            } catch (IOException ex) {
                LOG.error("Cannot open the VRRP socket for {} on {}: {}", c.family(), c.interfaceName(),
                        ex.getMessage());
            }
        }
        for (Channel c : groups.keySet()) {
            // opened now rather than at the first takeover, which then only sends
            if (!packetSockets.containsKey(c.interfaceName())) {
                try {
                    packetSockets.put(c.interfaceName(), PacketSocket.open(c.interfaceName()));
                } catch (IOException ex) {
                    LOG.debug("No packet socket on {} yet ({}); the first gratuitous ARP or NA opens it",
                            c.interfaceName(), ex.getMessage());
                }
            }
        }
        engine.waitOn(receiver);
        events = RtnetlinkEvents.open();
        Thread listener = new Thread(() -> listen(engine), "vrrp-netlink");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen(VrrpEngine engine) {
        while (true) {
            try {
                Optional<List<RtnetlinkEvent>> batch = events.receive();
                if (batch.isEmpty()) {
                    return;
                }
                if (batch.get().stream().anyMatch(this::concernsInstances)) {
                    refreshInterfaces();
                    engine.interfacesChanged();
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Reading interface changes: {}", e.getMessage());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /**
     * Whether an event can change what the instances see. Our own VIPs come and go, and every
     * lifetime refresh is an RTM_NEWADDR: re-reading the interfaces for those would cost two dumps
     * per refresh and tell the instances nothing.
     */
    private boolean concernsInstances(RtnetlinkEvent event) {
        return !(event instanceof RtnetlinkEvent.AddressChanged a && virtualAddresses.contains(a.address().address()));
    }

    private void refreshInterfaces() throws IOException {
        List<Link> links = dumps.links();
        List<InterfaceAddress> addresses = dumps.addresses();
        Map<String, InterfaceFacts> facts = new HashMap<>();
        for (Link l : links) {
            Optional<IpAddress> v4 = Optional.empty();
            Optional<IpAddress> ll6 = Optional.empty();
            for (InterfaceAddress a : addresses) {
                if (a.interfaceIndex() != l.index() || virtualAddresses.contains(a.address())) {
                    continue;
                }
                if (a.address().isV4() && v4.isEmpty() && (a.flags() & InterfaceAddress.IFA_F_SECONDARY) == 0) {
                    v4 = Optional.of(a.address());
                } else if (!a.address().isV4() && a.address().isLinkLocal() && ll6.isEmpty()
                        && (a.flags() & InterfaceAddress.IFA_F_TENTATIVE) == 0) {
                    ll6 = Optional.of(a.address());
                }
            }
            boolean up = l.isUp() && l.isRunning();
            facts.put(l.name(), new InterfaceFacts(l.name(), l.index(), up, v4, ll6, l.hardwareAddress()));
        }
        interfaces = Map.copyOf(facts);
    }

    /** The entries whose device exists: a rehearsal must not repeat the real put's warning about the others. */
    private List<AddressEntry> onExistingInterfaces(List<AddressEntry> addresses) {
        List<AddressEntry> present = new ArrayList<>(addresses.size());
        for (AddressEntry a : addresses) {
            if (a.device().isPresent() && interfaces.containsKey(a.device().get())) {
                present.add(a);
            }
        }
        return present;
    }

    private void send(String ifname, IpAddress.Family family, IpAddress source, IpAddress destination,
            byte[] packet) throws IOException {
        VrrpSocket s = sockets.get(new Channel(ifname, family));
        if (s == null) {
            throw new IOException("no VRRP socket on " + ifname);
        }
        if (family == IpAddress.Family.INET6 && !destination.isMulticast()) {
            s.send(packet, destination, source);
        } else {
            s.send(packet, destination);
        }
    }

    private void announce(InterfaceFacts on, IpAddress address) throws IOException {
        PacketSocket s = packetSockets.get(on.name());
        if (s != null && s.interfaceIndex() != on.index()) {
            // the interface was deleted and made again since the socket was opened
            s.close();
            s = null;
        }
        if (s == null) {
            s = PacketSocket.open(on.name());
            packetSockets.put(on.name(), s);
        }
        s.send(frame(on, address, !address.isV4() && forwarding(on.name())));
    }

    private static byte[] frame(InterfaceFacts on, IpAddress address, boolean router) {
        return address.isV4() ? GratuitousArp.frame(on.mac(), address)
                : UnsolicitedNeighborAdvert.frame(on.mac(), address, router);
    }

    /** keepalived sets the NA's router flag when the interface forwards IPv6. */
    private static boolean forwarding(String ifname) {
        try {
            return Files.readString(Path.of("/proc/sys/net/ipv6/conf", ifname, "forwarding")).strip().equals("1");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The virtual addresses through rtnetlink: one batch, one syscall, per call. */
    private final class KernelAddresses implements EnginePorts.AddressPlane {
        @Override
        public void put(List<AddressEntry> addresses, long lifetimeSeconds) throws IOException {
            check(rtnetlink.execute(requests(addresses, lifetimeSeconds, false)), false);
        }

        @Override
        public void remove(List<AddressEntry> addresses) throws IOException {
            check(rtnetlink.execute(requests(addresses, 0, true)), true);
        }

        List<AddressRequest> requests(List<AddressEntry> addresses, long lifetimeSeconds, boolean delete) {
            // plain loops, no lambdas: a backup's first takeover runs this for the first time, where linking a
            // lambda's call site costs about half a millisecond in the interpreter (docs/development.md)
            List<AddressRequest> requests = new ArrayList<>();
            for (AddressEntry a : addresses) {
                Optional<InterfaceAddress> ia = address(a, lifetimeSeconds);
                if (ia.isPresent()) {
                    requests.add(delete ? AddressRequest.delete(ia.get(), device(a))
                            : AddressRequest.replace(ia.get(), device(a)));
                }
            }
            return requests;
        }

        private String device(AddressEntry a) {
            return a.device().orElseThrow();
        }

        private Optional<InterfaceAddress> address(AddressEntry a, long lifetimeSeconds) {
            InterfaceFacts f = interfaces.get(device(a));
            if (f == null) {
                LOG.warn("Cannot place {} on {}: no such interface", a.local(), device(a));
                return Optional.empty();
            }
            InterfaceAddress ia = InterfaceAddress.of(a.address(), a.local().length(), f.index())
                    .withScope(a.scope().code());
            int flags = 0;
            for (AddressFlag flag : a.flags()) {
                flags |= flag.bit;
            }
            if (!a.address().isV4() && !a.duplicateAddressDetection()) {
                flags |= InterfaceAddress.IFA_F_NODAD;
            }
            ia = ia.withFlags(flags);
            if (a.broadcast().isPresent()) {
                ia = ia.withBroadcast(a.broadcast().get());
            }
            if (a.label().isPresent()) {
                ia = ia.withLabel(a.label().get());
            }
            if (a.peer().isPresent()) {
                ia = ia.withPeer(a.peer().get());
            }
            long valid = lifetimeSeconds > 0 ? lifetimeSeconds : AddressLifetime.INFINITY;
            long preferred = Math.min(valid, a.preferredLifetime().orElse(valid));
            if (valid != AddressLifetime.INFINITY || preferred != AddressLifetime.INFINITY) {
                ia = ia.withLifetime(new AddressLifetime(preferred, valid));
            }
            return Optional.of(ia);
        }

        private void check(List<RequestOutcome> outcomes, boolean removing) throws IOException {
            List<String> failures = new ArrayList<>();
            for (RequestOutcome o : outcomes) {
                // removing an address that is not there is what start-up cleaning expects
                if (!o.succeeded() && !(removing && o.errno() == 99)) {
                    failures.add(o.message());
                }
            }
            if (!failures.isEmpty()) {
                throw new IOException(String.join("; ", failures));
            }
        }
    }

    /** Routes and rules through rtnetlink; rules go in after the routes they point at and out before. */
    private final class KernelRoutes implements EnginePorts.RoutingPlane {
        @Override
        public void add(List<RouteEntry> routes, List<RuleEntry> rules) throws IOException {
            List<String> refused = new ArrayList<>();
            List<RtnetlinkRequest> requests = new ArrayList<>();
            for (RouteEntry r : routes) {
                KernelRouting.Translation<Route> t = KernelRouting.route(r, this::index);
                t.value().ifPresentOrElse(route -> requests.add(new RouteRequest(r.mode() == RouteAddMode.ADD
                        ? RouteRequest.Action.ADD : RouteRequest.Action.REPLACE, route, r.device().orElse(""))),
                        () -> refused.add("route " + r.destination() + " (" + r.pos() + ") " + t.refusal()));
            }
            for (RuleEntry r : rules) {
                KernelRouting.Translation<Rule> t = KernelRouting.rule(r);
                t.value().ifPresentOrElse(rule -> requests.add(RuleRequest.add(rule)),
                        () -> refused.add("rule (" + r.pos() + ") " + t.refusal()));
            }
            for (RequestOutcome o : rtnetlink.execute(requests)) {
                // a rule or route already present is what a restart after a crash finds
                if (!o.succeeded() && o.errno() != 17) {
                    refused.add(o.message());
                }
            }
            if (!refused.isEmpty()) {
                throw new IOException(String.join("; ", refused));
            }
        }

        @Override
        public void remove(List<RouteEntry> routes, List<RuleEntry> rules) throws IOException {
            List<RtnetlinkRequest> requests = new ArrayList<>();
            for (RuleEntry r : rules) {
                KernelRouting.rule(r).value().ifPresent(rule -> requests.add(RuleRequest.remove(rule)));
            }
            for (RouteEntry r : routes) {
                KernelRouting.route(r, this::index).value().ifPresent(route -> requests.add(
                        new RouteRequest(RouteRequest.Action.DELETE, route, r.device().orElse(""))));
            }
            List<String> failures = new ArrayList<>();
            for (RequestOutcome o : rtnetlink.execute(requests)) {
                // ESRCH / ENOENT: not there, which is what removing wants
                if (!o.succeeded() && o.errno() != 3 && o.errno() != 2) {
                    failures.add(o.message());
                }
            }
            if (!failures.isEmpty()) {
                throw new IOException(String.join("; ", failures));
            }
        }

        private java.util.OptionalInt index(String name) {
            InterfaceFacts f = interfaces.get(name);
            return f == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(f.index());
        }
    }

    @Override
    public void close() {
        for (VrrpSocket s : allSockets) {
            s.close();
        }
        for (PacketSocket s : packetSockets.values()) {
            s.close();
        }
        if (events != null) {
            events.close();
        }
        if (receiver != null) {
            receiver.close();
        }
        rtnetlink.close();
        dumps.close();
    }
}
