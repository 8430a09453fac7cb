package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.Objects;

/** A line of {@code interface_up_down_delays}: how long a link change must last before it counts. */
public record InterfaceDelays(String interfaceName, Duration down, Duration up) {

    public InterfaceDelays {
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(down, "down");
        Objects.requireNonNull(up, "up");
    }
}
