package org.keepalived4j.vrrp.packet;

import org.keepalived4j.config.IpAddress;

/**
 * The gratuitous ARP request a new master broadcasts for each IPv4 VIP (RFC 3768 §6.4.1), as
 * keepalived's {@code vrrp_arp.c} builds it for Ethernet: broadcast destination, ARP request with
 * sender = target = the VIP, and the broadcast address as target hardware address (keepalived
 * copies the interface's broadcast address there; RFC 5227 would put zeros, RFC 5798 the VMAC).
 * 42 bytes; the NIC pads the frame to 60.
 */
public final class GratuitousArp {

    public static final int LENGTH = 42;
    public static final int ETHERTYPE_ARP = 0x0806;
    private static final byte[] BROADCAST = {-1, -1, -1, -1, -1, -1};

    private GratuitousArp() {
    }

    /**
     * @param sourceMac the 6-byte sender MAC: the VMAC with {@code use_vmac}, else the interface's
     * @param vip the IPv4 address being announced
     */
    public static byte[] frame(byte[] sourceMac, IpAddress vip) {
        EthernetFrame.requireMac(sourceMac);
        if (!vip.isV4()) {
            throw new IllegalArgumentException("gratuitous ARP for IPv6 address " + vip);
        }
        byte[] ip = vip.bytes();
        byte[] f = new byte[LENGTH];
        EthernetFrame.header(f, BROADCAST, sourceMac, ETHERTYPE_ARP);
        f[14] = 0;
        f[15] = 1; // hardware type Ethernet
        f[16] = 0x08;
        f[17] = 0x00; // protocol type IPv4
        f[18] = 6;
        f[19] = 4;
        f[20] = 0;
        f[21] = 1; // request
        System.arraycopy(sourceMac, 0, f, 22, 6);
        System.arraycopy(ip, 0, f, 28, 4);
        System.arraycopy(BROADCAST, 0, f, 32, 6);
        System.arraycopy(ip, 0, f, 38, 4);
        return f;
    }
}
