package org.keepalived4j.linux;

import java.util.Arrays;
import org.keepalived4j.config.IpAddress;

/**
 * A packet a {@link VrrpSocket} received.
 *
 * @param source         the sender's address
 * @param destination    the address it was sent to (the multicast group, or ours for unicast)
 * @param ttl            IPv4 TTL or IPv6 hop limit as it arrived (VRRP requires 255)
 * @param interfaceIndex the interface it arrived on
 * @param bytes          as the kernel delivers it: for IPv4 the whole IP packet including its header; for IPv6
 *                       the VRRP payload only (raw IPv6 sockets never show the header), its checksum already verified
 */
public record ReceivedPacket(IpAddress source, IpAddress destination, int ttl, int interfaceIndex, byte[] bytes) {

    public ReceivedPacket {
        // Arrays.copyOf, not clone(): C1, the daemon's compiler, makes clone() a call into the VM
        bytes = Arrays.copyOf(bytes, bytes.length);
    }

    @Override
    public byte[] bytes() {
        return Arrays.copyOf(bytes, bytes.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceivedPacket p && source.equals(p.source) && destination.equals(p.destination)
                && ttl == p.ttl && interfaceIndex == p.interfaceIndex && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
        return (source.hashCode() * 31 + destination.hashCode()) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ReceivedPacket[" + source + " > " + destination + " ttl " + ttl + " if " + interfaceIndex + ", "
                + bytes.length + " bytes]";
    }
}
