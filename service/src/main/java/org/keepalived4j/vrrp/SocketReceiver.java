package org.keepalived4j.vrrp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.keepalived4j.linux.PollSet;
import org.keepalived4j.linux.ReceivedPacket;
import org.keepalived4j.linux.SyscallException;
import org.keepalived4j.linux.VrrpSocket;
import org.keepalived4j.vrrp.packet.ReceivedAdvertisement;

/**
 * How the VRRP loop waits on Linux: in one ppoll on every VRRP socket and a wake-up eventfd, then
 * reading the sockets that have input itself and dispatching each packet to the engine, on the
 * loop thread. No packet crosses a thread, so a received advert costs no context switch beyond the
 * loop's own wake-up, as in keepalived.
 *
 * <p>At most {@link #BUDGET} packets are taken from a socket per round, and the rest of the batch
 * the socket read last ({@link VrrpSocket#BATCH}): under a flood the loop goes back to its timers
 * between rounds, so a due advert waits for at most one budget and one batch of packets,
 * and what the loop cannot keep up with stays in (and overflows from) the socket's receive buffer,
 * which the kernel bounds; those drops are counted ({@link VrrpEngine#droppedInFlood()}).
 */
final class SocketReceiver implements VrrpLoop.Waiting, AutoCloseable {

    private static final Logger LOG = LogManager.getLogger("keepalived4j.vrrp");

    /** Packets read from one socket per round of the loop. */
    static final int BUDGET = 64;

    private record Member(VrrpSocket socket, int key, String interfaceName, VrrpEngine.Channel channel) {
    }

    private final PollSet pollSet;
    private final VrrpEngine engine;
    private final ProtocolErrorLog errorLog = new ProtocolErrorLog();
    private final List<Member> members = new ArrayList<>();
    private long[] droppedSeen = new long[0];

    private SocketReceiver(PollSet pollSet, VrrpEngine engine) {
        this.pollSet = pollSet;
        this.engine = engine;
    }

    static SocketReceiver open(VrrpEngine engine) throws SyscallException {
        return new SocketReceiver(PollSet.open(), engine);
    }

    /** Reads {@code socket} for the instances on its interface and family; before the loop starts. */
    void add(VrrpSocket socket) {
        members.add(new Member(socket, pollSet.add(socket), socket.interfaceName(),
                engine.channel(socket.interfaceName(), socket.family())));
        droppedSeen = new long[members.size()];
    }

    @Override
    public void await(long timeoutNanos) throws IOException {
        pollSet.await(timeoutNanos == Long.MAX_VALUE ? -1 : timeoutNanos);
    }

    @Override
    public boolean handleInput() {
        boolean any = false;
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (pollSet.isReady(m.key())) {
                any = true;
                read(m, i);
            }
        }
        return any;
    }

    private void read(Member m, int index) {
        try {
            // past the budget, the rest of what the socket read already: the next poll would not see it
            for (int n = 0; n < BUDGET || m.socket().holdsReceived(); n++) {
                Optional<ReceivedPacket> p = m.socket().receiveNow();
                if (p.isEmpty()) {
                    break;
                }
                ReceivedPacket r = p.get();
                // the socket read addresses and TTL (IPv4: from the header it delivers, as ipv4(bytes) would)
                engine.dispatch(m.channel(), new ReceivedAdvertisement(r.source(), r.destination(), r.ttl(), r.bytes()));
            }
        } catch (IOException | RuntimeException e) {
            if (m.socket().isOpen() && errorLog.shouldReport(m.interfaceName(), "receive", System.nanoTime())) {
                LOG.warn("Receiving VRRP on {}: {}", m.interfaceName(), e.getMessage());
            }
        }
        long dropped = m.socket().droppedByKernel();
        if (dropped > droppedSeen[index]) {
            engine.droppedByKernel(m.interfaceName(), dropped - droppedSeen[index]);
            droppedSeen[index] = dropped;
        }
    }

    @Override
    public void wake() {
        pollSet.wake();
    }

    @Override
    public void close() {
        pollSet.close();
    }
}
