package org.keepalived4j.vrrp.packet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * The VRRP message itself, without the IP header: version 2 (RFC 3768 with RFC 2338's
 * authentication field, 16 + 4n bytes) and version 3 (RFC 5798/9568, 8 + 4n or 8 + 16n bytes).
 */
public final class AdvertisementCodec {

    public static final int PROTOCOL_VRRP = 112;
    public static final int TYPE_ADVERTISEMENT = 1;
    static final int HEADER_LENGTH = 8;
    static final int CHECKSUM_OFFSET = 6;

    private AdvertisementCodec() {
    }

    /**
     * The advertisement as it goes on the wire, checksum filled in.
     *
     * @param source the IP source; used only by the v3 pseudo-header (v3 over IPv6 always, over IPv4 with
     *        {@link V3Checksum#PSEUDO_HEADER}), may then be null
     * @param destination the IP destination (224.0.0.18, ff02::12 or the unicast peer), same rule
     * @param form the IPv4 v3 checksum form; ignored for v2 and IPv6
     * @throws IllegalArgumentException for an advertisement that cannot be put on the wire (a
     *         programming error, not a peer's fault): mixed families, more than 255 addresses, a v2
     *         interval that is not whole seconds in 1..255, a v3 interval beyond 4095 cs, IPv6 in v2
     */
    public static byte[] encode(Advertisement a, IpAddress source, IpAddress destination, V3Checksum form) {
        List<IpAddress> vips = a.addresses();
        IpAddress.Family family = vips.isEmpty()
                ? (source != null ? source.family() : IpAddress.Family.INET) : vips.get(0).family();
        for (IpAddress vip : vips) {
            if (vip.family() != family) {
                throw new IllegalArgumentException("addresses of both families in one advertisement: " + vips);
            }
        }
        if (vips.size() > 255) {
            throw new IllegalArgumentException(vips.size() + " addresses, at most 255 fit in the count field");
        }
        int addressLength = family == IpAddress.Family.INET ? 4 : 16;
        int length = messageLength(a.version(), family, vips.size());
        byte[] out = new byte[length];
        out[0] = (byte) ((a.version() << 4) | TYPE_ADVERTISEMENT);
        out[1] = (byte) a.virtualRouterId();
        out[2] = (byte) a.priority();
        out[3] = (byte) vips.size();
        if (a.version() == 2) {
            if (family != IpAddress.Family.INET) {
                throw new IllegalArgumentException("VRRPv2 carries IPv4 addresses only");
            }
            int centis = a.intervalCentis();
            if (centis % 100 != 0 || centis < 100 || centis > 25500) {
                throw new IllegalArgumentException("VRRPv2 interval must be 1..255 whole seconds, not " + centis + " cs");
            }
            out[4] = (byte) a.auth().type();
            out[5] = (byte) (centis / 100);
        } else {
            if (a.intervalCentis() < 0 || a.intervalCentis() > 0x0fff) {
                throw new IllegalArgumentException("VRRPv3 interval must fit 12 bits, not " + a.intervalCentis() + " cs");
            }
            // The top 4 bits are reserved and must be sent as 0 (RFC 5798 §5.2.5).
            out[4] = (byte) (a.intervalCentis() >> 8);
            out[5] = (byte) a.intervalCentis();
        }
        int at = HEADER_LENGTH;
        for (IpAddress vip : vips) {
            System.arraycopy(vip.bytes(), 0, out, at, addressLength);
            at += addressLength;
        }
        // Only the simple password travels in the message; with AH the field stays zero because
        // the authentication is the separate AH header (keepalived fills it only for PASS).
        if (a.version() == 2 && a.auth().type() == V2Auth.TYPE_PASS) {
            System.arraycopy(a.auth().keyBytes(), 0, out, at, V2Auth.KEY_LENGTH);
        }
        int sum = checksum(out, 0, length, a.version(), source, destination, form);
        out[CHECKSUM_OFFSET] = (byte) (sum >> 8);
        out[CHECKSUM_OFFSET + 1] = (byte) sum;
        return out;
    }

    /**
     * Reads a VRRP message of exactly the length its count field announces (trailing bytes are an
     * error). It checks the layout only, not the checksum nor any expectation: that is
     * {@link ReceiveCheck#check}'s job. Empty for anything that is not a well-formed v2/v3 message.
     */
    public static Optional<Advertisement> decode(byte[] message, IpAddress.Family family) {
        return decode(message, 0, message.length, family);
    }

