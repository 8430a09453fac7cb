package org.keepalived4j.config.bfd;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.SourcePos;

/**
 * One {@code bfd_instance}: a BFD session (RFC 5880/5881) the BFD process runs.
 *
 * @param name          the instance name (at most 31 characters)
 * @param neighbor      {@code neighbor_ip} (alias {@code neighbour_ip}); control port 3784
 * @param source        {@code source_ip}, of the neighbor's family
 * @param minRx         {@code min_rx}: required min RX interval (default 10 ms, µs resolution)
 * @param minTx         {@code min_tx}: desired min TX interval (default 10 ms)
 * @param idleTx        {@code idle_tx}: desired TX interval while down (default 1000 ms)
 * @param multiplier    {@code multiplier}: missed packets before the session is down (default 5)
 * @param passive       {@code passive}: wait for the neighbor to start
 * @param ttl           {@code ttl}/{@code hoplimit}: outgoing TTL (default 255 for IPv4, 64 for IPv6)
 * @param maxHops       {@code max_hops}: largest TTL reduction accepted; 255 disables the check
 *                      (default 0; -1 allowed); never above {@code ttl}
 * @param notifyVrrp    events go to the VRRP process (default; {@code vrrp} alone restricts to it)
 * @param notifyChecker events go to the checker process (default; {@code checker} alone restricts to it)
 * @param pos           the line of the {@code bfd_instance} keyword
 */
public record BfdInstance(String name, IpAddress neighbor, Optional<IpAddress> source, Duration minRx, Duration minTx,
                          Duration idleTx, int multiplier, boolean passive, int ttl, int maxHops, boolean notifyVrrp,
                          boolean notifyChecker, SourcePos pos) {

    public static final int CONTROL_PORT = 3784;
    public static final Duration DEFAULT_MIN_RX = Duration.ofMillis(10);
    public static final Duration DEFAULT_MIN_TX = Duration.ofMillis(10);
    public static final Duration DEFAULT_IDLE_TX = Duration.ofMillis(1000);
    public static final int DEFAULT_MULTIPLIER = 5;
    public static final int DEFAULT_TTL = 255;
    public static final int DEFAULT_HOPLIMIT = 64;

    public BfdInstance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(neighbor, "neighbor");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(minRx, "minRx");
        Objects.requireNonNull(minTx, "minTx");
        Objects.requireNonNull(idleTx, "idleTx");
        Objects.requireNonNull(pos, "pos");
    }
}
