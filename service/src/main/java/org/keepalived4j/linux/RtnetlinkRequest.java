package org.keepalived4j.linux;

/**
 * A change the kernel is asked to make through rtnetlink; {@link Rtnetlink#execute} sends many in one system call.
 */
public sealed interface RtnetlinkRequest permits AddressRequest, RouteRequest, RuleRequest {

    /** The message to send, with NLM_F_REQUEST|NLM_F_ACK and the sequence number given. */
    NetlinkMessage message(int sequence);

    /** How an error names the request, like `ip` would: "RTM_NEWADDR 192.0.2.201/24 dev eth0". */
    String describe();
}
