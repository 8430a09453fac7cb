package org.keepalived4j.linux;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A NETLINK_ROUTE socket subscribed to link and address changes (RTMGRP_LINK, RTMGRP_IPV4_IFADDR,
 * RTMGRP_IPV6_IFADDR), read by one dedicated thread. {@link #receive()} blocks without spinning and returns empty
 * once {@link #close()} is called from any thread.
 */
public final class RtnetlinkEvents implements AutoCloseable {

    public static final int RTMGRP_LINK = 0x1;
    public static final int RTMGRP_IPV4_IFADDR = 0x10;
    public static final int RTMGRP_IPV4_ROUTE = 0x40;
    public static final int RTMGRP_IPV6_IFADDR = 0x100;
    public static final int RTMGRP_IPV6_ROUTE = 0x400;

    private final NetlinkSocket socket;

    private RtnetlinkEvents(NetlinkSocket socket) {
        this.socket = socket;
    }

    /** Link and IPv4/IPv6 address events of the calling thread's network namespace. */
    public static RtnetlinkEvents open() throws SyscallException {
        return open(RTMGRP_LINK | RTMGRP_IPV4_IFADDR | RTMGRP_IPV6_IFADDR);
    }

    public static RtnetlinkEvents open(int groups) throws SyscallException {
        return new RtnetlinkEvents(NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE, groups, "rtnetlink events"));
    }

    /**
     * The events of the next datagram (one or more); empty once closed. A full receive buffer yields
     * {@link RtnetlinkEvent.EventsLost} instead of an exception.
     *
     * @throws IOException if the socket fails or the kernel sends something that does not parse
     */
    public Optional<List<RtnetlinkEvent>> receive() throws IOException {
        return receive(-1);
    }

    /** As {@link #receive()}, waiting at most the time-out; empty on time-out too. */
    public Optional<List<RtnetlinkEvent>> receive(Duration timeout) throws IOException {
        return receive(Math.max(0, timeout.toMillis()));
    }

    private Optional<List<RtnetlinkEvent>> receive(long timeoutMillis) throws IOException {
        Optional<List<NetlinkMessage>> messages;
        try {
            messages = socket.receive(timeoutMillis);
        } catch (SyscallException e) {
            if (e.errno() == LibC.ENOBUFS) {
                return Optional.of(List.of(new RtnetlinkEvent.EventsLost()));
            }
            throw e;
        }
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(decode(messages.get()));
    }

    static List<RtnetlinkEvent> decode(List<NetlinkMessage> messages) throws NetlinkFormatException {
        List<RtnetlinkEvent> events = new ArrayList<>();
        for (NetlinkMessage m : messages) {
            switch (m.type()) {
                case Link.RTM_NEWLINK, Link.RTM_DELLINK ->
                        events.add(new RtnetlinkEvent.LinkChanged(Link.decode(m.payload()), m.type() == Link.RTM_DELLINK));
                case InterfaceAddress.RTM_NEWADDR, InterfaceAddress.RTM_DELADDR -> events.add(new RtnetlinkEvent.AddressChanged(
                        InterfaceAddress.decode(m.payload()), m.type() == InterfaceAddress.RTM_DELADDR));
                case NetlinkMessage.NLMSG_OVERRUN -> events.add(new RtnetlinkEvent.EventsLost());
                default -> { }
            }
        }
        return events;
    }

    @Override
    public void close() {
        socket.close();
    }
}
