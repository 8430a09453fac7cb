package org.keepalived4j.vrrp.packet;

/** The 14-byte Ethernet II header shared by the link-layer announcements. */
final class EthernetFrame {

    static final int HEADER_LENGTH = 14;

    private EthernetFrame() {
    }

    static void header(byte[] frame, byte[] destination, byte[] source, int etherType) {
        System.arraycopy(destination, 0, frame, 0, 6);
        System.arraycopy(source, 0, frame, 6, 6);
        frame[12] = (byte) (etherType >> 8);
        frame[13] = (byte) etherType;
    }

    static void requireMac(byte[] mac) {
        if (mac == null || mac.length != 6) {
            throw new IllegalArgumentException("a MAC address has 6 bytes");
        }
    }
}
