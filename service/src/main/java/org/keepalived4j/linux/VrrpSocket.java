package org.keepalived4j.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.linux.SocketMessage.ControlMessage;

/**
 * A raw IP socket for VRRP (or AH) on one interface and one address family, shared by every VRRP instance on that
 * interface, set up the way keepalived's vrrp_if.c sets up its sockets.
 *
 * <p>IPv4: the caller sends whole IP packets (IP_HDRINCL, as keepalived does, so it writes TTL 255 and may choose
 * the source); the kernel fills in the header checksum, the total length and a zero identification. Received
 * packets come with their IP header. IPv6: the caller sends the VRRP payload; the kernel builds the header (hop
 * limit 255, link-local source for ff02::12) and computes the checksum at offset 6 of the payload, and verifies it
 * on receive (IPV6_CHECKSUM), dropping bad ones.
 *
 * <p>{@link #receive()} blocks without spinning until a packet comes or the socket is closed; {@link #close()} from
 * any thread makes a blocked receive return empty at once.
 */
public final class VrrpSocket implements AutoCloseable {

    public static final int PROTOCOL_VRRP = 112;
    public static final int PROTOCOL_AH = 51;

    private static final int IPPROTO_IP = 0;
    private static final int IP_HDRINCL = 3;
    private static final int IP_PKTINFO = 8;
    private static final int IP_MULTICAST_IF = 32;
    private static final int IP_MULTICAST_TTL = 33;
    private static final int IP_MULTICAST_LOOP = 34;
    private static final int IP_ADD_MEMBERSHIP = 35;
    private static final int IP_DROP_MEMBERSHIP = 36;
    private static final int IP_MULTICAST_ALL = 49;

    private static final int IPPROTO_IPV6 = 41;
    private static final int IPV6_CHECKSUM = 7;
    private static final int IPV6_UNICAST_HOPS = 16;
    private static final int IPV6_MULTICAST_IF = 17;
    private static final int IPV6_MULTICAST_HOPS = 18;
    private static final int IPV6_MULTICAST_LOOP = 19;
    private static final int IPV6_ADD_MEMBERSHIP = 20;
    private static final int IPV6_DROP_MEMBERSHIP = 21;
    private static final int IPV6_MULTICAST_ALL = 29;
    private static final int IPV6_RECVPKTINFO = 49;
    private static final int IPV6_PKTINFO = 50;
    private static final int IPV6_RECVHOPLIMIT = 51;
    private static final int IPV6_HOPLIMIT = 52;

    /** VRRP's checksum sits at offset 6 of its header, in v2 and v3. */
    private static final int VRRP_CHECKSUM_OFFSET = 6;
    private static final int MAX_PACKET = 65535;

    private final Descriptor descriptor;
    private final IpAddress.Family family;
    private final String interfaceName;
    private final int interfaceIndex;
    /**
     * Datagrams read per system call: a master's burst of adverts (one per instance, sent together) comes in one or
     * two reads; what a read leaves in the batch is handed out before the socket is read again.
     */
    static final int BATCH = 32;

    private final ReentrantLock receiving = new ReentrantLock();
    /** Guarded by {@link #receiving}, as are the two counts that follow it. */
    private final ReceiveBatch batch = new ReceiveBatch(BATCH, MAX_PACKET, 128);
    private int batchRead;
    private int batchTaken;
    private volatile long droppedByKernel;
    /** Made once: a capturing lambda per read costs C1 a call into the VM. */
    private final Descriptor.QuietCall receiveWithoutWaiting =
            fd -> QuietLibC.recvmmsg(fd, batch.prepare(), BATCH, LibC.MSG_DONTWAIT, null);

    private VrrpSocket(Descriptor descriptor, IpAddress.Family family, String interfaceName, int interfaceIndex) {
        this.descriptor = descriptor;
        this.family = family;
        this.interfaceName = interfaceName;
        this.interfaceIndex = interfaceIndex;
    }

