package org.keepalived4j.vrrp.packet;

import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * The IPv4 header of a VRRP packet: built for a raw socket with {@code IP_HDRINCL} (keepalived
 * builds its own header so that it can set TOS, TTL and, with AH, sign the header), and read back
 * from what a raw socket delivers (the kernel hands IPv4 raw sockets the whole datagram).
 *
 * @param headerLength IHL × 4, 20..60
 * @param tos the TOS/DSCP byte
 * @param totalLength the total length field (not checked against the bytes received)
 * @param id identification
 * @param fragment the flags + fragment offset field
 * @param ttl time to live
 * @param protocol 112 (VRRP) or 51 (AH)
 * @param checksum the header checksum field as received
 */
public record Ipv4Header(int headerLength, int tos, int totalLength, int id, int fragment, int ttl, int protocol,
        int checksum, IpAddress source, IpAddress destination) {

    public static final int MIN_LENGTH = 20;
    /** Internetwork control (precedence 6), keepalived's {@code ip->tos = 0xc0}. */
    public static final int TOS_NETWORK_CONTROL = 0xc0;
    /** RFC 3768 §5.2.3 / RFC 5798 §5.1.1.3: receivers drop anything that was routed. */
    public static final int VRRP_TTL = 255;
    public static final int PROTOCOL_AH = 51;

    /**
     * A whole IPv4 datagram: version 4, IHL 5, TOS 0xc0, DF off (keepalived leaves frag_off 0),
     * TTL 255, header checksum filled in (the kernel recomputes it for IP_HDRINCL anyway).
     *
     * @param id the identification; keepalived never sends 0 because the kernel would then pick one
     *        itself, which would break an AH ICV computed over the header
     */
    public static byte[] packet(int id, int protocol, IpAddress source, IpAddress destination, byte[] payload) {
        if (!source.isV4() || !destination.isV4()) {
            throw new IllegalArgumentException("IPv4 header with " + source + " -> " + destination);
        }
        int total = MIN_LENGTH + payload.length;
        if (total > 0xffff) {
            throw new IllegalArgumentException("datagram of " + total + " bytes");
        }
        byte[] p = new byte[total];
        p[0] = 0x45;
        p[1] = (byte) TOS_NETWORK_CONTROL;
        p[2] = (byte) (total >> 8);
        p[3] = (byte) total;
        p[4] = (byte) (id >> 8);
        p[5] = (byte) id;
        p[8] = (byte) VRRP_TTL;
        p[9] = (byte) protocol;
        System.arraycopy(source.bytes(), 0, p, 12, 4);
        System.arraycopy(destination.bytes(), 0, p, 16, 4);
        int sum = InternetChecksum.of(p, 0, MIN_LENGTH);
        p[10] = (byte) (sum >> 8);
        p[11] = (byte) sum;
        System.arraycopy(payload, 0, p, MIN_LENGTH, payload.length);
        return p;
    }

    /**
     * The header at the start of {@code packet}; empty unless it is version 4 with an IHL of at
     * least 5 and the bytes hold the whole header (options included, which are skipped).
     */
    public static Optional<Ipv4Header> parse(byte[] packet) {
        int ihl = lengthOf(packet);
        if (ihl < 0) {
            return Optional.empty();
        }
        return Optional.of(new Ipv4Header(ihl, packet[1] & 0xff, u16(packet, 2), u16(packet, 4), u16(packet, 6),
                packet[8] & 0xff, packet[9] & 0xff, u16(packet, 10),
                IpAddress.of(packet, 12, 4), IpAddress.of(packet, 16, 4)));
    }

    /**
     * The length of the header at the start of {@code packet} (IHL × 4), or -1 where {@link #parse} finds none:
     * for a question asked of every packet received, without building the header.
     */
    public static int lengthOf(byte[] packet) {
        if (packet == null || packet.length < MIN_LENGTH || (packet[0] & 0xf0) != 0x40) {
            return -1;
        }
        int ihl = (packet[0] & 0x0f) * 4;
        return ihl < MIN_LENGTH || packet.length < ihl ? -1 : ihl;
    }

    /** The protocol field of {@code packet}, whose header {@link #lengthOf} found. */
    public static int protocolOf(byte[] packet) {
        return packet[9] & 0xff;
    }

    /** Whether the header checksum of {@code packet} (whose header this is) is right. */
    public boolean checksumValid(byte[] packet) {
        return packet.length >= headerLength && InternetChecksum.of(packet, 0, headerLength) == 0;
    }

    static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    static long u32(byte[] b, int at) {
        return ((long) u16(b, at) << 16) | u16(b, at + 2);
    }
}
