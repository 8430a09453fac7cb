package org.keepalived4j.config.vrrp;

import java.util.Objects;

/** A line of {@code linkbeat_interfaces}: an interface whose carrier is polled, and how. */
public record LinkbeatInterface(String interfaceName, Method method) {

    /** DEFAULT lets keepalived choose (MII, then ETHTOOL, then IOCTL). */
    public enum Method { DEFAULT, MII, ETHTOOL, IOCTL }

    public LinkbeatInterface {
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(method, "method");
    }
}
