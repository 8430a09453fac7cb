package org.keepalived4j.vrrp;

import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * What the engine needs to know of one network interface.
 *
 * @param up administratively up and with carrier (keepalived's FAULT condition is the opposite)
 * @param primaryV4 the first IPv4 address, the source of v2/v3 IPv4 adverts
 * @param linkLocalV6 the IPv6 link-local address, the source of v3 IPv6 adverts
 * @param mac the hardware address, the sender of gratuitous ARPs and NAs
 */
public record InterfaceFacts(String name, int index, boolean up, Optional<IpAddress> primaryV4,
        Optional<IpAddress> linkLocalV6, byte[] mac) {

    public InterfaceFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(primaryV4, "primaryV4");
        Objects.requireNonNull(linkLocalV6, "linkLocalV6");
        mac = mac.clone();
    }

    @Override
    public byte[] mac() {
        return mac.clone();
    }

    /** The address adverts of this family are sent from, if the interface has one. */
    public Optional<IpAddress> advertSource(IpAddress.Family family) {
        return family == IpAddress.Family.INET ? primaryV4 : linkLocalV6;
    }
}
