package org.keepalived4j.config.lvs;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * Where a network checker connects, after inheritance: {@code connect_ip}/{@code connect_port}
 * (default the real server's address and port), {@code bindto}/{@code bind_port}/{@code bind_if},
 * {@code fwmark} (SO_MARK, 0 = none) and {@code connect_timeout}.
 *
 * @param port     0 when neither the real server nor {@code connect_port} gave one
 * @param bindPort 0 = any
 */
public record CheckConnection(IpAddress address, int port, Optional<IpAddress> bindTo, int bindPort,
                              Optional<String> bindInterface, long fwmark, Duration connectTimeout) {

    public CheckConnection {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(bindTo, "bindTo");
        Objects.requireNonNull(bindInterface, "bindInterface");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
    }
}
