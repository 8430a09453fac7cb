package org.keepalived4j.vrrp.packet;

import org.keepalived4j.config.IpAddress;

/**
 * The unsolicited Neighbour Advertisement a new master sends for each IPv6 VIP (RFC 4861 §7.2.6,
 * RFC 5798 §6.4.1), as keepalived's {@code vrrp_ndisc.c} builds it: Ethernet to 33:33:00:00:00:01,
 * IPv6 with hop limit 255 to ff02::1, ICMPv6 136 with O=1, S=0 and R only when the interface
 * forwards IPv6 (keepalived reads {@code forwarding} of the interface), target = VIP and a
 * Target Link-Layer Address option. 86 bytes.
 *
 * <p>keepalived uses the VIP itself as the IPv6 source ({@link #frame(byte[], IpAddress, boolean)});
 * the overload with an explicit source exists for senders that prefer the interface link-local.
 */
public final class UnsolicitedNeighborAdvert {

    public static final int LENGTH = 86;
    public static final int ETHERTYPE_IPV6 = 0x86dd;
    static final int ICMPV6 = 58;
    static final int ICMPV6_LENGTH = 32;
    static final int FLAG_ROUTER = 0x80;
    static final int FLAG_SOLICITED = 0x40;
    static final int FLAG_OVERRIDE = 0x20;
    private static final byte[] ALL_NODES_MAC = {0x33, 0x33, 0, 0, 0, 1};
    private static final byte[] ALL_NODES = {(byte) 0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};

    private UnsolicitedNeighborAdvert() {
    }

    /** keepalived's NA: IPv6 source = the VIP. */
    public static byte[] frame(byte[] sourceMac, IpAddress vip, boolean router) {
        return frame(sourceMac, vip, vip, router);
    }

    /**
     * @param sourceMac the 6-byte sender MAC, also the Target Link-Layer Address
     * @param source the IPv6 source address
     * @param vip the target address being announced
     * @param router whether to set the R flag (the interface is a router)
     */
    public static byte[] frame(byte[] sourceMac, IpAddress source, IpAddress vip, boolean router) {
        EthernetFrame.requireMac(sourceMac);
        if (source.isV4() || vip.isV4()) {
            throw new IllegalArgumentException("neighbour advertisement for " + vip + " from " + source);
        }
        byte[] f = new byte[LENGTH];
        EthernetFrame.header(f, ALL_NODES_MAC, sourceMac, ETHERTYPE_IPV6);
        int ip = EthernetFrame.HEADER_LENGTH;
        f[ip] = 0x60;
        f[ip + 4] = 0;
        f[ip + 5] = (byte) ICMPV6_LENGTH;
        f[ip + 6] = (byte) ICMPV6;
        f[ip + 7] = (byte) 255; // RFC 4861 §7.1.2: receivers drop NAs with another hop limit
        System.arraycopy(source.bytes(), 0, f, ip + 8, 16);
        System.arraycopy(ALL_NODES, 0, f, ip + 24, 16);
        int icmp = ip + 40;
        f[icmp] = (byte) 136;
        f[icmp + 4] = (byte) (FLAG_OVERRIDE | (router ? FLAG_ROUTER : 0));
        System.arraycopy(vip.bytes(), 0, f, icmp + 8, 16);
        f[icmp + 24] = 2; // Target Link-Layer Address
        f[icmp + 25] = 1; // length in units of 8 bytes
        System.arraycopy(sourceMac, 0, f, icmp + 26, 6);
        int sum = new InternetChecksum()
                .add(AdvertisementCodec.ipv6PseudoHeader(source.bytes(), ALL_NODES, ICMPV6_LENGTH, ICMPV6))
                .add(f, icmp, ICMPV6_LENGTH).value();
        f[icmp + 2] = (byte) (sum >> 8);
        f[icmp + 3] = (byte) sum;
        return f;
    }
}
