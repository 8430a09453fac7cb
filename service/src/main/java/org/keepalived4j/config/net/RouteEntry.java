package org.keepalived4j.config.net;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.config.SourcePos;

/**
 * One route of {@code static_routes} or {@code virtual_routes}, as keepalived 2.2.7 would install it.
 * An empty optional means the line did not give the attribute (and keepalived does not send it).
 *
 * @param family          the route's family (IPv4 unless something on the line made it IPv6)
 * @param destination     the destination; {@code default}/{@code any}/{@code all} are a /0
 * @param type            unicast unless a type was written before the destination
 * @param source          {@code from PFX}: the source prefix (IPv6 only)
 * @param preferredSource {@code src A}: RTA_PREFSRC
 * @param via             {@code via A} (or {@code gw A}): the gateway
 * @param device          {@code dev}/{@code oif}
 * @param table           main (254) unless given
 * @param vrf             {@code vrf IF}: the route goes into that VRF's table, which replaces {@code table}
 * @param scope           {@code scope}
 * @param protocol        RTPROT_KEEPALIVED (18) for a tracked route; the given one for an untracked route
 * @param tos             {@code tos}/{@code dsfield}
 * @param metric          {@code metric}/{@code priority}/{@code preference}: RTA_PRIORITY
 * @param realms          {@code realms}: {@code TO}, or {@code FROM << 16 | TO}
 * @param expires         {@code expires} seconds (IPv6 only)
 * @param pref            {@code pref}: the IPv6 router preference (low 3, medium 0, high 1, or 0..255)
 * @param ttlPropagate    {@code ttl-propagate enabled|disabled}
 * @param onlink          {@code onlink}
 * @param encap           {@code encap ...}; empty also when keepalived refused its parameters
 * @param metrics         the RTA_METRICS attributes
 * @param nexthops        {@code nexthop ...} paths, or the two gateways of {@code via A or B}
 * @param mode            {@code add}/{@code prepend}/{@code append}
 * @param tracked         false with {@code no_track}, and when keepalived cannot track it (no {@code dev})
 * @param trackGroup      {@code track_group} (static routes), when the group exists and {@code dev} is given
 * @param pos             the line
 */
public record RouteEntry(IpAddress.Family family, IpPrefix destination, RouteType type, Optional<IpPrefix> source,
        Optional<IpAddress> preferredSource, Optional<IpAddress> via, Optional<String> device, long table,
        Optional<String> vrf, Optional<RouteScope> scope, RouteProtocol protocol, OptionalInt tos,
        OptionalLong metric, OptionalLong realms, OptionalLong expires, OptionalInt pref,
        Optional<Boolean> ttlPropagate, boolean onlink, Optional<Encap> encap, RouteMetrics metrics,
        List<Nexthop> nexthops, RouteAddMode mode, boolean tracked, Optional<String> trackGroup, SourcePos pos) {

    /** RT_TABLE_MAIN. */
    public static final long MAIN_TABLE = 254;

    public RouteEntry {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(preferredSource, "preferredSource");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(vrf, "vrf");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(tos, "tos");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(realms, "realms");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(pref, "pref");
        Objects.requireNonNull(ttlPropagate, "ttlPropagate");
        Objects.requireNonNull(encap, "encap");
        Objects.requireNonNull(metrics, "metrics");
        nexthops = List.copyOf(nexthops);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(trackGroup, "trackGroup");
        Objects.requireNonNull(pos, "pos");
    }
}
