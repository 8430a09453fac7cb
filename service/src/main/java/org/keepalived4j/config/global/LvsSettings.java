package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.Optional;

/**
 * Global IPVS settings.
 *
 * @param syncDaemon            {@code lvs_sync_daemon}
 * @param timeouts              {@code lvs_timeouts}
 * @param flush                 {@code lvs_flush}: flush IPVS at start
 * @param flushOnStop           {@code lvs_flush_on_stop}
 * @param nftablesTable         {@code nftables_ipvs [TABLE]} (bare: {@code keepalived_ipvs}); empty = not configured
 * @param nftablesPriority      {@code nftables_ipvs_priority} (default -1)
 * @param nftablesStartFwmark   {@code nftables_ipvs_start_fwmark} (default 1000)
 */
public record LvsSettings(Optional<LvsSyncDaemon> syncDaemon, LvsTimeouts timeouts, boolean flush,
                          LvsFlushOnStop flushOnStop, Optional<String> nftablesTable, int nftablesPriority,
                          long nftablesStartFwmark) {

    public static final String DEFAULT_NFTABLES_TABLE = "keepalived_ipvs";
    public static final long DEFAULT_START_FWMARK = 1000;

    public static final LvsSettings DEFAULT = new LvsSettings(Optional.empty(), LvsTimeouts.UNSET, false,
            LvsFlushOnStop.DISABLED, Optional.empty(), -1, DEFAULT_START_FWMARK);

    public LvsSettings {
        Objects.requireNonNull(syncDaemon, "syncDaemon");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(flushOnStop, "flushOnStop");
        Objects.requireNonNull(nftablesTable, "nftablesTable");
    }
}
