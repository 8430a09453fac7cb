package org.keepalived4j.vrrp.packet;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * One datagram as the VRRP raw socket delivered it.
 *
 * <p>IPv4: {@code bytes} is the whole IP datagram (IP header, [AH], VRRP), because that is what an
 * IPv4 raw socket returns; TTL, IHL, total length, source and destination are read from it, and
 * the {@code source}, {@code destination} and {@code ttl} components only mirror the header for
 * logging ({@link #ipv4(byte[])} fills them in).
 *
 * <p>IPv6: {@code bytes} is the VRRP message only; {@code source} comes from the socket address,
 * {@code destination} from {@code IPV6_PKTINFO} and {@code ttl} is the hop limit from
 * {@code IPV6_HOPLIMIT}, or {@link #UNKNOWN_TTL} when that control message was missing (keepalived
 * then skips the hop-limit check). The kernel has already verified the IPv6 checksum.
 *
 * @param source the sender; its family is the socket's family
 */
public record ReceivedAdvertisement(IpAddress source, IpAddress destination, int ttl, byte[] bytes) {

    public static final int UNKNOWN_TTL = -1;
    private static final IpAddress UNPARSEABLE = IpAddress.of(new byte[4]);

    public ReceivedAdvertisement {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(bytes, "bytes");
        if (source.family() != destination.family()) {
            throw new IllegalArgumentException("source " + source + " and destination " + destination);
        }
    }

    /** A datagram from an IPv4 raw socket; a header too broken to read gives 0.0.0.0 and an unknown TTL. */
    public static ReceivedAdvertisement ipv4(byte[] datagram) {
        // no capturing lambda: the daemon's C1 allocates one through a call into the VM, per packet
        Optional<Ipv4Header> h = Ipv4Header.parse(datagram);
        return h.isPresent() ? new ReceivedAdvertisement(h.get().source(), h.get().destination(), h.get().ttl(), datagram)
                : new ReceivedAdvertisement(UNPARSEABLE, UNPARSEABLE, UNKNOWN_TTL, datagram);
    }

    /** A VRRP message from an IPv6 raw socket with its ancillary data. */
    public static ReceivedAdvertisement ipv6(IpAddress source, IpAddress destination, int hopLimit, byte[] message) {
        if (source.isV4()) {
            throw new IllegalArgumentException("IPv6 advertisement from " + source);
        }
        return new ReceivedAdvertisement(source, destination, hopLimit, message);
    }

    public IpAddress.Family family() {
        return source.family();
    }

    @Override
    public String toString() {
        return "ReceivedAdvertisement[" + source + " -> " + destination + ", ttl " + ttl + ", "
                + HexFormat.ofDelimiter(" ").formatHex(bytes) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceivedAdvertisement r && source.equals(r.source) && destination.equals(r.destination)
                && ttl == r.ttl && Arrays.equals(bytes, r.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, destination, ttl, Arrays.hashCode(bytes));
    }
}
