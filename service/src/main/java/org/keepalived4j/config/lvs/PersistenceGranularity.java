package org.keepalived4j.config.lvs;

import java.util.Objects;
import org.keepalived4j.config.IpAddress;

/** {@code persistence_granularity}: a netmask for IPv4 services, a prefix length for IPv6 ones. */
public sealed interface PersistenceGranularity {

    record Netmask(IpAddress mask) implements PersistenceGranularity {
        public Netmask {
            Objects.requireNonNull(mask, "mask");
        }
    }

    record PrefixLength(int bits) implements PersistenceGranularity {
    }
}
