package org.keepalived4j.config.vrrp;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code use_vmac [NAME] [MAC]}: a macvlan interface carrying the virtual MAC.
 *
 * @param interfaceName    the macvlan's name; empty means keepalived picks {@code vrrp.VRID}
 * @param macAddress       a MAC written in the configuration, as written; empty means the RFC VMAC
 * @param useVmacAddress   {@code use_vmac_addr}: addresses on other interfaces also get VMACs
 * @param transmitViaBase  {@code vmac_xmit_base}: adverts are sent from the base interface
 */
public record Vmac(Optional<String> interfaceName, Optional<String> macAddress, boolean useVmacAddress,
                   boolean transmitViaBase) {

    public Vmac {
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(macAddress, "macAddress");
    }
}
