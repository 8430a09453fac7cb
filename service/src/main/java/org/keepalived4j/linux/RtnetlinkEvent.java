package org.keepalived4j.linux;

/** What a subscribed rtnetlink socket reports ({@link RtnetlinkEvents}). */
public sealed interface RtnetlinkEvent {

    /** RTM_NEWLINK (created or changed: up/down, carrier, name, MTU) or RTM_DELLINK. */
    record LinkChanged(Link link, boolean removed) implements RtnetlinkEvent {
    }

    /** RTM_NEWADDR or RTM_DELADDR (also when the kernel expires an address whose lifetime ran out). */
    record AddressChanged(InterfaceAddress address, boolean removed) implements RtnetlinkEvent {
    }

    /**
     * The kernel dropped events because the socket's buffer was full (ENOBUFS): the listener must re-read the
     * state it cares about with a dump.
     */
    record EventsLost() implements RtnetlinkEvent {
    }
}
