/**
 * The pure packet layer of the VRRP engine: encoding and decoding of VRRPv2/v3 advertisements
 * ({@link org.keepalived4j.vrrp.packet.AdvertisementCodec}), whole IPv4 datagrams with and without
 * the RFC 2338 AH header ({@link org.keepalived4j.vrrp.packet.AdvertisementPacket},
 * {@link org.keepalived4j.vrrp.packet.Ipv4Header}), the receive validation in keepalived 2.2.7's
 * order ({@link org.keepalived4j.vrrp.packet.ReceiveCheck}), and the link-layer announcements of a
 * new master ({@link org.keepalived4j.vrrp.packet.GratuitousArp},
 * {@link org.keepalived4j.vrrp.packet.UnsolicitedNeighborAdvert}). No I/O, no privileges, no state:
 * sockets, counters and the AH sequence counter belong to the engine.
 */
package org.keepalived4j.vrrp.packet;
