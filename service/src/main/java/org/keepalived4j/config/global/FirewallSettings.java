package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.Optional;

/**
 * The VRRP firewall (for {@code no_accept} and VMAC IGMP/MLD handling). Like the Debian build of
 * keepalived 2.2.7 this knows nftables only: {@code vrrp_iptables} is reported and turned into
 * {@code nftables keepalived}.
 *
 * @param nftablesTable      {@code nftables [TABLE]} (bare: {@code keepalived}); empty = not configured
 * @param nftablesPriority   {@code nftables_priority} (default -1)
 * @param nftablesIfindex    {@code nftables_ifindex}
 * @param nftablesCounters   {@code nftables_counters} (shared with the IPVS table)
 */
public record FirewallSettings(Optional<String> nftablesTable, int nftablesPriority, boolean nftablesIfindex,
                               boolean nftablesCounters) {

    public static final String DEFAULT_TABLE = "keepalived";
    public static final int DEFAULT_PRIORITY = -1;

    public static final FirewallSettings DEFAULT = new FirewallSettings(Optional.empty(), DEFAULT_PRIORITY, false, false);

    public FirewallSettings {
        Objects.requireNonNull(nftablesTable, "nftablesTable");
    }
}
