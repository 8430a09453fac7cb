package org.keepalived4j.vrrp;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.net.RouteEntry;
import org.keepalived4j.config.net.RuleEntry;

/**
 * Everything the engine does to the outside world, as five small ports. The Linux shell
 * implements them with raw sockets and rtnetlink; tests implement them with fakes. Each call is
 * quick (one syscall or a batch); none may wait for the network.
 */
public record EnginePorts(AdvertWire wire, AddressPlane addresses, RoutingPlane routing, Announcer announcer,
        InterfaceDirectory interfaces) {

    public EnginePorts {
        Objects.requireNonNull(wire, "wire");
        Objects.requireNonNull(addresses, "addresses");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(announcer, "announcer");
        Objects.requireNonNull(interfaces, "interfaces");
    }

    /**
     * Sends one advert. For IPv4 {@code packet} is the whole IP packet (its header names the
     * source); for IPv6 it is the VRRP message, sent from {@code source}.
     */
    public interface AdvertWire {
        void send(String interfaceName, IpAddress.Family family, IpAddress source, IpAddress destination,
                byte[] packet) throws IOException;
    }

    /**
     * Adds, refreshes and removes virtual addresses. A lifetime of {@code 0} means forever
     * (keepalived's behaviour); otherwise the kernel deletes the address after that many seconds
     * unless it is refreshed, which is what keeps a crashed master from holding the VIPs.
     */
    public interface AddressPlane {
        /** Adds or replaces (refreshing the lifetime of) every address in one batch. */
        void put(List<AddressEntry> addresses, long lifetimeSeconds) throws IOException;

        /** Removes every address that is present; absent ones are no error. */
        void remove(List<AddressEntry> addresses) throws IOException;
    }

    /**
     * Installs and removes routes and policy rules ({@code virtual_routes}/{@code virtual_rules},
     * and the static ones). An entry that cannot be installed is reported in the exception's
     * message; the others are installed all the same.
     */
    public interface RoutingPlane {
        void add(List<RouteEntry> routes, List<RuleEntry> rules) throws IOException;

        /** Removes what is present; absent entries are no error. */
        void remove(List<RouteEntry> routes, List<RuleEntry> rules) throws IOException;
    }

    /** Sends one gratuitous ARP (IPv4) or unsolicited neighbour advert (IPv6) for an address. */
    public interface Announcer {
        void announce(InterfaceFacts onInterface, IpAddress address) throws IOException;
    }

    /** The interfaces as they are now. */
    public interface InterfaceDirectory {
        Optional<InterfaceFacts> find(String name);
    }
}
