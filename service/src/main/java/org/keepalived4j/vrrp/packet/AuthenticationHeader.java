package org.keepalived4j.vrrp.packet;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.keepalived4j.config.IpAddress;

/**
 * The IPsec AH header of VRRPv2 {@code auth_type AH} (RFC 2338 §5.3.6.3, RFC 2402), as keepalived
 * 2.2.7 builds and checks it: 24 bytes between the IPv4 header and the VRRP message; next header
 * 112, payload length 4, SPI = the sender's IPv4 address (there is no SA negotiation on a
 * multicast link), a sequence number, and a 96-bit HMAC-MD5 ICV keyed by the 8-byte password.
 *
 * <p>The ICV covers the whole datagram with the ICV itself zeroed and with TOS, the flags/fragment
 * field and the header checksum zeroed as mutable. keepalived zeroes the TTL too, but only for a
 * unicast instance (a multicast VRRP packet has TTL 255 end to end, so its TTL stays in the ICV);
 * we must do the same or no keepalived peer would accept our packets.
 */
final class AuthenticationHeader {

    static final int LENGTH = 24;
    /** Length in 32-bit words minus 2: (3 words fixed + 3 words ICV) - 2 (RFC 2402 §2.2). */
    static final int PAYLOAD_LENGTH = 4;
    static final int SPI_OFFSET = 4;
    static final int SEQUENCE_OFFSET = 8;
    static final int ICV_OFFSET = 12;
    static final int ICV_LENGTH = 12;

    private AuthenticationHeader() {
    }

    /** IPv4 header (protocol 51) + AH + VRRP message, ICV filled in. */
    static byte[] packet(int id, IpAddress source, IpAddress destination, byte[] vrrp, long sequence, byte[] key,
            boolean unicast) {
        byte[] payload = new byte[LENGTH + vrrp.length];
        payload[0] = (byte) AdvertisementCodec.PROTOCOL_VRRP;
        payload[1] = (byte) PAYLOAD_LENGTH;
        System.arraycopy(source.bytes(), 0, payload, SPI_OFFSET, 4);
        payload[SEQUENCE_OFFSET] = (byte) (sequence >> 24);
        payload[SEQUENCE_OFFSET + 1] = (byte) (sequence >> 16);
        payload[SEQUENCE_OFFSET + 2] = (byte) (sequence >> 8);
        payload[SEQUENCE_OFFSET + 3] = (byte) sequence;
        System.arraycopy(vrrp, 0, payload, LENGTH, vrrp.length);
        byte[] packet = Ipv4Header.packet(id, Ipv4Header.PROTOCOL_AH, source, destination, payload);
        sign(packet, Ipv4Header.MIN_LENGTH, key, unicast);
        return packet;
    }

    /** Writes the ICV of the AH header at {@code ahOffset} into {@code packet}. */
    static void sign(byte[] packet, int ahOffset, byte[] key, boolean unicast) {
        byte[] icv = icv(packet, ahOffset, key, unicast);
        System.arraycopy(icv, 0, packet, ahOffset + ICV_OFFSET, ICV_LENGTH);
    }

    /** Whether the ICV of the AH header at {@code ahOffset} (= IHL × 4) matches; constant-time compare. */
    static boolean icvValid(byte[] packet, int ahOffset, byte[] key, boolean unicast) {
        if (packet.length < ahOffset + LENGTH) {
            return false;
        }
        byte[] expected = icv(packet, ahOffset, key, unicast);
        byte[] got = Arrays.copyOfRange(packet, ahOffset + ICV_OFFSET, ahOffset + ICV_OFFSET + ICV_LENGTH);
        return MessageDigest.isEqual(expected, got);
    }

    private static byte[] icv(byte[] packet, int ahOffset, byte[] key, boolean unicast) {
        byte[] signed = packet.clone();
        signed[1] = 0;
        signed[6] = 0;
        signed[7] = 0;
        signed[10] = 0;
        signed[11] = 0;
        if (unicast) {
            signed[8] = 0;
        }
        Arrays.fill(signed, ahOffset + ICV_OFFSET, ahOffset + ICV_OFFSET + ICV_LENGTH, (byte) 0);
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(key, "HmacMD5"));
            return Arrays.copyOf(mac.doFinal(signed), ICV_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacMD5 is a mandatory JDK algorithm", e);
        }
    }
}
