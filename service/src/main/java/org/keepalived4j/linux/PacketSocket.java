package org.keepalived4j.linux;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An AF_PACKET socket on one interface that sends complete Ethernet frames built by someone else (gratuitous ARP,
 * unsolicited neighbour advertisements), as keepalived's vrrp_arp.c and vrrp_ndisc.c do.
 *
 * <p>A sending socket is opened with protocol 0, which the kernel documents as "receive nothing": a socket that
 * only sends must not queue every ARP frame of the host. {@link #listen} opens one that receives, for tests.
 */
public final class PacketSocket implements AutoCloseable {

    public static final int ETH_P_ALL = 0x0003;
    public static final int ETH_P_ARP = 0x0806;
    public static final int ETH_P_IPV6 = 0x86DD;

    private static final int ETHERNET_HEADER = 14;

    private final Descriptor descriptor;
    private final String interfaceName;
    private final int interfaceIndex;
    private final ReentrantLock receiving = new ReentrantLock();

    private PacketSocket(Descriptor descriptor, String interfaceName, int interfaceIndex) {
        this.descriptor = descriptor;
        this.interfaceName = interfaceName;
        this.interfaceIndex = interfaceIndex;
    }

    /** A socket that sends frames on the interface and receives none. */
    public static PacketSocket open(String interfaceName) throws SyscallException {
        return open(interfaceName, 0);
    }

    /** A socket that also receives the frames of one ether type (or {@link #ETH_P_ALL}) arriving on the interface. */
    public static PacketSocket listen(String interfaceName, int etherType) throws SyscallException {
        return open(interfaceName, etherType);
    }

    private static PacketSocket open(String interfaceName, int etherType) throws SyscallException {
        int protocol = Short.toUnsignedInt(Short.reverseBytes((short) etherType)); // htons
        Descriptor d = Descriptor.socket(LibC.AF_PACKET, LibC.SOCK_RAW, protocol,
                "socket(AF_PACKET, SOCK_RAW, 0x" + Integer.toHexString(etherType) + ")", interfaceName);
        try {
            int index = d.interfaceIndex(interfaceName);
            if (etherType != 0) {
                byte[] address = Sockaddr.link(etherType, index, new byte[0]);
                d.call("bind", fd -> LibC.bind(fd, address, address.length));
            }
            return new PacketSocket(d, interfaceName, index);
        } catch (SyscallException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    public String interfaceName() {
        return interfaceName;
    }

    public int interfaceIndex() {
        return interfaceIndex;
    }

    /** Sends one Ethernet frame as is: destination MAC, source MAC, ether type, payload. */
    public void send(byte[] frame) throws SyscallException {
        if (frame.length < ETHERNET_HEADER) {
            throw new IllegalArgumentException("an Ethernet frame has at least 14 bytes, not " + frame.length);
        }
        int etherType = ((frame[12] & 0xff) << 8) | (frame[13] & 0xff);
        byte[] address = Sockaddr.link(etherType, interfaceIndex, Arrays.copyOfRange(frame, 0, 6));
        descriptor.sendTo("sendto", null, frame, address);
    }

    /** The next frame (with its Ethernet header) within the time-out; empty on time-out or once closed. */
    public Optional<byte[]> receive(Duration timeout) throws SyscallException {
        receiving.lock();
        try {
            byte[] buffer = new byte[65536];
            return descriptor.awaitAndRead("recv", Math.max(0, timeout.toMillis()),
                    fd -> Arrays.copyOf(buffer, (int) LibC.recv(fd, buffer, buffer.length, LibC.MSG_DONTWAIT)));
        } finally {
            receiving.unlock();
        }
    }

    @Override
    public void close() {
        descriptor.close();
    }
}
