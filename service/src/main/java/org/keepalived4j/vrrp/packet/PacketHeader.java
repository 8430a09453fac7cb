package org.keepalived4j.vrrp.packet;

import org.keepalived4j.config.IpAddress;

/**
 * What {@link ReceiveCheck#peek} reads before the full check: enough to find the instance a
 * packet is for (keepalived looks the VRID up on the receiving socket first).
 *
 * @param version the version nibble, any value 0..15
 * @param virtualRouterId 0..255
 * @param family the family of the socket the packet came from
 */
public record PacketHeader(int version, int virtualRouterId, IpAddress.Family family) {
}
