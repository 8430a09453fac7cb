package org.keepalived4j.linux;

import com.sun.jna.Memory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An AF_NETLINK socket (NETLINK_ROUTE unless told otherwise), bound to a kernel-chosen port id and to the multicast
 * groups given. Sends go to the kernel in one sendto each; receives wait in poll and stop on close.
 */
final class NetlinkSocket implements AutoCloseable {

    static final int NETLINK_ROUTE = 0;

    private static final int SOL_NETLINK = 270;
    /** Acks echo only the header of the request, so a big batch's acks fit the receive buffer. */
    private static final int NETLINK_CAP_ACK = 10;
    private static final int RECEIVE_BUFFER = 1 << 20;
    /** Large enough for any dump part the kernel builds (it sizes them to at most 32 KiB, or one big link). */
    private static final int MESSAGE_BUFFER = 256 * 1024;

    private final Descriptor descriptor;
    /**
     * The kernel writes into native memory, and only what arrived is copied out: handed a byte[], JNA would copy
     * all 256 KiB in and out of every call (hundreds per second while VIP lifetimes are refreshed).
     */
    private final Memory nativeBuffer = new Memory(MESSAGE_BUFFER);
    private final byte[] buffer = new byte[MESSAGE_BUFFER];
    private final ReentrantLock receiving = new ReentrantLock();

    private NetlinkSocket(Descriptor descriptor) {
        this.descriptor = descriptor;
    }

    static NetlinkSocket open(int protocol, int groups, String purpose) throws SyscallException {
        Descriptor d = Descriptor.socket(LibC.AF_NETLINK, LibC.SOCK_RAW, protocol, "socket(AF_NETLINK)", purpose);
        try {
            d.setIntOption(SOL_NETLINK, NETLINK_CAP_ACK, "NETLINK_CAP_ACK", 1);
            try {
                // root (CAP_NET_ADMIN) may go beyond net.core.rmem_max; events must not be lost to a small buffer
                d.setIntOption(LibC.SOL_SOCKET, LibC.SO_RCVBUFFORCE, "SO_RCVBUFFORCE", RECEIVE_BUFFER);
            } catch (SyscallException e) {
                d.setIntOption(LibC.SOL_SOCKET, LibC.SO_RCVBUF, "SO_RCVBUF", RECEIVE_BUFFER);
            }
            byte[] address = Sockaddr.netlink(groups);
            d.call("bind(AF_NETLINK, groups 0x" + Integer.toHexString(groups) + ")",
                    fd -> LibC.bind(fd, address, address.length));
            return new NetlinkSocket(d);
        } catch (SyscallException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** Sends the messages to the kernel in one system call. */
    void send(List<NetlinkMessage> messages, String what) throws SyscallException {
        byte[] bytes = NetlinkMessage.encodeAll(messages);
        byte[] kernel = Sockaddr.netlink(0);
        descriptor.sendTo("sendto", what, bytes, kernel);
    }

    /** The messages of the next datagram; empty on time-out (negative: wait for ever) or close. */
    Optional<List<NetlinkMessage>> receive(long timeoutMillis) throws SyscallException, NetlinkFormatException {
        receiving.lock();
        try {
            Optional<Integer> length = descriptor.awaitAndRead("recv", timeoutMillis, fd ->
                    (int) LibC.recv(fd, nativeBuffer, MESSAGE_BUFFER, LibC.MSG_DONTWAIT | LibC.MSG_TRUNC));
            if (length.isEmpty()) {
                return Optional.empty();
            }
            if (length.get() > buffer.length) {
                throw new NetlinkFormatException("a netlink datagram of " + length.get() + " bytes exceeds the "
                        + buffer.length + "-byte buffer");
            }
            nativeBuffer.read(0, buffer, 0, length.get());
            return Optional.of(NetlinkMessage.parseAll(buffer, length.get()));
        } finally {
            receiving.unlock();
        }
    }

    Optional<List<NetlinkMessage>> receive(Duration timeout) throws SyscallException, NetlinkFormatException {
        return receive(Math.max(0, timeout.toMillis()));
    }

    boolean isOpen() {
        return descriptor.isOpen();
    }

    @Override
    public void close() {
        descriptor.close();
    }
}
