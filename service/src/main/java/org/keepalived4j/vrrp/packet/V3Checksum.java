package org.keepalived4j.vrrp.packet;

/**
 * How a VRRPv3 advertisement over IPv4 is checksummed. RFC 5798 was read two ways, and both are
 * deployed: keepalived 2.2.7, FRR 8.4 and scapy prepend the IPv4 pseudo-header, Cisco and Juniper
 * (and RFC 9568 §5.2.8, keepalived's {@code v3_checksum_as_v2}) sum the message alone. IPv6
 * always uses its pseudo-header, whatever this says.
 */
public enum V3Checksum {
    /** Source, destination, zero, protocol 112 and the VRRP length in front of the message. */
    PSEUDO_HEADER,
    /** The VRRP message only, as VRRPv2 does. */
    MESSAGE_ONLY
}