    static Optional<Advertisement> decode(byte[] b, int offset, int length, IpAddress.Family family) {
        if (length < HEADER_LENGTH || offset < 0 || offset + length > b.length) {
            return Optional.empty();
        }
        int version = (b[offset] & 0xff) >> 4;
        if (version != 2 && version != 3) {
            return Optional.empty();
        }
        int count = b[offset + 3] & 0xff;
        if (length != messageLength(version, family, count)) {
            return Optional.empty();
        }
        int addressLength = family == IpAddress.Family.INET ? 4 : 16;
        List<IpAddress> vips = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = offset + HEADER_LENGTH + i * addressLength;
            vips.add(IpAddress.of(b, at, addressLength));
        }
        int vrid = b[offset + 1] & 0xff;
        int priority = b[offset + 2] & 0xff;
        V2Auth auth = V2Auth.NONE;
        int intervalCentis;
        if (version == 2) {
            intervalCentis = (b[offset + 5] & 0xff) * 100;
            int authType = b[offset + 4] & 0xff;
            String password = "";
            if (authType == V2Auth.TYPE_PASS) {
                int at = offset + HEADER_LENGTH + count * addressLength;
                int end = at;
                while (end < at + V2Auth.KEY_LENGTH && b[end] != 0) {
                    end++;
                }
                password = new String(b, at, end - at, StandardCharsets.UTF_8);
            }
            auth = authType == V2Auth.TYPE_NONE ? V2Auth.NONE : new V2Auth(authType, password);
        } else {
            intervalCentis = ((b[offset + 4] & 0x0f) << 8) | (b[offset + 5] & 0xff);
        }
        return Optional.of(new Advertisement(version, vrid, priority, intervalCentis, vips, auth));
    }

    /** Bytes of a message of this version and family with {@code count} addresses. */
    static int messageLength(int version, IpAddress.Family family, int count) {
        boolean v4 = family == IpAddress.Family.INET;
        // The v2 authentication field exists only in IPv4 messages: keepalived sizes an IPv6
        // packet with version 2 in its header without it (expected_vrrp_pkt_len).
        return HEADER_LENGTH + count * (v4 ? 4 : 16) + (v4 && version == 2 ? V2Auth.KEY_LENGTH : 0);
    }

    /**
     * The checksum of a message whose checksum field holds whatever it holds: 0 means the stored
     * checksum is right; with the field zeroed it is the value to store.
     */
    static int checksum(byte[] b, int offset, int length, int version, IpAddress source, IpAddress destination,
            V3Checksum form) {
        InternetChecksum sum = new InternetChecksum();
        boolean v4 = source == null || source.isV4();
        if (version == 3 && (!v4 || form == V3Checksum.PSEUDO_HEADER)) {
            Objects.requireNonNull(source, "source is needed by the VRRPv3 pseudo-header");
            Objects.requireNonNull(destination, "destination is needed by the VRRPv3 pseudo-header");
            sum.add(pseudoHeader(source, destination, length));
        }
        return sum.add(b, offset, length).value();
    }

    /** RFC 768-style IPv4 (12 bytes) or RFC 8200 §8.1 IPv6 (40 bytes) pseudo-header for protocol 112. */
    static byte[] pseudoHeader(IpAddress source, IpAddress destination, int upperLength) {
        byte[] s = source.bytes();
        byte[] d = destination.bytes();
        if (s.length == 4) {
            byte[] p = new byte[12];
            System.arraycopy(s, 0, p, 0, 4);
            System.arraycopy(d, 0, p, 4, Math.min(4, d.length));
            p[9] = (byte) PROTOCOL_VRRP;
            p[10] = (byte) (upperLength >> 8);
            p[11] = (byte) upperLength;
            return p;
        }
        return ipv6PseudoHeader(s, d, upperLength, PROTOCOL_VRRP);
    }

    static byte[] ipv6PseudoHeader(byte[] source, byte[] destination, int upperLength, int nextHeader) {
        byte[] p = new byte[40];
        System.arraycopy(source, 0, p, 0, 16);
        System.arraycopy(destination, 0, p, 16, Math.min(16, destination.length));
        p[34] = (byte) (upperLength >> 8);
        p[35] = (byte) upperLength;
        p[39] = (byte) nextHeader;
        return p;
    }
}
