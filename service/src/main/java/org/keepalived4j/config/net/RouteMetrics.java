package org.keepalived4j.config.net;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@code RTA_METRICS} of a route, each present only when the line gave it. Times are in the
 * kernel's units, as keepalived converts them: {@code rtt} in 1/8 ms, {@code rttvar} in 1/4 ms,
 * {@code rtoMin} in ms (each clamped to 200 ms..120 s).
 *
 * @param locked             the metrics written with {@code lock} (RTAX_LOCK)
 * @param ecn                {@code features ecn}
 * @param fastopenNoCookie   {@code fastopen_no_cookie 0|1}
 * @param quickack           {@code quickack 0|1}
 */
public record RouteMetrics(OptionalLong mtu, OptionalLong advmss, OptionalLong rtt, OptionalLong rttvar,
        OptionalLong reordering, OptionalLong window, OptionalLong cwnd, OptionalLong ssthresh, OptionalLong rtoMin,
        OptionalLong initcwnd, OptionalLong initrwnd, OptionalLong hoplimit, OptionalLong quickack,
        OptionalLong fastopenNoCookie, Optional<String> congestionControl, boolean ecn, Set<RouteMetric> locked) {

    public static final RouteMetrics NONE = new RouteMetrics(OptionalLong.empty(), OptionalLong.empty(),
            OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
            OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
            OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), false, Set.of());

    public RouteMetrics {
        Objects.requireNonNull(mtu);
        Objects.requireNonNull(advmss);
        Objects.requireNonNull(rtt);
        Objects.requireNonNull(rttvar);
        Objects.requireNonNull(reordering);
        Objects.requireNonNull(window);
        Objects.requireNonNull(cwnd);
        Objects.requireNonNull(ssthresh);
        Objects.requireNonNull(rtoMin);
        Objects.requireNonNull(initcwnd);
        Objects.requireNonNull(initrwnd);
        Objects.requireNonNull(hoplimit);
        Objects.requireNonNull(quickack);
        Objects.requireNonNull(fastopenNoCookie);
        Objects.requireNonNull(congestionControl);
        locked = locked.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(locked));
    }

    /** The RTAX_LOCK bitmap. */
    public int lockBits() {
        int bits = 0;
        for (RouteMetric m : locked) {
            bits |= 1 << m.rtax;
        }
        return bits;
    }
}