    /**
     * An IPv4 raw socket for protocol 112 (VRRP) or 51 (AH) bound to the interface; join groups with
     * {@link #joinGroup}. Unicast peers are reached over the same socket.
     */
    public static VrrpSocket openIpv4(String interfaceName, int protocol) throws SyscallException {
        Descriptor d = Descriptor.socket(LibC.AF_INET, LibC.SOCK_RAW, protocol, "socket(AF_INET, SOCK_RAW, " + protocol + ")",
                interfaceName);
        try {
            int index = d.interfaceIndex(interfaceName);
            d.setIntOption(IPPROTO_IP, IP_HDRINCL, "IP_HDRINCL", 1);
            d.setOption(LibC.SOL_SOCKET, LibC.SO_BINDTODEVICE, "SO_BINDTODEVICE", Descriptor.interfaceNameBytes(interfaceName));
            d.setOption(IPPROTO_IP, IP_MULTICAST_IF, "IP_MULTICAST_IF", ipMreqn(null, index));
            d.setIntOption(IPPROTO_IP, IP_MULTICAST_TTL, "IP_MULTICAST_TTL", 255);
            d.setIntOption(IPPROTO_IP, IP_MULTICAST_LOOP, "IP_MULTICAST_LOOP", 0);
            // Without this a raw socket also gets groups that other sockets of the host joined.
            d.setIntOption(IPPROTO_IP, IP_MULTICAST_ALL, "IP_MULTICAST_ALL", 0);
            d.setIntOption(IPPROTO_IP, IP_PKTINFO, "IP_PKTINFO", 1);
            d.setIntOption(LibC.SOL_SOCKET, LibC.SO_RXQ_OVFL, "SO_RXQ_OVFL", 1);
            return new VrrpSocket(d, IpAddress.Family.INET, interfaceName, index);
        } catch (SyscallException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** An IPv6 raw socket for VRRP (v3) bound to the interface; join groups with {@link #joinGroup}. */
    public static VrrpSocket openIpv6(String interfaceName) throws SyscallException {
        Descriptor d = Descriptor.socket(LibC.AF_INET6, LibC.SOCK_RAW, PROTOCOL_VRRP, "socket(AF_INET6, SOCK_RAW, 112)",
                interfaceName);
        try {
            int index = d.interfaceIndex(interfaceName);
            d.setIntOption(IPPROTO_IPV6, IPV6_CHECKSUM, "IPV6_CHECKSUM", VRRP_CHECKSUM_OFFSET);
            d.setOption(LibC.SOL_SOCKET, LibC.SO_BINDTODEVICE, "SO_BINDTODEVICE", Descriptor.interfaceNameBytes(interfaceName));
            d.setIntOption(IPPROTO_IPV6, IPV6_MULTICAST_IF, "IPV6_MULTICAST_IF", index);
            d.setIntOption(IPPROTO_IPV6, IPV6_MULTICAST_HOPS, "IPV6_MULTICAST_HOPS", 255);
            d.setIntOption(IPPROTO_IPV6, IPV6_UNICAST_HOPS, "IPV6_UNICAST_HOPS", 255);
            d.setIntOption(IPPROTO_IPV6, IPV6_MULTICAST_LOOP, "IPV6_MULTICAST_LOOP", 0);
            d.setIntOption(IPPROTO_IPV6, IPV6_MULTICAST_ALL, "IPV6_MULTICAST_ALL", 0);
            d.setIntOption(IPPROTO_IPV6, IPV6_RECVHOPLIMIT, "IPV6_RECVHOPLIMIT", 1);
            d.setIntOption(IPPROTO_IPV6, IPV6_RECVPKTINFO, "IPV6_RECVPKTINFO", 1);
            d.setIntOption(LibC.SOL_SOCKET, LibC.SO_RXQ_OVFL, "SO_RXQ_OVFL", 1);
            return new VrrpSocket(d, IpAddress.Family.INET6, interfaceName, index);
        } catch (SyscallException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    public IpAddress.Family family() {
        return family;
    }

    public String interfaceName() {
        return interfaceName;
    }

    public int interfaceIndex() {
        return interfaceIndex;
    }

    public boolean isOpen() {
        return descriptor.isOpen();
    }

    Descriptor descriptor() {
        return descriptor;
    }

    /**
     * Packets the kernel dropped because this socket's receive buffer was full (nobody read fast enough), as
     * SO_RXQ_OVFL reported it with the last packet received.
     */
    public long droppedByKernel() {
        return droppedByKernel;
    }

    /** Joins a multicast group (224.0.0.18, ff02::12, or vrrp_mcast_group4/6) on this socket's interface. */
    public void joinGroup(IpAddress group) throws SyscallException {
        membership(group, true);
    }

    public void leaveGroup(IpAddress group) throws SyscallException {
        membership(group, false);
    }

    private void membership(IpAddress group, boolean join) throws SyscallException {
        requireFamily(group);
        if (family == IpAddress.Family.INET) {
            descriptor.setOption(IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP,
                    (join ? "IP_ADD_MEMBERSHIP " : "IP_DROP_MEMBERSHIP ") + group, ipMreqn(group, interfaceIndex));
        } else {
            byte[] mreq = ByteBuffer.allocate(20).order(ByteOrder.nativeOrder()).put(group.bytes()).putInt(interfaceIndex).array();
            descriptor.setOption(IPPROTO_IPV6, join ? IPV6_ADD_MEMBERSHIP : IPV6_DROP_MEMBERSHIP,
                    (join ? "IPV6_ADD_MEMBERSHIP " : "IPV6_DROP_MEMBERSHIP ") + group, mreq);
        }
    }

    /**
     * Sends to a multicast group or a unicast peer. IPv4: {@code packet} is the whole IP packet (header included).
     * IPv6: it is the VRRP payload; the kernel chooses the source and fills in the checksum.
     */
    public void send(byte[] packet, IpAddress destination) throws SyscallException {
        requireFamily(destination);
        byte[] address = Sockaddr.of(destination, interfaceIndex);
        descriptor.sendTo("sendto", destination, packet, address);
    }

    /** IPv6 only: sends the VRRP payload from a chosen source address of this interface (IPV6_PKTINFO). */
    public void send(byte[] payload, IpAddress destination, IpAddress source) throws SyscallException {
        if (family != IpAddress.Family.INET6) {
            throw new IllegalStateException("on IPv4 the source is part of the packet the caller builds");
        }
        requireFamily(destination);
        requireFamily(source);
        byte[] pktinfo = ByteBuffer.allocate(20).order(ByteOrder.nativeOrder()).put(source.bytes()).putInt(interfaceIndex).array();
        SocketMessage message = SocketMessage.forSend(payload, Sockaddr.inet6(destination, interfaceIndex),
                List.of(new ControlMessage(IPPROTO_IPV6, IPV6_PKTINFO, pktinfo)));
        descriptor.sendMessage("sendmsg", destination, source, message.pointer());
    }

    /** Waits for the next packet; empty once the socket is closed. */
    public Optional<ReceivedPacket> receive() throws SyscallException {
        return receive(-1);
    }

    /** Waits at most {@code timeout} for the next packet; empty on time-out or once closed. */
    public Optional<ReceivedPacket> receive(Duration timeout) throws SyscallException {
        return receive(Math.max(0, timeout.toMillis()));
    }

    /**
     * The next packet if one is waiting, without waiting (for a thread that polls the socket with a
     * {@link PollSet}); empty when none is, or once closed. A runt the kernel should never deliver is skipped.
     * Packets are read from the kernel a batch at a time, so some may wait here rather than in the socket, where a
     * poll cannot see them: {@link #holdsReceived()}.
     */
    public Optional<ReceivedPacket> receiveNow() throws SyscallException {
        receiving.lock();
        try {
            while (true) {
                Optional<ReceivedPacket> p = nextReceived();
                if (p.isPresent()) {
                    return p;
                }
                long count = descriptor.readNow("recvmmsg", receiveWithoutWaiting);
                if (count <= 0) {
                    return Optional.empty();
                }
                batchRead(count);
            }
        } finally {
            receiving.unlock();
        }
    }

    /**
     * Whether packets read from the kernel wait in this socket's batch: until they are taken, a poll on the socket
     * may find nothing to read.
     */
    public boolean holdsReceived() {
        receiving.lock();
        try {
            return batchTaken < batchRead;
        } finally {
            receiving.unlock();
        }
    }

    private Optional<ReceivedPacket> receive(long timeoutMillis) throws SyscallException {
        receiving.lock();
        try {
            while (true) {
                Optional<ReceivedPacket> p = nextReceived();
                if (p.isPresent()) {
                    return p;
                }
                Optional<Integer> read = descriptor.awaitAndRead("recvmmsg", timeoutMillis,
                        fd -> LibC.recvmmsg(fd, batch.prepare(), BATCH, LibC.MSG_DONTWAIT, null));
                if (read.isEmpty()) {
                    return Optional.empty();
                }
                batchRead(read.get());
                p = nextReceived();
                if (p.isPresent() || timeoutMillis >= 0) {
                    return p;
                }
                // only runts the kernel should never deliver: wait for the next read
            }
        } finally {
            receiving.unlock();
        }
    }

    private void batchRead(long count) {
        batch.received((int) count);
        batchRead = (int) count;
        batchTaken = 0;
    }

    /** The next packet of the batch read last, skipping runts; empty once they are all taken. */
    private Optional<ReceivedPacket> nextReceived() {
        while (batchTaken < batchRead) {
            int i = batchTaken++;
            Optional<ReceivedPacket> p = decode(batch.data(i), i);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<ReceivedPacket> decode(byte[] data, int message) {
        int ifindex = interfaceIndex;
        // the kernel attaches SO_RXQ_OVFL only once it has dropped something
        int overflow = batch.controlData(message, LibC.SOL_SOCKET, LibC.SO_RXQ_OVFL, 4);
        if (overflow >= 0) {
            droppedByKernel = Integer.toUnsignedLong(batch.intAt(overflow));
        }
        if (family == IpAddress.Family.INET) {
            if (data.length < 20) {
                return Optional.empty();
            }
            int pktinfo = batch.controlData(message, IPPROTO_IP, IP_PKTINFO, 4);
            if (pktinfo >= 0) {
                ifindex = batch.intAt(pktinfo);
            }
            return Optional.of(new ReceivedPacket(IpAddress.of(data, 12, 4), IpAddress.of(data, 16, 4),
                    data[8] & 0xff, ifindex, data));
        }
        byte[] name = batch.name(message);
        if (name.length < Sockaddr.IN6_SIZE) {
            return Optional.empty();
        }
        int hopLimit = batch.controlData(message, IPPROTO_IPV6, IPV6_HOPLIMIT, 4);
        int pktinfo = batch.controlData(message, IPPROTO_IPV6, IPV6_PKTINFO, 20);
        if (hopLimit < 0 || pktinfo < 0) {
            return Optional.empty();
        }
        return Optional.of(new ReceivedPacket(Sockaddr.address(name), IpAddress.of(batch.bytesAt(pktinfo, 16)),
                batch.intAt(hopLimit), batch.intAt(pktinfo + 16), data));
    }

    private void requireFamily(IpAddress address) {
        if (address.family() != family) {
            throw new IllegalArgumentException(address + " is not an " + family + " address, as this socket on "
                    + interfaceName + " needs");
        }
    }

    /** struct ip_mreqn: group, local address (any), interface index. */
    private static byte[] ipMreqn(IpAddress group, int interfaceIndex) {
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.nativeOrder());
        b.put(group == null ? new byte[4] : group.bytes()).put(new byte[4]).putInt(interfaceIndex);
        return b.array();
    }

    @Override
    public void close() {
        descriptor.close();
    }

    @Override
    public String toString() {
        return "VrrpSocket[" + family + " " + interfaceName + "#" + interfaceIndex + "]";
    }
}
