package org.keepalived4j.linux;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.keepalived4j.config.IpAddress;

/**
 * Requests and dumps over one NETLINK_ROUTE socket: the engine's way to install VIPs (and later routes and rules)
 * and to read interfaces and addresses. One call at a time (the methods are synchronized); events come from a
 * separate {@link RtnetlinkEvents} socket so that they never interleave with answers.
 */
public final class Rtnetlink implements AutoCloseable {

    /** The kernel answers at once; a reply this late means something is badly wrong, not that we should block on. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

    private final NetlinkSocket socket;
    private int nextSequence;

    private Rtnetlink(NetlinkSocket socket, int firstSequence) {
        this.socket = socket;
        this.nextSequence = firstSequence;
    }

    /** Opens a request socket in the calling thread's network namespace. */
    public static Rtnetlink open() throws SyscallException {
        // a sequence start that differs per socket makes a stray answer to another socket's request unmistakable
        return new Rtnetlink(NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE, 0, "rtnetlink"),
                (int) (System.nanoTime() & 0x3FFF_FFFF));
    }

    /**
     * Sends all requests in one system call and collects every answer. A request the kernel refuses does not stop
     * the others (the kernel handles each message of a batch on its own): look at each outcome.
     *
     * @throws IOException if the socket fails, or the answers are malformed or do not come
     */
    public synchronized List<RequestOutcome> execute(List<? extends RtnetlinkRequest> requests) throws IOException {
        if (requests.isEmpty()) {
            return List.of();
        }
        Acknowledgements acks = new Acknowledgements(requests, takeSequences(requests.size()));
        String what = requests.size() == 1 ? requests.get(0).describe() : requests.size() + " requests";
        socket.send(acks.messages(), what);
        long deadline = System.nanoTime() + ANSWER_TIMEOUT.toNanos();
        while (!acks.complete()) {
            for (NetlinkMessage m : receiveBefore(deadline, what)) {
                acks.accept(m);
            }
        }
        return acks.outcomes();
    }

    /** The bytes {@link #execute} would send for these requests (numbered from 1), sent nowhere. */
    public static byte[] encode(List<? extends RtnetlinkRequest> requests) {
        List<NetlinkMessage> messages = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            messages.add(requests.get(i).message(i + 1));
        }
        return NetlinkMessage.encodeAll(messages);
    }

    /** Sends one request and throws {@link RtnetlinkException} if the kernel refuses it. */
    public void executeOrThrow(RtnetlinkRequest request) throws IOException {
        execute(List.of(request)).get(0).orThrow();
    }

    /** Every address of every interface. */
    public List<InterfaceAddress> addresses() throws IOException {
        return dump(InterfaceAddress.RTM_GETADDR, InterfaceAddress.dumpRequest(0), "RTM_GETADDR",
                InterfaceAddress.RTM_NEWADDR, InterfaceAddress::decode);
    }

    /** Every address of one family. */
    public List<InterfaceAddress> addresses(IpAddress.Family family) throws IOException {
        return dump(InterfaceAddress.RTM_GETADDR,
                InterfaceAddress.dumpRequest(family == IpAddress.Family.INET ? LibC.AF_INET : LibC.AF_INET6),
                "RTM_GETADDR", InterfaceAddress.RTM_NEWADDR, InterfaceAddress::decode);
    }

    /** Every route of a family in every table. */
    public List<Route> routes(IpAddress.Family family) throws IOException {
        return dump(Route.RTM_GETROUTE, Route.dumpRequest(family), "RTM_GETROUTE", Route.RTM_NEWROUTE, Route::decode);
    }

    /** Every interface. */
    public List<Link> links() throws IOException {
        return dump(Link.RTM_GETLINK, Link.dumpRequest(), "RTM_GETLINK", Link.RTM_NEWLINK, Link::decode);
    }

    /** if_nametoindex(3) for this socket's namespace; empty if there is no such interface. */
    public OptionalInt interfaceIndex(String name) throws IOException {
        return links().stream().filter(l -> l.name().equals(name)).mapToInt(Link::index).findFirst();
    }

    public Optional<Link> link(String name) throws IOException {
        return links().stream().filter(l -> l.name().equals(name)).findFirst();
    }

    @FunctionalInterface
    private interface Decoder<T> {
        T decode(byte[] payload) throws NetlinkFormatException;
    }

    private synchronized <T> List<T> dump(int type, byte[] payload, String what, int replyType, Decoder<T> decoder)
            throws IOException {
        int sequence = takeSequences(1);
        DumpReply reply = new DumpReply(what, sequence);
        socket.send(List.of(new NetlinkMessage(type, NetlinkMessage.NLM_F_REQUEST | NetlinkMessage.NLM_F_DUMP, sequence,
                0, payload)), what);
        long deadline = System.nanoTime() + ANSWER_TIMEOUT.toNanos();
        while (!reply.complete()) {
            for (NetlinkMessage m : receiveBefore(deadline, what)) {
                reply.accept(m);
            }
        }
        List<T> values = new ArrayList<>();
        for (NetlinkMessage m : reply.messages()) {
            if (m.type() == replyType) {
                values.add(decoder.decode(m.payload()));
            }
        }
        return values;
    }

    private List<NetlinkMessage> receiveBefore(long deadline, String what) throws IOException {
        long left = Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
        Optional<List<NetlinkMessage>> messages = socket.receive(left);
        if (messages.isEmpty()) {
            throw new IOException(what + ": " + (socket.isOpen() ? "no answer from the kernel within "
                    + ANSWER_TIMEOUT.toSeconds() + " s" : "rtnetlink socket closed"));
        }
        return messages.get();
    }

    private int takeSequences(int count) {
        int first = nextSequence;
        nextSequence = (nextSequence + count) & 0x7FFF_FFFF;
        return first;
    }

    @Override
    public void close() {
        socket.close();
    }

}
