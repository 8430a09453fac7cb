package org.keepalived4j.vrrp.packet;

import org.keepalived4j.config.IpAddress;

/**
 * Whole IPv4 datagrams carrying an advertisement, ready for a raw socket with {@code IP_HDRINCL}.
 * IPv6 needs no such thing: the kernel writes the IPv6 header, so an IPv6 sender passes
 * {@link AdvertisementCodec#encode} output straight to its socket.
 */
public final class AdvertisementPacket {

    private AdvertisementPacket() {
    }

    /**
     * IPv4 header + [AH] + VRRP. With auth type 2 (AH) the datagram is protocol 51 and carries an
     * AH header with {@code ahSequence} and the HMAC-MD5-96 ICV; otherwise protocol 112 and
     * {@code ahSequence} is ignored.
     *
     * @param ipId the IP identification, which must not be 0 (keepalived counts 1..65535 and skips 0
     *        so that the kernel keeps its hands off the header)
     * @param ahSequence the AH sequence number (keepalived starts at 1 and adds 1 per advert)
     * @param unicast whether the instance is unicast: keepalived then leaves the TTL out of the ICV
     */
    public static byte[] ipv4(Advertisement advert, IpAddress source, IpAddress destination, int ipId,
            V3Checksum form, long ahSequence, boolean unicast) {
        byte[] vrrp = AdvertisementCodec.encode(advert, source, destination, form);
        if (advert.version() == 2 && advert.auth().type() == V2Auth.TYPE_AH) {
            return AuthenticationHeader.packet(ipId, source, destination, vrrp, ahSequence,
                    advert.auth().keyBytes(), unicast);
        }
        return Ipv4Header.packet(ipId, AdvertisementCodec.PROTOCOL_VRRP, source, destination, vrrp);
    }
}
