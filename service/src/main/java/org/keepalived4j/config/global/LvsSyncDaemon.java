package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.SourcePos;

/**
 * {@code lvs_sync_daemon IF [[inst] VI] [id N] [maxlen N] [port N] [ttl N] [group IP]}: the IPVS
 * connection-sync daemon, following the state of a VRRP instance when one is named (its
 * existence is checked by the VRRP side, which knows the instances).
 *
 * @param syncId empty = the VRID of the instance (0 without one)
 * @param pos    the line, for cross-reference messages
 */
public record LvsSyncDaemon(String interfaceName, Optional<String> vrrpInstance, OptionalInt syncId,
                            OptionalInt maxLength, OptionalInt port, OptionalInt ttl, Optional<IpAddress> group,
                            SourcePos pos) {

    public static final int DEFAULT_PORT = 8848;
    public static final IpAddress DEFAULT_GROUP = IpAddress.parse("224.0.0.81").orElseThrow();
    /** IP_VS_IFNAME_MAXLEN: the interface name must be shorter. */
    public static final int IFNAME_MAX = 16;

    public LvsSyncDaemon {
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(vrrpInstance, "vrrpInstance");
        Objects.requireNonNull(syncId, "syncId");
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(pos, "pos");
    }

    public int effectivePort() {
        return port.orElse(DEFAULT_PORT);
    }

    public IpAddress effectiveGroup() {
        return group.orElse(DEFAULT_GROUP);
    }
}
