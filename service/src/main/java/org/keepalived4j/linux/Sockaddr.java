package org.keepalived4j.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.keepalived4j.config.IpAddress;

/** The sockaddr structures the shell passes to the kernel, packed as linux/in.h, in6.h, if_packet.h, netlink.h say. */
final class Sockaddr {

    static final int IN_SIZE = 16;
    static final int IN6_SIZE = 28;
    static final int LL_SIZE = 20;
    static final int NL_SIZE = 12;

    private Sockaddr() {
    }

    /** sockaddr_in: family (host order), port (network order), address, 8 bytes of zero. */
    static byte[] inet(IpAddress address) {
        ByteBuffer b = ByteBuffer.allocate(IN_SIZE).order(ByteOrder.nativeOrder());
        b.putShort((short) LibC.AF_INET).putShort((short) 0).put(address.bytes());
        return b.array();
    }

    /** sockaddr_in6: family, port, flow info, address, scope id (the interface, needed for link-local and ff02::). */
    static byte[] inet6(IpAddress address, int scopeId) {
        ByteBuffer b = ByteBuffer.allocate(IN6_SIZE).order(ByteOrder.nativeOrder());
        b.putShort((short) LibC.AF_INET6).putShort((short) 0).putInt(0).put(address.bytes()).putInt(scopeId);
        return b.array();
    }

    static byte[] of(IpAddress address, int scopeId) {
        return address.isV4() ? inet(address) : inet6(address, scopeId);
    }

    /** sockaddr_ll for sending: protocol in network order, the interface, and the frame's destination MAC. */
    static byte[] link(int protocol, int interfaceIndex, byte[] destinationMac) {
        ByteBuffer b = ByteBuffer.allocate(LL_SIZE).order(ByteOrder.nativeOrder());
        b.putShort((short) LibC.AF_PACKET);
        b.order(ByteOrder.BIG_ENDIAN).putShort((short) protocol).order(ByteOrder.nativeOrder());
        b.putInt(interfaceIndex).putShort((short) 1 /* ARPHRD_ETHER */).put((byte) 0).put((byte) destinationMac.length);
        b.put(Arrays.copyOf(destinationMac, 8));
        return b.array();
    }

    /** sockaddr_nl: port id 0 lets the kernel pick one; groups are the RTMGRP_* bits to subscribe to. */
    static byte[] netlink(int groups) {
        return ByteBuffer.allocate(NL_SIZE).order(ByteOrder.nativeOrder())
                .putShort((short) LibC.AF_NETLINK).putShort((short) 0).putInt(0).putInt(groups).array();
    }

    /** The address in a sockaddr_in or sockaddr_in6 that recvmsg filled in. */
    static IpAddress address(byte[] sockaddr) {
        ByteBuffer b = ByteBuffer.wrap(sockaddr).order(ByteOrder.nativeOrder());
        if (b.getShort(0) == LibC.AF_INET) {
            return IpAddress.of(sockaddr, 4, 4);
        }
        return IpAddress.of(sockaddr, 8, 16);
    }
}
