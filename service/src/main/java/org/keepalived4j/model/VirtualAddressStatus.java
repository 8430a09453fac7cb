package org.keepalived4j.model;

import java.util.Objects;

/**
 * One configured virtual address of an instance and whether this router has it on its interface
 * now.
 *
 * @param address the address with its prefix length, as {@code ip addr} writes it
 * @param interfaceName where it goes
 * @param excluded whether it is a {@code virtual_ipaddress_excluded} (not in the adverts)
 * @param installed whether this router holds it (it does while MASTER)
 */
public record VirtualAddressStatus(String address, String interfaceName, boolean excluded, boolean installed) {

    public VirtualAddressStatus {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(interfaceName, "interfaceName");
    }
}
