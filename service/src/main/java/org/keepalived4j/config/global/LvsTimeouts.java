package org.keepalived4j.config.global;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** {@code lvs_timeouts [tcp S] [tcpfin S] [udp S]}: IPVS connection timeouts; unset ones are left as the kernel has them. */
public record LvsTimeouts(Optional<Duration> tcp, Optional<Duration> tcpFin, Optional<Duration> udp) {

    /** LVS_MAX_TIMEOUT: 31 days. */
    public static final long MAX_SECONDS = 86400L * 31;

    public static final LvsTimeouts UNSET = new LvsTimeouts(Optional.empty(), Optional.empty(), Optional.empty());

    public LvsTimeouts {
        Objects.requireNonNull(tcp, "tcp");
        Objects.requireNonNull(tcpFin, "tcpFin");
        Objects.requireNonNull(udp, "udp");
    }
}
