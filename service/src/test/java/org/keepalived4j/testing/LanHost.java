package org.keepalived4j.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A host on the LAN: a namespace whose interfaces are veth cables plugged into bridges (segments) of the hub.
 * It is built with one interface on the main segment carrying its planned IPv4 and IPv6 addresses
 * ({@link AddressPlan}); IPv6 duplicate address detection is off, addresses survive link down/up, and
 * neighbour resolution retries every 100 ms so a peer is reachable again as soon as its link is back.
 */
public final class LanHost extends NetworkNamespace {

    private final int index;
    private final String interfaceName;
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    LanHost(NetnsLan lan, int index, String interfaceName) {
        super(lan, "h" + index);
        this.index = index;
        this.interfaceName = interfaceName;
    }

    /** 1-based position on the LAN; decides addresses and MACs. */
    public int index() {
        return index;
    }

    /** The interface the host was built with (eth0 unless the builder said otherwise). */
    public String interfaceName() {
        return interfaceName;
    }

    public String ipv4() {
        return AddressPlan.ipv4(index);
    }

    public String ipv4Cidr() {
        return ipv4() + "/" + AddressPlan.IPV4_PREFIX_LENGTH;
    }

    public String ipv6() {
        return AddressPlan.ipv6(index);
    }

    public String ipv6Cidr() {
        return ipv6() + "/" + AddressPlan.IPV6_PREFIX_LENGTH;
    }

    public String mac() {
        return mac(interfaceName);
    }

    public synchronized String mac(String interfaceName) {
        return AddressPlan.mac(index, port(interfaceName));
    }

    /** Interfaces plugged into the hub, in the order they were added. */
    public synchronized List<String> interfaces() {
        return List.copyOf(ports.keySet());
    }

    /**
     * Adds an interface plugged into the main segment, up, without addresses: add them with
     * {@link #addAddress(String, String)}.
     */
    public String addInterface(String name) {
        return addInterface(name, NetnsLan.MAIN_SEGMENT);
    }

    /** Adds an interface plugged into a segment (a bridge of the hub), which is created on first use. */
    public synchronized String addInterface(String name, String segment) {
        NetnsLan.checkInterfaceName(name);
        if (ports.containsKey(name)) {
            throw new IllegalArgumentException(this + " already has " + name);
        }
        int port = ports.size();
        String hub = lan().hub().name();
        lan().ensureSegment(segment);
        String hubPort = AddressPlan.hubPort(index, port);
        Commands.run(List.of("ip", "-n", hub, "link", "add", hubPort, "address", AddressPlan.hubMac(index, port),
                "type", "veth", "peer", "name", name, "address", AddressPlan.mac(index, port), "netns", name()))
                .orThrow();
        ports.put(name, port);
        // Neighbour resolution retries every 100 ms, not every second (a namespace has no per-namespace
        // default for this): after a link comes back, a peer still resolving it must not miss a one-second
        // ping by waiting for its next probe.
        lan().ipIn(name(), "ntable", "change", "name", "arp_cache", "dev", name, "retrans", "100");
        lan().ipIn(name(), "ntable", "change", "name", "ndisc_cache", "dev", name, "retrans", "100");
        lan().ipIn(hub, "link", "set", hubPort, "master", segment, "up");
        lan().ipIn(name(), "link", "set", name, "up");
        return name;
    }

    /** Administratively down, inside the host (`ip link set IF down`). */
    public void linkDown() {
        linkDown(interfaceName);
    }

    public void linkDown(String name) {
        lan().ipIn(name(), "link", "set", name, "down");
    }

    public void linkUp() {
        linkUp(interfaceName);
    }

    public void linkUp(String name) {
        lan().ipIn(name(), "link", "set", name, "up");
    }

    /** Pulls the cable at the hub: the host's interface stays up but loses carrier (NO-CARRIER). */
    public void unplug() {
        unplug(interfaceName);
    }

    public void unplug(String name) {
        lan().ipIn(lan().hub().name(), "link", "set", hubPort(name), "down");
    }

    public void plug() {
        plug(interfaceName);
    }

    public void plug(String name) {
        lan().ipIn(lan().hub().name(), "link", "set", hubPort(name), "up");
    }

    /** Adds ADDR/LEN to the host's main interface; IPv6 addresses skip duplicate detection and are usable at once. */
    public void addAddress(String cidr) {
        addAddress(interfaceName, cidr);
    }

    public void addAddress(String interfaceName, String cidr) {
        List<String> args = new ArrayList<>(List.of("addr", "add", cidr, "dev", interfaceName));
        if (cidr.contains(":")) {
            args.add("nodad");
        }
        lan().ipIn(name(), args.toArray(String[]::new));
    }

    public void removeAddress(String cidr) {
        removeAddress(interfaceName, cidr);
    }

    public void removeAddress(String interfaceName, String cidr) {
        lan().ipIn(name(), "addr", "del", cidr, "dev", interfaceName);
    }

    /** The addresses on the main interface, e.g. [192.0.2.1/24, 2001:db8::1/64, fe80::.../64]. */
    public List<String> addresses() {
        return addresses(interfaceName);
    }

    /** One echo request, one second to answer; IPv4 or IPv6 by the address. */
    public CommandResult ping(String address) {
        return run("ping", "-c", "1", "-W", "1", "-n", address);
    }

    public boolean canReach(String address) {
        return ping(address).succeeded();
    }

    /** Starts the real keepalived with its pid files in the process's run directory. */
    public HostProcess startKeepalived(Path config, String... extraArgs) {
        return lan().startDaemon(this, "keepalived",
                runDir -> KeepalivedCommand.keepalived(config, runDir, List.of(extraArgs)));
    }

    /** Starts keepalived4j from the assembled tree ({@link Keepalived4jHome}). */
    public HostProcess startKeepalived4j(Path config, String... extraArgs) {
        Path home = Keepalived4jHome.current();
        Keepalived4jHome.launcher(home);
        return lan().startDaemon(this, "keepalived4j",
                runDir -> KeepalivedCommand.keepalived4j(home, config, runDir, List.of(extraArgs)));
    }

    private synchronized int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException(this + " has no interface " + name + " (it has " + ports.keySet() + ")");
        }
        return port;
    }

    private String hubPort(String name) {
        return AddressPlan.hubPort(index, port(name));
    }
}
