package org.keepalived4j.vrrp.packet;

import java.util.Objects;
import org.keepalived4j.config.IpAddress;

/**
 * A configured {@code unicast_peer} with the TTL range keepalived accepts from it
 * ({@code min_ttl}/{@code max_ttl}, default 0..255 = anything).
 */
public record UnicastPeer(IpAddress address, int minTtl, int maxTtl) {

    public UnicastPeer {
        Objects.requireNonNull(address, "address");
    }

    public static UnicastPeer of(IpAddress address) {
        return new UnicastPeer(address, 0, 255);
    }
}
